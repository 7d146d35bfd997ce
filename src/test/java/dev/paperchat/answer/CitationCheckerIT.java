package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.app.SampleIndex;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The citation check with the real embedding model: every marker of an answer gets its quote. */
class CitationCheckerIT {
    private static final List<AnswerSource> SOURCES = List.of(
            source(1, "Clipping the importance ratio keeps the policy from collapsing onto one answer. We test it on math."),
            source(2, "A covariance penalty keeps the entropy of the policy high during training. It helps exploration."),
            source(3, "Low-probability tokens sustain exploration in reinforcement learning. They are protected by a regulariser."));
    private final CitationChecker checker = new CitationChecker(SampleIndex.get().embedder());

    private static AnswerSource source(int number, String abstractText) {
        return new AnswerSource(number, "p" + number, "Paper " + number, null, null, List.of(), abstractText, 1, List.of());
    }

    private List<Integer> markers(String answer) {
        return checker.check(answer, SOURCES).citations().stream().map(Citation::marker).toList();
    }

    @Test
    void should_cite_every_marker_of_a_sentence() {
        assertEquals(List.of(2, 3), markers("Both methods keep exploration alive during training [2][3]."));
        assertEquals(List.of(1, 2, 3), markers("Exploration is kept alive by clipping, a covariance penalty and rare tokens [1, 2, 3]."));
    }

    @Test
    void should_back_a_claim_by_the_sources_that_state_it_and_not_by_one_cited_beside_them() {
        CitationChecker.Checked checked = checker.check("Low-probability tokens sustain exploration in reinforcement learning [3][1].", SOURCES);
        assertEquals(List.of(), checked.unsupported(), "the claim is stated");
        assertEquals(Map.of(3, true, 1, false), checked.citations().stream().collect(Collectors.toMap(Citation::marker,
                Citation::supported)), checked.citations().toString());
    }

    @Test
    void should_keep_a_quote_apart_for_a_marker_sprinkled_on_a_claim_its_paper_does_not_back() {
        CitationChecker.Checked checked = checker.check("A covariance penalty keeps the entropy of the policy high during training [2]. "
                + "Low-probability tokens sustain exploration in reinforcement learning [2][3].", SOURCES);
        assertEquals(List.of(), checked.unsupported(), "each claim has a source that states it");
        List<Citation> second = checked.citations().stream().filter(c -> c.marker() == 2).toList();
        assertEquals(2, second.size(), checked.citations().toString());
        assertTrue(second.stream().anyMatch(c -> c.supported() && c.claims().size() == 1 && c.claims().get(0).startsWith("A covariance")));
        assertTrue(second.stream().anyMatch(c -> !c.supported() && c.claims().size() == 1 && c.claims().get(0).startsWith("Low-probability")),
                "the [2] after the second claim does not back it, though its quote backs the first");
    }

    @Test
    void should_give_markers_after_a_full_stop_to_the_sentence_before_them() {
        CitationChecker.Checked checked = checker.check(
                "Clipping keeps the policy from collapsing onto one answer. [1] A covariance penalty keeps the entropy high. [2]", SOURCES);
        assertEquals(List.of(1, 2), checked.citations().stream().map(Citation::marker).toList());
        assertTrue(checked.citations().get(0).sentence().startsWith("Clipping the importance ratio"), checked.citations().toString());
        assertTrue(checked.citations().get(1).sentence().startsWith("A covariance penalty"), checked.citations().toString());
        assertEquals(List.of(), checked.unsupported(), "each claim is read with its own marker");
        assertEquals(List.of("Clipping keeps the policy from collapsing onto one answer."), checked.citations().get(0).claims());
    }

    /** A clause that says only where the rest comes from leaves its claim to the clause after it. */
    @Test
    void should_check_the_clause_after_a_lead_in_that_carries_the_marker() {
        CitationChecker.Checked checked = checker.check("According to [2], a covariance penalty keeps the entropy of the policy high. "
                + "As shown in [3], low-probability tokens sustain exploration.", SOURCES);
        assertEquals(List.of(), checked.unsupported(), "no lead-in is a claim, and no claim lacks its citation");
        assertTrue(checked.citations().stream().allMatch(Citation::supported), checked.citations().toString());
    }

    @Test
    void should_read_each_line_of_a_list_as_its_own_claim() {
        CitationChecker.Checked checked = checker.check(
                "- Clipping keeps the policy from collapsing onto one answer [1]\n- A covariance penalty keeps the entropy high [2]", SOURCES);
        assertEquals(List.of(1, 2), checked.citations().stream().map(Citation::marker).toList());
        assertEquals(List.of(), checked.unsupported());
    }

