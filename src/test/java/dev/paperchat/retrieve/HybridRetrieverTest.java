package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HybridRetrieverTest {

    @Test
    void should_search_each_sentence_of_a_question_of_several() {
        assertEquals(List.of("My reasoner stops looking at the image.", "What work fixes weak visual perception?"),
                HybridRetriever.sentencesToSearch("My reasoner stops looking at the image. What work fixes weak visual perception?"));
    }

    @Test
    void should_search_a_question_of_one_sentence_only_whole() {
        assertEquals(List.of(), HybridRetriever.sentencesToSearch("Which methods avoid entropy collapse?"));
        assertEquals(List.of(), HybridRetriever.sentencesToSearch("Which methods, e.g. clipping, avoid entropy collapse in RL for reasoning?"),
                "an abbreviation does not end a sentence");
        assertEquals(List.of(), HybridRetriever.sentencesToSearch("Which methods avoid entropy collapse? Thanks a lot."),
                "a sentence of three words is not a question of its own");
        assertEquals(List.of(), HybridRetriever.sentencesToSearch(""));
    }

    @Test
    void should_search_a_pasted_passage_only_whole() {
        String passage = "We study entropy collapse in RL. ".repeat(5).strip();
        assertEquals(List.of(), HybridRetriever.sentencesToSearch(passage), "five sentences is a passage");
        assertEquals(4, HybridRetriever.sentencesToSearch("We study entropy collapse in RL. ".repeat(4).strip()).size());
    }

    @Test
    void should_never_weigh_a_word_below_zero_when_deleted_papers_still_count_in_its_frequency() {
        Map<String, Double> idf = HybridRetriever.idf(Map.of("common", 12, "rare", 1), 10);
        assertEquals(Math.log(1 + 0.0 / 12.5), idf.get("common"), 1e-12);
        assertEquals(Math.log(1 + 9.5 / 1.5), idf.get("rare"), 1e-12);
    }
}
