package dev.paperchat.index;

/** Hears how far an ingest has come, e.g. to draw a progress bar. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    default void started(int papers) {}

    default void progressed(int papersDone) {}

    /**
     * Whether the ingest should stop, as Ctrl-C or a kill asks: it then writes the batch it is
     * embedding, commits what it wrote and returns, leaving the rest for the next run.
     */
    default boolean stopRequested() {
        return false;
    }
}