    @Test
    void should_check_short_sentences_too() {
        CitationChecker.Checked checked = checker.check("Bananas are yellow [1]. Low-probability tokens sustain exploration [3]. Lp-Reg fails. In short:", SOURCES);
        assertEquals(List.of(1, 3), checked.citations().stream().map(Citation::marker).toList(), "every marker shows its quote");
        assertEquals(List.of("Bananas are yellow.", "Lp-Reg fails."), checked.unsupported().stream().map(Answer.Unsupported::sentence).toList());
    }

    @Test
    void should_not_take_markdown_headings_and_labels_for_uncited_claims() {
        CitationChecker.Checked checked = checker.check("## Key findings\n**Main methods:**\n- **Clip-Cov**\n"
                + "- Clipping keeps the policy from collapsing onto one answer [1]", SOURCES);
        assertEquals(List.of(), checked.unsupported());
        assertEquals(List.of(1), checked.citations().stream().map(Citation::marker).toList());
    }

    private static final List<AnswerSource> MEASURED = List.of(
            source(1, "Our method reaches 83.1% functional correctness on HumanEval. It trains stably for around 1,000 steps with two losses."),
            source(2, "Lp-Reg enables stable on-policy training. It needs no entropy bonus."));

    private List<String> doubted(String answer) {
        return checker.check(answer, MEASURED).unsupported().stream().map(u -> u.sentence() + " | " + u.reason()).toList();
    }

    @Test
    void should_doubt_a_number_no_cited_source_writes_however_close_the_wording() {
        assertEquals(List.of("Our method reaches 99.9% functional correctness on HumanEval. | cited sources do not state 99.9"),
                doubted("Our method reaches 99.9% functional correctness on HumanEval [1]."));
        assertEquals(List.of("It trains stably for around 5,000 steps. | cited sources do not state 5000"),
                doubted("It trains stably for around 5,000 steps [1]."));
        assertEquals(List.of(), doubted("It reaches 83.1% functional correctness and trains for around 1000 steps with 2 losses [1]."),
                "the same numbers written otherwise: 1,000 as 1000, two as 2");
        assertEquals(List.of("Since 2019 Lp-Reg enables stable on-policy training. | cited sources do not state 2019"),
                doubted("Since 2019 Lp-Reg enables stable on-policy training [2]."));
    }

    /** Close in meaning to the sentence it cites by the name they share, a claim of words the source never uses is not its claim. */
    @Test
    void should_doubt_a_claim_whose_words_its_sources_never_use() {
        assertEquals(List.of("Lp-Reg makes training unstable. | cited sources do not mention makes, unstable"),
                doubted("Lp-Reg makes training unstable [2]."));
        assertEquals(List.of("image", "segmentation"), CitationChecker.foreignWords("Lp-Reg is a method for image segmentation.", MEASURED.get(1).abstractText()));
        assertEquals(List.of("UloRL is a speech recognition dataset."), checker.check("UloRL is a speech recognition dataset [2].", MEASURED)
                .unsupported().stream().map(Answer.Unsupported::sentence).toList());
        assertEquals(List.of(false), checker.check("Lp-Reg is a method for image segmentation [2].", MEASURED).citations().stream()
                .map(Citation::supported).toList());
        assertEquals(List.of(), doubted("Lp-Reg keeps on-policy training stable without an entropy bonus [2]."), "one word of its own is a paraphrase");
        assertEquals(List.of(), doubted("The authors propose that Lp-Reg enables stable training [2]."), "words about the paper are not counted");
        assertEquals(List.of(), doubted("Lp-Reg enables stable on-policy training of Qwen and Llama [2]."), "names are not counted as words");
        assertEquals(List.of("Lp-Reg enables stable on-policy training of DeepSeek-R1. | cited sources do not state DeepSeek-R1"),
                doubted("Lp-Reg enables stable on-policy training of DeepSeek-R1 [2]."), "but a model's name is checked as a figure is");
    }

