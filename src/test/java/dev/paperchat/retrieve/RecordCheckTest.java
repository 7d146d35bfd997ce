package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordCheckTest {
    private static final Organisations KNOWN = new Organisations(Map.of("tencent", 4, "university of waterloo", 1, "deepmind", 1,
            "nvidia", 1, "ai2", 1, "om ai lab", 1, "google research", 1, "google brain", 1));
    private static final Paper REASONER = paper("General-Reasoner: Advancing LLM Reasoning", "We build a generative answer verifier.",
            "2025-05-20", "University of Waterloo");
    private static final Paper UNDATED = paper("Coconut", "We reason in a continuous latent space, as Tencent's work did.", "18 Jun", null);

    @Test
    void should_read_the_years_a_claim_dates_its_paper_by_and_not_a_benchmark_s_edition() {
        assertEquals(List.of("2023"), RecordCheck.of("DPO was introduced in 2023.", KNOWN).years());
        assertEquals(List.of("2025"), RecordCheck.of("A 2025 paper builds a verifier.", KNOWN).years());
        assertEquals(List.of("2024"), RecordCheck.of("Coconut (2024) reasons latently.", KNOWN).years());
        assertEquals(List.of(), RecordCheck.of("It scores 83.2% on AIME 2025 and 90.5% on AMC 2023.", KNOWN).years(), "editions of benchmarks");
        assertEquals(List.of(), RecordCheck.of("It reaches 2024.5 points on 2023-like data.", KNOWN).years(), "no year");
        assertTrue(RecordCheck.of("", KNOWN).isEmpty());
    }

    @Test
    void should_read_the_organisations_a_claim_names_and_not_a_product_of_one() {
        assertEquals(List.of("Tencent"), RecordCheck.of("General-Reasoner, from Tencent, builds a verifier.", KNOWN).organisations());
        assertEquals(List.of("Tencent"), RecordCheck.of("General-Reasoner is from Tencent.", KNOWN).organisations(), "not its full stop");
        assertEquals(List.of("NVIDIA"), RecordCheck.of("NVIDIA's MolmoAct reaches 86.6%.", KNOWN).organisations());
        assertEquals(List.of("Google DeepMind"), RecordCheck.of("Google DeepMind researchers used autoencoders.", KNOWN).organisations());
        assertEquals(List.of("University of Waterloo"), RecordCheck.of("A 2025 University of Waterloo paper", KNOWN).organisations());
        assertEquals(List.of("Google"), RecordCheck.of("Google's TimeSearch-R improves video search.", KNOWN).organisations(),
                "a company whose labs the collection names apart");
        assertEquals(List.of(), RecordCheck.of("It trains on 8 NVIDIA A100 GPUs and Microsoft COCO images.", KNOWN).organisations(), "products");
        assertEquals(List.of(), RecordCheck.of("Reasoning AI Lab models improve by 5%.", KNOWN).organisations(), "words any organisation may have");
        assertEquals(List.of(), RecordCheck.of("Anthropic's Coconut reasons latently.", KNOWN).organisations(), "unknown to the collection");
        assertEquals(List.of("Tencent", "Om AI Lab"), RecordCheck.of("Tencent and Om AI Lab built it.", KNOWN).organisations());
    }

    @Test
    void should_take_a_right_year_or_organisation_as_stated_by_the_record_and_a_wrong_one_as_unstated() {
        RecordCheck right = RecordCheck.of("A 2025 University of Waterloo paper, General-Reasoner, builds a verifier.", KNOWN);
        assertEquals(List.of("7B"), right.unstated(List.of("2025", "University", "7B"), REASONER, KNOWN), "the text's verdict on the rest stands");
        assertEquals(List.of(), right.notices(REASONER, KNOWN, "claim"));

        RecordCheck wrong = RecordCheck.of("In 2023, Tencent's General-Reasoner built a verifier.", KNOWN);
        assertEquals(List.of("2023", "Tencent"), wrong.unstated(List.of("2023"), REASONER, KNOWN));
        assertEquals(List.of("The claim dates \"General-Reasoner: Advancing LLM Reasoning\" 2023; its record dates it 2025-05-20.",
                "The claim has \"General-Reasoner: Advancing LLM Reasoning\" from Tencent; its record has it from University of Waterloo."),
                wrong.notices(REASONER, KNOWN, "claim"));
        assertTrue(wrong.about("Tencent") && wrong.about("2023") && !wrong.about("7B"));
    }

    @Test
    void should_leave_a_record_without_a_year_or_organisation_to_the_text() {
        RecordCheck check = RecordCheck.of("In 2023, Tencent and Om AI Lab built Coconut.", KNOWN);
        assertEquals(List.of("2023", "Om AI Lab"), check.unstated(List.of("2023"), UNDATED, KNOWN),
                "no year to check an event's by; Tencent is written in its abstract, Om AI Lab nowhere");
        assertEquals(List.of(), check.notices(UNDATED, KNOWN, "claim"));
        // A year of the paper as a paper ("a 2023 paper", a draft's "(Coconut, 2023)"): nothing states it or another, and the notice says so.
        for (String dated : List.of("A 2023 paper, Coconut, reasons in a latent space.", "Coconut reasons in a latent space (Hao et al., 2023).")) {
            RecordCheck paper = RecordCheck.of(dated, KNOWN);
            assertEquals(List.of(), paper.unstated(List.of("2023"), UNDATED, KNOWN), dated);
            assertEquals(List.of("The claim dates \"Coconut\" 2023; its record gives no year (18 Jun), so that is not checked."),
                    paper.notices(UNDATED, KNOWN, "claim"));
        }
    }

    /** A claim of 10,000 characters, every word capitalised, is read at once: no pattern steps back over it. */
    @Test
    void should_read_a_hostile_claim_of_ten_thousand_characters() {
        String hostile = "In 2023 Tencent Of The Alibaba Group NVIDIA ".repeat(230);
        RecordCheck check = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> RecordCheck.of(hostile, KNOWN));
        assertEquals(List.of("2023"), check.years());
        assertFalse(check.organisations().isEmpty(), check.toString());
    }

    @Test
    void should_name_an_organisation_by_a_company_of_its_labs_or_by_its_own_words() {
        assertTrue(KNOWN.sameAs("Google", "Google Research"), "Google's own research lab, though Google Brain is one too");
        assertTrue(KNOWN.sameAs("Google DeepMind", "Deepmind"));
        assertTrue(KNOWN.sameAs("Waterloo", "University of Waterloo"));
        assertTrue(!KNOWN.sameAs("Tencent", "University of Waterloo") && !KNOWN.sameAs("Google", "Tencent"));
        assertTrue(KNOWN.isOrganisation("Google") && KNOWN.isOrganisation("Ai2") && !KNOWN.isOrganisation("NVIDIA A100"));
    }

    private static Paper paper(String title, String abstractText, String date, String organisation) {
        return Paper.of(title, abstractText, List.of(), null, date, organisation, null, new Source("t", 1));
    }
}
