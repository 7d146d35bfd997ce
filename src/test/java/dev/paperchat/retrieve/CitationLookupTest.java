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
}
