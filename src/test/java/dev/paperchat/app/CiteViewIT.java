package dev.paperchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.SampleCorpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Title lookups as a writer makes them, on the bundled sample. */
class CiteViewIT {
    private final PaperChat app = SampleIndex.get();

    private CiteView title(String title) {
        return CiteView.lookUp(app.lookup(), "title", title, 5);
    }

    /** Every title of the sample, looked up as written, finds its paper first, and no other paper is called found beside it. */
    @Test
    void should_find_each_sample_title_first_and_alone() {
        List<String> failures = new ArrayList<>();
        for (Paper paper : SampleCorpus.read(CorpusReader.withAllFormats()).papers()) {
            CiteView view = title(paper.title());
            if (!view.found() || !view.results().get(0).title().equals(paper.title())) failures.add("not first: " + paper.title());
            view.results().stream().skip(1).filter(r -> r.confidence() >= 0.7)
                    .forEach(r -> failures.add(paper.title() + " also names " + r.title() + " at " + r.confidence()));
        }
        assertEquals(List.of(), failures);
    }

    /** A number is one word however written: "2 stage" is the title's "Two-Stage". */
    @Test
    void should_find_a_title_whose_number_is_written_otherwise() {
        for (String[] lookup : new String[][] {{"a practical 2 stage recipe for math LLMs", "A Practical Two-Stage Recipe for Mathematical LLMs"},
                {"2 experts are all you need for steering thinking", "Two Experts Are All You Need for Steering Thinking"}}) {
            CiteView view = title(lookup[0]);
            assertTrue(view.found() && view.results().get(0).title().startsWith(lookup[1]), lookup[0] + ": " + view.results());
        }
    }

    /** A claim whose source is found with another figure is found and not supported: a notebook filtering on one flag keeps no false claim. */
    @Test
    void should_support_a_claim_only_when_its_source_states_it() {
        CiteView wrong = CiteView.lookUp(app.lookup(), "claim", "LazyEviction reduces KV cache size by 80% while maintaining accuracy.", 5);
        assertTrue(wrong.found());
        assertEquals(List.of("80"), wrong.results().get(0).unstated());
        assertFalse(wrong.supported());
        assertEquals(List.of("\"LazyEviction: Lagged KV Eviction with Attention Pattern Observation for Efficient Long Reasoning\" does not state 80;"
                + " its sentence quoted gives 50."), wrong.notices(), "the paper's own figure, at once");
        CiteView right = CiteView.lookUp(app.lookup(), "claim", "LazyEviction reduces KV cache size by 50% while maintaining accuracy.", 5);
        assertTrue(right.found() && right.supported(), right.toString());
        // A figure the paper gives to another measure: MEM1's 3.5x is its performance, its memory falls by 3.7x.
        CiteView measured = CiteView.lookUp(app.lookup(), "claim", "MEM1 reduces memory usage by 3.5x.", 5);
        assertTrue(measured.found() && !measured.supported(), measured.toString());
        assertTrue(CiteView.lookUp(app.lookup(), "claim", "MEM1 improves performance by 3.5x.", 5).supported());
        CiteView passage = CiteView.lookUp(app.lookup(), "claim", "LazyEviction reduces KV cache size by 50% while maintaining accuracy."
                + " Quiet-STaR improves GSM8K from 5.9% to 10.9%.", 5);
        assertEquals(2, passage.claims().size());
        assertTrue(passage.supported(), passage.toString());
        assertFalse(CiteView.lookUp(app.lookup(), "claim", "LazyEviction reduces KV cache size by 80% while maintaining accuracy."
                + " Quiet-STaR improves GSM8K from 5.9% to 10.9%.", 5).supported(), "one claim of two is not");
        assertTrue(Json.write(right).startsWith("{\"query\":\"LazyEviction reduces KV cache size by 50% while maintaining accuracy.\",\"by\":\"claim\","
                + "\"found\":true,\"supported\":true,"), Json.write(right));

        // A claim of every case is stated only by a sentence that says so: a sentence on its subject is no source of "always".
        CiteView always = CiteView.lookUp(app.lookup(), "claim", "LazyEviction always maintains accuracy while reducing KV cache size.", 5);
        assertTrue(always.found() && !always.supported(), always.toString());
        assertEquals(List.of("always"), always.results().get(0).unstated());
    }

