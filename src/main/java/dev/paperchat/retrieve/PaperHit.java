package dev.paperchat.retrieve;

import dev.paperchat.corpus.Paper;
import java.util.ArrayList;
import java.util.List;

/**
 * One paper found by a search, with its fused score and its best-matching sentences, best first.
 *
 * @param names the names the paper's abstract introduces that identify it (few other papers use them)
 * @param lexicalRank rank in the BM25 list (1-based), 0 when absent from it
 * @param denseRank rank in the vector list (1-based), 0 when absent from it
 * @param denseScore best cosine similarity of one of the paper's chunks to the query
 */
public record PaperHit(Paper paper, List<String> names, double score, int lexicalRank, int denseRank, double denseScore,
                       double titleMatch, List<SentenceHit> sentences) {
    /** The title match at which a query names a paper outright ("the Quiet-STaR paper", "What is EMPO?"), as every layer reads it. */
    public static final double NAMES_PAPER = 0.9;

    public PaperHit {
        names = List.copyOf(names);
        sentences = List.copyOf(sentences);
    }

    /** Whether the query names this paper outright (see {@link #NAMES_PAPER}). */
    public boolean named() {
        return titleMatch >= NAMES_PAPER;
    }

    public SentenceHit bestSentence() {
        return sentences.isEmpty() ? null : sentences.get(0);
    }

    /** The hit with the sentence first, the others after it as they were: the line that quotes it quotes that sentence. */
    public PaperHit ledBy(SentenceHit lead) {
        List<SentenceHit> led = new ArrayList<>(List.of(lead));
        sentences.stream().filter(s -> s.index() != lead.index()).forEach(led::add);
        return new PaperHit(paper, names, score, lexicalRank, denseRank, denseScore, titleMatch, led);
    }
}