    /** A claim that says the opposite of its sentence in the sentence's own words: an opposite word, or what the sentence denies. */
    @Test
    void should_doubt_a_claim_that_says_the_opposite_of_its_sentence() {
        assertEquals(List.of("Lp-Reg makes on-policy training unstable. | the cited sentence says the opposite (\"stable\")"),
                doubted("Lp-Reg makes on-policy training unstable [2]."));
        assertEquals(List.of("Our method reaches less functional correctness on HumanEval. | the cited sentence says the opposite (\"more\")"),
                checker.check("Our method reaches less functional correctness on HumanEval [1].", List.of(source(1,
                        "Our method reaches more functional correctness on HumanEval than its baseline."))).unsupported().stream()
                        .map(u -> u.sentence() + " | " + u.reason()).toList());
        assertEquals(List.of("Lp-Reg needs an entropy bonus. | the cited sentence says this is not so"), doubted("Lp-Reg needs an entropy bonus [2]."));
        assertEquals(List.of(), doubted("Without an entropy bonus, Lp-Reg enables stable on-policy training [2]."), "the claim denies it too");
        assertEquals(List.of(), doubted("Lp-Reg keeps on-policy training stable [2]."));
    }

    @Test
    void should_not_doubt_a_refusal_in_other_words() {
        for (String refusal : List.of("None of the abstracts discuss this.", "The abstracts do not specify how Clip-Cov avoids entropy collapse.",
                "Based on the sources, it is not possible to determine this.", "The answer is not in the sources.")) {
            assertTrue(CitationChecker.refuses(refusal), refusal);
        }
    }

    @Test
    void should_doubt_a_claim_that_negates_what_its_source_says() {
        assertEquals(List.of("Lp-Reg does not enable stable on-policy training. | cited sources do not say this is not so"),
                doubted("Lp-Reg does not enable stable on-policy training [2]."));
        assertEquals(List.of(false), checker.check("Lp-Reg does not enable stable on-policy training [2].", MEASURED).citations().stream()
                .map(Citation::supported).toList(), "its citation is no evidence");
        assertEquals(List.of(false, true), checker.check("Lp-Reg does not enable stable on-policy training [2]. Lp-Reg enables stable on-policy training [2].",
                MEASURED).citations().stream().map(Citation::supported).toList(), "the quote backs the second claim, not the first");
        assertEquals(List.of(), doubted("Lp-Reg does not need an entropy bonus [2]."), "the source says so in its own negation");
        assertEquals(List.of(), doubted("Lp-Reg enables stable on-policy training, while baselines do not [2]."), "a contrast, in other words");
    }

    @Test
    void should_take_any_wording_of_a_refusal_without_citations_for_one() {
        for (String refusal : List.of("The collection does not seem to cover this question", "I'm sorry, but the collection does not seem to cover this question.",
                "The sources do not answer this question.", "I'm sorry, but none of the provided sources contain information about vision tasks.")) {
            assertTrue(CitationChecker.refuses(refusal), refusal);
            assertEquals(List.of(), checker.check(refusal, MEASURED).unsupported(), refusal);
        }
        assertTrue(!CitationChecker.refuses("The sources do not mention a KL penalty, but Lp-Reg needs no entropy bonus [2]."), "an answer with a citation");
        assertTrue(!CitationChecker.refuses("Lp-Reg enables stable on-policy training."), "an uncited claim is no refusal");
    }

    /** Four sources of the sample, as an answer on entropy collapse retrieves them. */
    private static final List<String> ENTROPY_IDS = List.of("the-entropy-mechanism-of-reinforcement-7357a1",
            "low-probability-tokens-sustain-cd5994", "ulorl-an-ultra-long-output-reinforcement-0bcc42", "ettrl-balancing-exploration-and-21dce5");
    private static final List<AnswerSource> ENTROPY = IntStream.range(0, ENTROPY_IDS.size()).mapToObj(i -> {
        dev.paperchat.corpus.Paper p = SampleIndex.get().index().paper(ENTROPY_IDS.get(i)).orElseThrow();
        return new AnswerSource(i + 1, p.id(), p.title(), null, null, List.of(), p.abstractText(), 1, List.of());
    }).toList();

    private String doubtOf(String answer) {
        List<Answer.Unsupported> unsupported = checker.check(answer, ENTROPY).unsupported();
        return unsupported.isEmpty() ? "" : unsupported.get(0).reason();
    }

    @Test
    void should_doubt_a_method_credited_to_another_source_s_paper() {
        assertEquals("cited sources do not mention Lp-Reg, which another source does",
                doubtOf("Lp-Reg proposes two simple yet effective techniques, namely Clip-Cov and KL-Cov [1]."));
        assertEquals("cited sources do not mention ETTRL, which another source does", doubtOf("ETTRL introduces Low-probability Regularization (Lp-Reg) [2]."));
        assertEquals("", doubtOf("Lp-Reg introduces Low-probability Regularization [2]."), "its own name");
        assertEquals("", doubtOf("Unlike Clip-Cov [1], Lp-Reg regularizes the policy towards a heuristic proxy distribution [2]."), "each cited for its own");
    }

