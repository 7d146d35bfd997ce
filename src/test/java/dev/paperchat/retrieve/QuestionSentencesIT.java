package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.app.PaperChat;
import dev.paperchat.app.SampleIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question of a context sentence and an asking one: the papers the asking sentence finds rise. */
class QuestionSentencesIT {
    private static final int DEPTH = 20;
    private final PaperChat app = SampleIndex.get();
    private final HybridRetriever bySentence = app.retriever();
    private final HybridRetriever wholeOnly = new HybridRetriever(app.index(), app.embedder(),
            new Fusion(Fusion.DEFAULT.k(), Fusion.DEFAULT.lexicalWeight(), Fusion.DEFAULT.denseWeight(), Fusion.DEFAULT.feedbackWeight(), 0),
            Evidence.DEFAULT);

    private static List<String> titles(HybridRetriever retriever, String query, int k) {
        return retriever.search(new SearchRequest(query, k)).hits().stream().map(h -> h.paper().title()).toList();
    }

    /** Sum of the ranks of {@code papers} in the search for {@code query}, one below the depth for those not found. */
    private static int rankSum(HybridRetriever retriever, String query, List<String> papers) {
        List<String> found = titles(retriever, query, DEPTH);
        return papers.stream().mapToInt(p -> found.contains(p) ? found.indexOf(p) + 1 : DEPTH + 1).sum();
    }

    /** Each a context sentence and an asking one. */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("I work on vision-language models for medical images.", "Which papers keep reinforcement learning from collapsing to a single answer?"),
            List.of("I care about cost.", "Which papers make reasoning models think less on easy problems?"),
            List.of("We have long videos and few labels.", "Which methods answer questions about video with reinforcement learning?"));

    @Test
    void should_raise_the_papers_the_asking_sentence_finds() {
        int withSum = 0, withoutSum = 0;
        for (List<String> q : QUESTIONS) {
            List<String> asked = titles(wholeOnly, q.get(1), 5);
            String question = q.get(0) + " " + q.get(1);
            int with = rankSum(bySentence, question, asked);
            int without = rankSum(wholeOnly, question, asked);
            assertTrue(with <= without, question + ": rank sum of " + asked + ": " + with + " with the sentences searched, " + without + " without");
            withSum += with;
            withoutSum += without;
        }
        assertTrue(withSum < withoutSum, "the asking sentences' papers rise: " + withSum + " against " + withoutSum);
    }
}
