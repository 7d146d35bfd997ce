package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryTermsTest {
    @Test
    void should_read_the_verb_a_request_for_papers_asks_with_as_no_word_of_its_topic() {
        assertEquals("Which papers on overthinking?", QueryTerms.withoutAskingVerb("Which papers mention overthinking?"));
        assertEquals("which works on hallucination", QueryTerms.withoutAskingVerb("which works talk about hallucination"));
        assertEquals("find papers that on entropy collapse", QueryTerms.withoutAskingVerb("find papers that deal with entropy collapse"));
        assertEquals("Papers on KV cache eviction", QueryTerms.withoutAskingVerb("Papers discussing KV cache eviction"));
        assertEquals("Which studies also on GRPO?", QueryTerms.withoutAskingVerb("Which studies also address GRPO?"));
        // Not after a word for papers, the verb is the topic's or a claim's.
        assertEquals("Which models mention their confidence?", QueryTerms.withoutAskingVerb("Which models mention their confidence?"));
        assertEquals("LegalVis shows paragraphs likely to mention the BP", QueryTerms.withoutAskingVerb("LegalVis shows paragraphs likely to mention the BP"));
        assertEquals("newspapers mention it", QueryTerms.withoutAskingVerb("newspapers mention it"));
    }
}
