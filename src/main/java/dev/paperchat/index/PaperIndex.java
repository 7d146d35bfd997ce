package dev.paperchat.index;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.Paper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * Where papers and their chunks are stored and searched: the embedded Lucene index on disk
 * ({@link LuceneIndex}, the default) or an OpenSearch cluster. Everything above this interface
 * (fusion, grouping, abstention, answers) is the same code for both.
 */
public interface PaperIndex extends AutoCloseable {

    /** Opens the embedded index at {@code path}, creating an empty one if there is none. */
    static LuceneIndex open(Path path, String model, int dimension) {
        return LuceneIndex.open(path, model, dimension, false);
    }

    static LuceneIndex open(Path path, String model, int dimension, boolean quantized) {
        return LuceneIndex.open(path, model, dimension, quantized);
    }

    /** Whether {@code path} holds an embedded index, found without writing anything there. */
    static boolean existsAt(Path path) {
        return LuceneIndex.existsAt(path);
    }

    /** Where the index lives, for messages: a directory or a cluster URL and index name. */
    String location();

    /** Which kind of index this is: "lucene" or "opensearch". */
    String backend();

    String model();

    int dimension();

    /** The analysis both the index and the queries use: English, with stemming. */
    Analyzer analyzer();

    IndexStats stats();

    Optional<Paper> paper(String id);

    /** A paper by its id or by another id of the work (DOI, arXiv id, an input's own id). */
    Optional<Paper> paperByAnyId(String id);

    /**
     * The one paper an id names: two files that each give their paper the id "d1" name no paper by
     * it, and removing "whichever comes first" would remove the wrong one half the time.
     */
    static Optional<Paper> onlyOne(String id, List<Paper> named) {
        if (named.size() > 1) {
            throw new InvalidInputException("\"" + id + "\" is the id, DOI or arXiv id of more than one paper (" + named.get(0).id() + ", "
                    + named.get(1).id() + "); name the paper by its paperchat id");
        }
        return named.stream().findFirst();
    }

    /** Runs a read against one consistent view of the index, as one request needs it. */
    <T> T read(Function<Snapshot, T> read);

    /** Calls {@code listener} with each new view after a write, before queries see it. */
    void onNewSnapshot(Consumer<Snapshot> listener);

    /** Opens the writer for one ingest. */
    PaperWriter openWriter();

    /** Bytes the index takes on disk, or -1 where it cannot be known. */
    long sizeOnDisk();

    /**
     * Share of the true {@code k} nearest chunks among the first {@code k} of an approximate
     * search for {@code fanOut} neighbours, averaged over the queries.
     */
    double vectorRecall(List<float[]> queries, int k, int fanOut);

    @Override
    void close();
}
