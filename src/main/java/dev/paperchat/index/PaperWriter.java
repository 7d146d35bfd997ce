package dev.paperchat.index;

import dev.paperchat.corpus.Paper;
import java.util.List;
import java.util.Optional;

/** The writes of one ingest. A paper becomes visible with all its chunks, never half. */
public interface PaperWriter extends AutoCloseable {
    /** For each paper, the stored record of the same work: by id, then DOI or arXiv id, then normalised title. */
    List<Optional<StoredPaper>> sameWork(List<Paper> papers);

    void write(List<PaperRecord> records);

    /** Makes everything written so far durable and visible to searches. */
    void commit();

    @Override
    void close();
}