    /** A year or an organisation is the record's to state: a right one is supported, a wrong one is not, and the record is quoted. */
    @Test
    void should_check_a_claim_s_year_and_organisation_against_the_record() {
        CiteView right = claim("A 2025 University of Waterloo paper, General-Reasoner, builds a generative model-based answer verifier.");
        assertTrue(right.supported(), right.toString());
        assertTrue(claim("Ai2's MolmoAct reaches 86.6% average success on LIBERO.").supported(), "a name in capitals the abstract does not write");
        CiteView wrongOrganisation = claim("General-Reasoner, from Tencent, builds a generative model-based answer verifier.");
        assertFalse(wrongOrganisation.supported());
        assertEquals(List.of("Tencent"), wrongOrganisation.results().get(0).unstated());
        assertTrue(wrongOrganisation.notices().contains("The claim has \"General-Reasoner: Advancing LLM Reasoning Across All Domains\" from Tencent;"
                + " its record has it from University of Waterloo."), wrongOrganisation.notices().toString());
        CiteView wrongYear = claim("Direct Preference Optimization was introduced in 2024 to skip fitting a reward model.");
        assertFalse(wrongYear.supported());
        assertTrue(wrongYear.notices().stream().anyMatch(n -> n.endsWith("2024; its record dates it 2023-05-29.")), wrongYear.notices().toString());
        assertTrue(claim("Direct Preference Optimization was introduced in 2023 to skip fitting a reward model.").supported());
        assertFalse(claim("Klear-Reasoner scores 90.5% on AIME 2025.").supported(), "a benchmark's edition is no date of the paper");
        // A record with no year ("9 Oct") states none, nor another: a draft's "(First Try Matters, 2025)" is said to be unchecked.
        String quote = "Reflections are predominantly confirmatory and rarely alter the model's initial answer";
        for (String cited : List.of(quote + " (First Try Matters, 2025).", "According to a 2025 paper, r" + quote.substring(1) + ".",
                quote + " (arXiv:2510.08308).", quote + " (https://arxiv.org/abs/2510.08308).")) {
            CiteView view = claim(cited);
            assertTrue(view.supported() && view.results().get(0).title().startsWith("First Try Matters"), cited + ": " + view);
            assertTrue(view.results().get(0).sentence().contains("rarely alter"), view.results().get(0).sentence());
        }
        assertTrue(claim(quote + " (First Try Matters, 2025).").notices().stream().anyMatch(n -> n.endsWith("2025; its record gives no year (9 Oct),"
                + " so that is not checked.")));
    }

    /** A finding credited to the wrong paper is supported by none: the paper that states it lacks the name the claim credits. */
    @Test
    void should_not_support_a_finding_credited_to_another_paper() {
        CiteView ellipsis = claim("LASER-D inserts an ellipsis into the prompt to trigger either thinking or no-thinking mode.");
        assertFalse(ellipsis.supported(), ellipsis.toString());
        assertTrue(ellipsis.results().get(0).title().startsWith("Learning When to Think") && ellipsis.results().get(0).unstated().equals(List.of("LASER-D")),
                ellipsis.results().toString());
        assertTrue(ellipsis.notices().get(0).endsWith("the claim may credit the wrong paper."), ellipsis.notices().toString());
        // Of two papers the claim names, its subject comes first: Hawkeye is credited with the Entropy Mechanism's Clip-Cov.
        CiteView clipCov = claim("Hawkeye introduced Clip-Cov and KL-Cov to stop policy entropy from collapsing during RL.");
        assertFalse(clipCov.supported(), clipCov.toString());
        assertTrue(clipCov.notices().get(0).startsWith("The claim names \"Hawkeye:Efficient Reasoning with Model Collaboration\", which does not state Clip-Cov"),
                clipCov.notices().toString());
        assertTrue(claim("The Entropy Mechanism paper introduced Clip-Cov and KL-Cov to stop policy entropy from collapsing.").supported());
    }

    /** "The same paper" of a passage is the paper the sentence before was found in, named or not: its wrong figure is its paper's to state. */
    @Test
    void should_read_the_same_paper_as_the_paper_of_the_claim_before() {
        CiteView passage = claim("Reflections in reasoning models are mostly confirmatory. Truncating them reduces reasoning tokens by 24.5%."
                + " The same paper analysed twelve reasoning models on five math datasets.");
        CiteView same = passage.claims().get(2);
        assertTrue(same.notices().get(0).startsWith("Read as \"First Try Matters: Revisiting the Role of Reflection"), same.notices().toString());
        assertTrue(same.results().get(0).title().startsWith("First Try Matters") && same.results().get(0).unstated().contains("12"), same.results().toString());
        assertFalse(passage.supported(), "it analysed eight");
    }

    /** A year given beside a title, as a reference gives it, is checked against the record; the title's own year is none. */
    @Test
    void should_tell_a_title_s_year_the_record_gives_otherwise() {
        assertEquals(List.of("The text looked up dates \"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\" 2023; its record"
                + " dates it 2024-03-14."), title("Zelikman et al. (2023). Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking.").notices());
        assertEquals(List.of(), title("Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking (2024)").notices());
    }