    @Test
    void should_doubt_a_count_the_source_gives_otherwise_and_words_quoted_that_it_does_not_write() {
        assertEquals("cited sources do not state 7", doubtOf("Lp-Reg achieves a 60.17% average accuracy on seven math benchmarks [2]."));
        assertEquals("cited sources do not state 4", doubtOf("The paper proposes four simple techniques to control entropy [1]."));
        assertEquals("", doubtOf("Lp-Reg achieves a 60.17% average accuracy on five math benchmarks [2]."));
        assertEquals("cited sources do not write the quoted words \u201cthese methods encourage exploitation\u201d",
                doubtOf("The paper reports that \u201cthese methods encourage exploitation\u201d [1]."));
        assertEquals("", doubtOf("The paper reports that \"these methods encourage exploration, thus helping policy escape entropy collapse\" [1]."));
        assertEquals("", doubtOf("It says \"we propose two simple yet effective techniques ... which clip and apply KL penalty\" [1]."), "an ellipsis joins two quotes");
    }

    @Test
    void should_read_a_contrast_clause_by_clause() {
        assertEquals("", doubtOf("Lp-Reg enables stable on-policy training, while baseline entropy-control methods collapse [2]."));
        assertTrue(doubtOf("Lp-Reg makes on-policy training unstable, while baseline entropy-control methods stay stable [2].").contains("opposite"),
                "the clause before the contrast says the opposite of its source");
    }

    @Test
    void should_take_a_constant_state_or_a_restating_clause_for_what_a_negation_says() {
        List<AnswerSource> markovian = List.of(source(1, "We propose Markovian Thinking, a paradigm in which the policy advances reasoning while conditioning on a constant-size state,"
                + " decoupling thinking length from context size. "
                + "RLVR largely adheres to the base model's entropy patterns, primarily adjusting the entropy of high-entropy tokens."));
        assertEquals(List.of(), checker.check("The state the policy conditions on does not grow with thinking length [1].", markovian).unsupported());
        assertEquals(List.of(), checker.check("RLVR mostly does not change the base model's entropy patterns; it mainly adjusts high-entropy tokens [1].",
                markovian).unsupported());
    }

    @Test
    void should_not_pass_a_claim_written_in_another_script_than_its_sources() {
        CitationChecker.Checked checked = checker.check("Lp-Reg \u662f\u4e00\u79cd\u7528\u4e8e\u56fe\u50cf\u5206\u5272\u7684\u65b9\u6cd5 [2]\u3002", ENTROPY);
        assertEquals(1, checked.unsupported().size(), checked.toString());
        assertEquals("not written in the sources' script, so it cannot be checked against them", checked.unsupported().get(0).reason());
        assertTrue(checked.citations().stream().noneMatch(Citation::supported));
    }

    @Test
    void should_not_pass_a_claim_written_in_another_language_of_the_sources_script() {
        CitationChecker.Checked checked = checker.check("Lp-Reg beschr\u00e4nkt die Aktualisierung von seltenen Tokens und stabilisiert das Training mit 1.000 Schritten [2].",
                ENTROPY);
        assertEquals(List.of("not written in the sources' language, so it cannot be checked against them"),
                checked.unsupported().stream().map(Answer.Unsupported::reason).toList(), "not a list of German words the sources do not use");
        assertEquals(List.of(), checker.check("Lp-Reg protects low-probability tokens, as de Vries noted [2].", ENTROPY).unsupported().stream()
                .filter(u -> u.reason().contains("language")).toList(), "an English sentence with a foreign name");
    }

    @Test
    void should_read_the_markers_local_models_write() {
        assertEquals("A [1]. B [2, 3]. C [2]. D [1]. E [3]. F [4].",
                CitationChecker.plainMarkers("A [Source 1]. B (sources 2 and 3). C [^2]. D \u30101\u3011. E [3\u2020source]. F \u30104\u2020L1-L9\u3011."));
        assertEquals("G [1, 2]. H [1]. I [2]. J [3]. K [1, 2]. (1) an enumeration stays.",
                CitationChecker.plainMarkers("G [1; 2]. H [Source: 1]. I [S2]. J [doc 3]. K [source 1, source 2]. (1) an enumeration stays."));
        assertEquals("L [3]. M [1, 2]. N [2]. O [1]. Links stay [text](#x).",
                CitationChecker.plainMarkers("L [citation:3]. M [ref 1, ref 2]. N (reference 2). O [1](#source-1). Links stay [text](#x)."));
        assertEquals(List.of(2), markers("A covariance penalty keeps the entropy of the policy high [Source 2]."));
    }
}
