package dev.paperchat.index;

import dev.paperchat.corpus.Paper;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The writes of one ingest. A paper becomes visible with all its chunks, never half. */
public interface PaperWriter extends AutoCloseable {
    /** For each paper, the stored record of the same work: by id, then DOI or arXiv id, then normalised title. */
    List<Optional<StoredPaper>> sameWork(List<Paper> papers);

    void write(List<PaperRecord> records);

    /** The ids of the stored papers that list {@code file} among their sources, as last committed. */
    Set<String> idsFromSource(String file);

    /** The source files under {@code directory} (an absolute path) that stored papers name, as last committed. */
    Set<String> sourcesUnder(String directory);

    /** The stored record of a paper, as last committed. */
    Optional<StoredPaper> stored(String id);

    /** Removes a paper and its chunks. */
    void delete(String id);

    /** Makes everything written so far durable and visible to searches. */
    void commit();

    @Override
    void close();
}