    /** A reference whose title has a word wrong, as a writer must correct it. */
    @Test
    void should_tell_the_words_a_title_looked_up_has_in_place_of_the_title_found() {
        CiteView lies = title("Soft Tokens, Hard Lies");
        assertEquals("Soft Tokens, Hard Truths", lies.results().get(0).title());
        assertEquals(List.of("The text looked up has \"Lies\" where the title found, \"Soft Tokens, Hard Truths\", has \"Truths\"."), lies.notices());
        assertEquals(List.of(), title("soft tokens hard truths").notices());
    }

    private CiteView claim(String claim) {
        return CiteView.lookUp(app.lookup(), "claim", claim, 5);
    }

    /** A company as a reference's author ("OpenAI (2024). Title. arXiv preprint."), pasted as a claim or typed as a title. */
    /** A title's start after what the lookup calls it ("the paper", "the Deepmind paper") names it as the start alone does. */
    @Test
    void should_find_a_title_s_start_after_a_lead_in() {
        for (String lookup : List.of("Fantastic Reasoning Behaviors", "the paper Fantastic Reasoning Behaviors", "the Deepmind paper Fantastic Reasoning Behaviors")) {
            CiteView view = title(lookup);
            assertTrue(view.found() && view.results().get(0).title().startsWith("Fantastic Reasoning Behaviors and Where to Find Them"), view.toString());
        }
    }

