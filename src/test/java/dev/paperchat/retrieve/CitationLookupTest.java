package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationLookupTest {

    @Test
    void should_read_the_claims_of_a_passage_as_its_sentences_of_three_words_or_more() {
        assertEquals(List.of("Entropy minimization alone improves reasoning.", "Low-probability tokens sustain exploration in RL."),
                CitationLookup.claimsOf("Entropy minimization alone improves reasoning. Low-probability tokens sustain exploration in RL."));
        assertEquals(List.of("Shorter chains win, e.g. on AIME by 34.5%.", "Long chains are slower to decode."),
                CitationLookup.claimsOf("Shorter chains win, e.g. on AIME by 34.5%.\nLong chains are slower to decode."), "an abbreviation ends no claim");
        assertEquals(List.of(), CitationLookup.claimsOf("Entropy minimization alone improves reasoning."), "one claim is the passage itself");
        assertEquals(List.of(), CitationLookup.claimsOf("Yes. Indeed so. Entropy minimization alone improves reasoning."),
                "words too few to search are no claims");
        assertEquals(List.of("Yes.", "Indeed so."), CitationLookup.tooShort("Yes. Indeed so. Entropy minimization alone improves reasoning. 42."));
        assertEquals(List.of("DPO is simple.", "Coconut reasons latently."), CitationLookup.claimsOf("DPO is simple. Coconut reasons latently."));
        assertEquals(List.of(), CitationLookup.claimsOf(""));
        assertEquals(List.of(), CitationLookup.claimsOf("   \n "));
        assertEquals(25, CitationLookup.claimsOf("Shorter chains are more accurate. ".repeat(25)).size(), "the caller decides how many to look up");
    }

    /** A sentence of a passage that refers back to the paper before, behind a word that joins it to that sentence too. */
    @Test
    void should_read_who_a_sentence_refers_back_to() {
        assertEquals(java.util.Optional.of("Masked Thought requires labels."), CitationLookup.withSubject("It requires labels.", "Masked Thought"));
        assertEquals(java.util.Optional.of("However, Masked Thought requires extensive additional human labeling."),
                CitationLookup.withSubject("However, it requires extensive additional human labeling.", "Masked Thought"));
        assertEquals(java.util.Optional.of("Moreover, MinD's speed-up holds."), CitationLookup.withSubject("Moreover, its speed-up holds.", "MinD"));
        assertEquals(java.util.Optional.of("In addition, MinD trains on GSM8K."), CitationLookup.withSubject("In addition, this method trains on GSM8K.", "MinD"));
        assertEquals(java.util.Optional.empty(), CitationLookup.withSubject("However, reasoning helps.", "MinD"));
        assertEquals(java.util.Optional.empty(), CitationLookup.withSubject("Italy hosts the venue.", "MinD"), "a word that starts so");
        assertEquals(true, CitationLookup.refersToPaper("However, the same paper trains on GSM8K."));
    }
}
