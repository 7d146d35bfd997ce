package dev.paperchat.index;

/** Hears how far an ingest has come, e.g. to draw a progress bar. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    default void started(int papers) {}

    default void progressed(int papersDone) {}
}
