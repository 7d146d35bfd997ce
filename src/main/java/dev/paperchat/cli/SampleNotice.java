package dev.paperchat.cli;

import dev.paperchat.index.IngestListener;

/** Says on stderr that a first run ingests the sample corpus: half a minute with no other sign of life looks hung. */
final class SampleNotice implements IngestListener {
    static final SampleNotice INSTANCE = new SampleNotice();

    private SampleNotice() {}

    @Override
    public void started(int papers) {
        System.err.printf("paperchat: the index is empty; ingesting the sample corpus first (%d papers, about half a minute, once)%n", papers);
    }
}
