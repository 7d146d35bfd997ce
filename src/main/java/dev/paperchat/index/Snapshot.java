package dev.paperchat.index;

import dev.paperchat.corpus.Paper;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** One consistent view of the index for one request: the primitives retrieval is built from. */
public interface Snapshot {
    /** Grows with every write that became visible. */
    long generation();

    long paperCount();

    /** How many papers contain each term, in {@link Fields#CONTENTS} or {@link Fields#ABSTRACT}. */
    Map<String, Integer> docFreqs(String field, Collection<String> terms);

    /** The id of every paper the filters pass, in id order: the collection as a list, for paging through. */
    List<String> paperIds(Filters filters);

    /** Every value of a keyword field ({@link Fields#ORG}) with the number of papers that have it. */
    Map<String, Integer> valueCounts(String field);

    /**
     * For each term that no paper contains, the term papers do contain one edit away from it
     * (a letter added, dropped, changed or two swapped) with the same first letter, the most
     * frequent of them: "vison" is "vision". Two edits took "multilabel" for "multilayer".
     */
    Map<String, String> spellings(String field, Collection<String> missing);

    /**
     * The first round of a search, in one round trip where the index is remote: papers by BM25 of
     * the weighted terms over title and abstract (none when {@code terms} is empty), and the
     * best cosine per paper over the {@code vectorDepth} nearest chunks (none when
     * {@code vector} is null).
     */
    Legs legs(Map<String, Double> terms, float[] vector, Filters filters, int depth, int vectorDepth);

    /** Papers among {@code candidates} by BM25 of the weighted terms, best first: a known set ranked, not the whole index searched. */
    List<String> lexicalAmong(Map<String, Double> terms, Collection<String> candidates, int depth);

    Map<String, Paper> papers(Collection<String> ids);

    /** Every chunk of the given papers with its cosine to {@code vector}. */
    Map<String, List<ChunkScore>> chunkScores(float[] vector, Collection<String> paperIds);

    /** Each paper's direction in embedding space: the mean of its chunks' vectors, of unit length. */
    Map<String, float[]> paperVectors(Collection<String> paperIds);

    /** The titles and names of every paper, in parts that can be cached by their key. */
    List<TitleSegment> titleSegments();

    /** @param lexical paper ids, best first; @param dense best cosine per paper id, best first */
    record Legs(List<String> lexical, Map<String, Double> dense) {}
}
