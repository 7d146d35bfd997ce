package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationsTest {
    private static final Organisations KNOWN = new Organisations(Map.of("tencent", 8, "deepmind", 2, "university of waterloo", 2,
            "om ai lab", 2, "google research", 1, "google brain", 1, "microsoft", 4, "alibaba-inc", 3));

    @Test
    void should_read_a_name_the_collection_writes_otherwise() {
        assertEquals(Optional.of("tencent"), KNOWN.meant("Tencent"));
        assertEquals(Optional.of("deepmind"), KNOWN.meant("Google DeepMind"), "the collection's name among its words");
        assertEquals(Optional.of("deepmind"), KNOWN.meant("Deep Mind"), "the same letters apart");
        assertEquals(Optional.of("university of waterloo"), KNOWN.meant("Waterloo"), "its words within the collection's name");
        assertEquals(Optional.of("om ai lab"), KNOWN.meant("OM-AI-Lab"));
        assertEquals(Optional.of("university of waterloo"), KNOWN.meant("Waterloo University"), "its words in another order");
        assertEquals(Optional.of("alibaba-inc"), KNOWN.meant("Alibaba Group"), "a word any organisation may have tells none apart");
    }

    @Test
    void should_read_no_name_that_is_ambiguous_unknown_or_a_connective_and_list_the_nearest() {
        assertEquals(Optional.empty(), KNOWN.meant("Google"), "Google Research or Google Brain");
        assertEquals(Optional.empty(), KNOWN.meant("of"));
        assertEquals(Optional.empty(), KNOWN.meant("University"), "a word any organisation may have");
        assertEquals(Optional.empty(), KNOWN.meant("lab"));
        assertEquals(Optional.empty(), KNOWN.meant("AI"), "too short to name Om AI Lab");
        assertEquals(Optional.empty(), KNOWN.meant("allenai"));
        assertEquals(Optional.empty(), KNOWN.meant("Tencnet"), "a typo is suggested, not read");
        assertEquals(Optional.empty(), KNOWN.meant("  "));
        assertEquals(List.of("tencent"), KNOWN.nearest("Tencnet", 3));
        assertEquals(List.of("google brain", "google research", "deepmind"), KNOWN.nearest("Google", 3), "those sharing a word first, or a lab's");
        assertEquals(List.of("deepmind"), new Organisations(Map.of("deepmind", 1, "tencent", 4)).nearest("Google", 3), "Google's lab, named apart");
        assertEquals(List.of(), KNOWN.nearest("Stanford", 3));
        assertEquals(List.of(Map.entry("tencent", 8), Map.entry("microsoft", 4), Map.entry("alibaba-inc", 3)), KNOWN.byPapers().subList(0, 3));
    }
}