    @Test
    void should_find_the_title_of_a_reference_a_company_wrote() {
        List<String> failures = new ArrayList<>();
        List<Paper> papers = SampleCorpus.read(CorpusReader.withAllFormats()).papers();
        for (int i = 0; i < papers.size(); i += 10) {
            String title = papers.get(i).title();
            for (CiteView view : List.of(CiteView.lookUp(app.lookup(), "claim", "OpenAI (2024). " + title + ". arXiv preprint.", 5),
                    title("Qwen Team (2025) " + title))) {
                if (!view.found() || !view.results().get(0).title().equals(title)) failures.add(view.query());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void should_read_a_title_that_asks_then_says_as_one_title() {
        for (String title : List.of("Reasoning or Memorization? Unreliable Results of Reinforcement Learning Due to Data Contamination",
                "What makes Reasoning Models Different? Follow the Reasoning Leader for Efficient Decoding",
                "[3] Y. Zhang et al., \u201cWhat makes Reasoning Models Different? Follow the Reasoning Leader for Efficient Decoding,\u201d arXiv, 2025.")) {
            CiteView view = title(title);
            assertEquals("title", view.by(), title);
            assertTrue(view.found(), title);
            assertTrue(title.contains(view.results().get(0).title()), title + " -> " + view.results().get(0).title());
        }
        // A famous title the sample lacks is no passage of two claims either: it is not found.
        CiteView absent = title("Do NOT Think That Much for 2+3=? On the Overthinking of o1-Like LLMs");
        assertEquals("title", absent.by());
        assertFalse(absent.found(), absent.results().toString());
        // A passage pasted where a title goes is still read as its claims, also one that opens with a question.
        assertEquals("claim", title(SampleIndex.PASSAGE).by());
        assertEquals("claim", title("Does RL really expand reasoning? Our results show RL improves pass@1 by 10% on AIME.").by());
    }

    @Test
    void should_not_call_a_title_found_whose_words_are_all_in_the_title_looked_up() {
        CiteView view = title("Incentivizing Strong Reasoning from Weak Supervision");
        assertEquals("Incentivizing Strong Reasoning from Weak Supervision", view.results().get(0).title());
        CiteView.Result beside = view.results().stream().filter(r -> r.title().equals("Weak-to-Strong Reasoning")).findFirst().orElseThrow();
        assertTrue(beside.confidence() < 0.7, "listed as related, not found: " + beside.confidence());
    }

    /** A sentence that says the opposite in the claim's own words comes first, flagged, before papers only on the subject. */
    @Test
    void should_show_first_the_sentence_a_claim_turns_around() {
        for (String claim : List.of("The covariance term stays mostly negative throughout training.",
                "Thinking outperforms NoThinking when the token budget is low.",
                "Training on the 80% lowest-entropy tokens leads to a marked improvement in performance.")) {
            CiteView view = CiteView.lookUp(app.lookup(), "claim", claim, 3);
            CiteView.Result first = view.results().get(0);
            assertTrue(first.opposes() != null && first.opposes().startsWith("the cited sentence says the opposite"), claim + " -> " + first);
            assertTrue(first.confidence() <= 0.5, "no source of the claim: " + first.confidence());
        }
    }

    /** A wrong figure written in words is checked as one in digits is. */
    @Test
    void should_check_figures_written_in_words() {
        CiteView wrong = CiteView.lookUp(app.lookup(), "claim", "Hawkeye cuts inference cost by up to ninety percent.", 3);
        assertEquals(List.of("90"), wrong.results().get(0).unstated(), wrong.results().get(0).toString());
        CiteView right = CiteView.lookUp(app.lookup(), "claim", "Hawkeye cuts inference cost by up to sixty percent.", 3);
        assertEquals(List.of(), right.results().get(0).unstated());
        assertTrue(right.results().get(0).title().startsWith("Hawkeye"), right.results().get(0).title());
    }

    /** Not found, a claim still lists its closest papers, well below found; a claim about a name no abstract writes is not found. */
    @Test
    void should_list_the_closest_papers_of_a_claim_not_found() {
        CiteView paraphrase = CiteView.lookUp(app.lookup(), "claim", "Stopping reflections early saves tokens.", 3);
        assertFalse(paraphrase.found());
        assertTrue(paraphrase.results().get(0).title().startsWith("First Try Matters"), paraphrase.results().toString());
        paraphrase.results().forEach(r -> assertTrue(r.confidence() <= 0.5 && r.opposes() == null, r.toString()));
        CiteView absent = CiteView.lookUp(app.lookup(), "claim", "Constitutional AI reduces harmful outputs without human feedback labels.", 3);
        assertFalse(absent.found(), "no abstract writes 'Constitutional': " + absent.results());
        // Inside the claim too: a 2B model trained with RL is in the collection, Stockfish is not.
        CiteView inside = CiteView.lookUp(app.lookup(), "claim", "A 2B-parameter model beat Stockfish at chess after RL fine-tuning.", 3);
        assertFalse(inside.found(), "no abstract writes 'Stockfish': " + inside.results());
        assertTrue(CiteView.lookUp(app.lookup(), "claim", "Entropy minimization with EMPO improves Qwen on math without labels.", 3).found(),
                "names the collection writes");
        assertTrue(CiteView.lookUp(app.lookup(), "claim", "As Wei et al. showed, chain-of-thought prompting elicits reasoning in large language models.",
                3).found(), "authors the claim names are no words it claims");
        // A wrong figure is shown beside the paper's own for what it counts: rules of thumb, not annotations.
        CiteView wrong = CiteView.lookUp(app.lookup(), "claim", "Social Chemistry 101 catalogs 2.9 million rules of thumb.", 3);
        assertTrue(wrong.results().get(0).sentence().contains("292k rules-of-thumb"), wrong.results().get(0).sentence());
        // One figure right and one wrong: the sentence that states the right one, though "GSM8K" is no word of four letters.
        CiteView half = CiteView.lookUp(app.lookup(), "claim", "Quiet-STaR improves GSM8K from 5.9% to 12.9%", 3);
        assertEquals(List.of("12.9"), half.results().get(0).unstated());
        assertTrue(half.results().get(0).sentence().contains("GSM8K (5.9% → 10.9%)"), half.results().get(0).sentence());
        // Each figure and benchmark stated, but not together: Klear-Reasoner's 90.5% is on AIME 2024, its AIME 2025 score 83.2%.
        CiteView swapped = CiteView.lookUp(app.lookup(), "claim", "Klear-Reasoner scores 90.5% on AIME 2025.", 3);
        assertEquals(List.of("90.5% on AIME 2025"), swapped.results().get(0).unstated());
        assertTrue(CiteView.lookUp(app.lookup(), "claim", "Klear-Reasoner scores 90.5% on AIME 2024.", 3).results().get(0).unstated().isEmpty());
    }

    /** A one-word name only one abstract writes, and introduces, finds that paper though it is no coined word. */
    @Test
    void should_find_a_paper_by_a_name_its_abstract_alone_introduces() {
        for (String[] nameAndTitle : List.of(new String[] {"Delethink", "The Markovian Thinker"},
                new String[] {"Infra", "Which Data Attributes Stimulate Math and Code Reasoning?"},
                new String[] {"short-m@k", "Don't Overthink it."})) {
            CiteView view = title(nameAndTitle[0]);
            assertTrue(view.found() && view.results().get(0).title().startsWith(nameAndTitle[1]), nameAndTitle[0] + " -> " + view.results());
        }
        assertFalse(title("GRPO").found(), "a name many papers write is a term of the field");
        // SoftCoT++'s abstract alone writes SoftCoT, the work it extends: another version, not the paper sought.
        CiteView older = title("SoftCoT");
        assertFalse(older.found(), older.results().toString());
        assertTrue(older.results().get(0).title().startsWith("SoftCoT++") && older.results().get(0).confidence() < 0.7, older.results().toString());
    }
}
