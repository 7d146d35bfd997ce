package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperchat.app.SampleIndex;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.index.Filters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HybridRetrieverIT {
    private final HybridRetriever retriever = SampleIndex.get().retriever();

    private String top(String query) {
        return retriever.search(new SearchRequest(query, 5)).hits().get(0).paper().title();
    }

    @Test
    void should_search_a_misspelt_word_as_the_collections_word_and_leave_real_words_and_names_alone() {
        SearchResult typed = retriever.search(new SearchRequest("wich papers use GRPO for vison language models?", 10));
        SearchResult spelt = retriever.search(new SearchRequest("which papers use GRPO for vision language models?", 10));
        assertEquals(Map.of("wich", "which", "vison", "vision"), typed.respelled());
        assertTrue(typed.covered(), "a typo is not missing evidence");
        assertEquals(spelt.hits().stream().map(h -> h.paper().id()).toList(), typed.hits().stream().map(h -> h.paper().id()).toList());
        assertTrue(typed.respellingNotice().startsWith("Searched \"wich\" as \"which\", \"vison\" as \"vision\""), typed.respellingNotice());
        // An id no stored paper has is said to be missing, as a title lookup of it says.
        assertEquals(List.of("No paper in the collection has the arXiv id 2401.00001."),
                retriever.search(new SearchRequest("What is arXiv:2401.00001 about?", 5)).notices());
        assertEquals(List.of("No paper in the collection has the DOI 10.1000/xyz123."),
                retriever.search(new SearchRequest("papers like https://doi.org/10.1000/xyz123", 5)).notices());
        // A small word with two letters swapped would be a word no paper uses, which reads as a subject the collection lacks.
        for (String slip : List.of("what is teh GRPO algorithm", "how does GRPO wokr", "which papers use GRPO adn PPO")) {
            SearchResult slipped = retriever.search(new SearchRequest(slip, 5));
            assertTrue(slipped.covered(), slip);
            assertEquals(1, slipped.respelled().size(), slip);
        }
        assertEquals(Map.of("teh", "the"), retriever.search(new SearchRequest("what is teh GRPO algorithm", 5)).respelled());
        assertEquals(Map.of(), retriever.search(new SearchRequest("GRPO si PPO", 5)).respelled(), "a word the model knows");
        // A question word too short for the collection's spelling is mended as ask mends it, and judged as the question it is.
        SearchResult question = retriever.search(new SearchRequest("waht is speculative reasoning?", 5));
        assertEquals(Map.of("waht", "what"), question.respelled());
        assertTrue(question.covered(), "a typo is not missing evidence");
        assertEquals(retriever.search(new SearchRequest("what is speculative reasoning?", 5)).hits().get(0).paper().id(), question.hits().get(0).paper().id());
        assertEquals(Map.of("Reinforcment", "reinforcement"), retriever.search(new SearchRequest("Reinforcment learning for math", 5)).respelled(),
                "a capital that starts the query is no name");
        assertEquals(Map.of("lerning", "learning"), retriever.search(new SearchRequest("reinforcement lerning for math", 5)).respelled(),
                "in the form typed, not the index's stem");
        SearchResult stemmed = retriever.search(new SearchRequest("which papers improve reasonning efficency with early exit?", 10));
        assertEquals(List.of(Map.entry("reasonning", "reasoning"), Map.entry("efficency", "efficiency")),
                List.copyOf(stemmed.respelled().entrySet()), "typos the stemmer reads as another word (reason) or as none (efficence), in order");
        assertTrue(stemmed.covered(), "as the question spelt right: " + stemmed.hits());
        for (String asWritten : List.of("How do plant cells divide?", "What does AlphaFold predict?", "Is Qwen2.5 good at math?",
                "papers by Yann LeCun", "how do cats purr?", "Do owls hoot at night?",
                // Part of MixtureVitae, a title's word: no typo of "vital".
                "what license does the mixture vitae dataset use?",
                // Real words one letter from a word of the collection that no slip of the fingers gives: "pause", "party".
                "which papers study semantic parsing?", "parity methods",
                // Inflected words the model's vocabulary lacks, one letter from their own stem.
                "who invents models that learns and distills?")) {
            SearchResult result = retriever.search(new SearchRequest(asWritten, 5));
            assertEquals(Map.of(), result.respelled(), asWritten);
            assertEquals("", result.respellingNotice());
        }
        assertFalse(retriever.search(new SearchRequest("How do plant cells divide?", 5)).covered(), "a real word the collection lacks stays absent");
    }

    /** A question whose rare word holds most of its weight is not covered by papers without it: "quantum" is only BehaviorVLM's "quantum-dot". */
    @Test
    void should_find_no_evidence_when_the_best_paper_lacks_the_question_s_one_rare_word() {
        SearchResult quantum = retriever.search(new SearchRequest("quantum computing", 5));
        assertFalse(quantum.covered(), quantum.hits().get(0).paper().title());
        assertTrue(retriever.search(new SearchRequest("quantum-dot behavioral data", 5)).covered(), "the paper that writes it");
    }

    /** "memorisation" is searched as "memorization", the same word: it is found, and not told as a word mended. */
    @Test
    void should_search_a_british_spelling_as_the_american_one_without_telling() {
        SearchResult result = retriever.search(new SearchRequest("Reasoning or memorisation? unreliable RL results", 3));
        assertTrue(result.hits().get(0).paper().title().startsWith("Reasoning or Memorization?"), result.hits().get(0).paper().title());
        assertEquals(Map.of(), result.respelled());
        assertEquals("", result.respellingNotice());
    }

    /** "how does it work?" without its history has no subject: any paper fits it as well as another, and none is evidence. */
    @Test
    void should_find_no_evidence_for_a_question_of_no_subject() {
        for (String query : List.of("what?", "how does it work?", "which one?", "What is it?", "who wrote it?")) {
            SearchResult result = retriever.search(new SearchRequest(query, 3));
            assertFalse(result.covered(), query);
            assertEquals(0.0, result.confidence(), query);
        }
        assertTrue(retriever.search(new SearchRequest("how does Coconut work?", 3)).covered());
    }

    /** A name no paper writes turns the search away; the reader is told which word did ("Cui", an author no record holds). */
    @Test
    void should_name_the_word_no_paper_writes_when_it_turns_the_search_away() {
        SearchResult withAuthor = retriever.search(new SearchRequest("policy entropy collapse Cui", 5));
        assertFalse(withAuthor.covered());
        assertEquals(List.of("No paper in the collection writes \"Cui\"."), withAuthor.notices());
        assertTrue(withAuthor.hits().get(0).paper().title().startsWith("The Entropy Mechanism"), "its paper still first");
        SearchResult without = retriever.search(new SearchRequest("policy entropy collapse", 5));
        assertTrue(without.covered());
        assertEquals(List.of(), without.notices());
    }

    @Test
    void should_take_a_figure_few_papers_state_as_naming_the_paper_that_states_it() {
        SearchResult shown = retriever.search(new SearchRequest("which paper shows 83.1% functional correctness?", 5));
        assertTrue(shown.hits().get(0).paper().title().startsWith("VeriReason"), shown.hits().get(0).paper().title());
        assertTrue(shown.covered());
        SearchResult reported = retriever.search(new SearchRequest("which paper reports 42.6% average accuracy?", 5));
        assertTrue(reported.hits().get(0).paper().title().startsWith("TraPO"), reported.hits().get(0).paper().title());
        assertTrue(reported.covered());
        assertTrue(reported.hits().get(0).bestSentence().text().contains("42.6%"), "the sentence that states it comes first");
        // A paper named by its figure alone, though it shares few words with the question: "a 2.88 times improvement".
        SearchResult times = retriever.search(new SearchRequest("which paper reports 2.88x faster training?", 5));
        assertTrue(times.hits().get(0).paper().title().startsWith("Harnessing Explanations") && times.covered(), times.hits().get(0).paper().title());
        assertFalse(retriever.search(new SearchRequest("which paper reports 7x faster inference?", 5)).covered(), "no abstract states 7x");
        // A factor glued to its figure is one word to the index: "4.05x" asked, "4.05times" written (a LaTeX "\times" lost).
        for (String factor : List.of("which paper reports a 4.05x inference speedup over its predecessor?", "4.05x inference speedup")) {
            SearchResult glued = retriever.search(new SearchRequest(factor, 5));
            assertTrue(glued.hits().get(0).paper().title().startsWith("InternVL3.5"), glued.hits().get(0).paper().title());
            assertTrue(glued.covered(), factor + ": a figure the best paper states is no word the collection lacks");
        }
        // No abstract states 97.3: the best paper's other numbers are not the result asked about.
        assertFalse(retriever.search(new SearchRequest("which paper reports 97.3% accuracy on GSM8K?", 5)).covered());
        assertFalse(retriever.search(new SearchRequest("what is the best learning rate for LoRA fine-tuning of Llama?", 5)).covered(),
                "papers that use LoRA or tune settings state no learning rate");
    }

    /** A change asked of a named paper is answered by the sentence stating it, not by the ones that name the paper. */
    @ParameterizedTest
    @ValueSource(strings = {"how much faster is R2R?|2.8x wall-clock speedup", "How much faster is DELTA?|1.5times end-to-end speedup",
            "how much cheaper is ReasonMaxxer?|three orders of magnitude", "how much memory does LazyEviction save?|by 50%",
            "How much better is TraPO?|surpassing"})
    void should_quote_the_sentence_stating_the_change_a_question_asks_of_a_named_paper(String questionAndQuote) {
        String[] parts = questionAndQuote.split("\\|");
        PaperHit top = retriever.search(new SearchRequest(parts[0], 3)).hits().get(0);
        assertTrue(top.bestSentence().text().contains(parts[1]), parts[0] + " -> " + top.bestSentence().text());
    }

    @Test
    void should_name_papers_by_their_names_beside_a_title_the_query_quotes_whole() {
        SearchResult result = retriever.search(new SearchRequest("compare Entropy Minimized Policy Optimization (EMPO), Low-probability "
                + "Regularization (Lp-Reg), Incentivizing Reasoning for Advanced Instruction-Following of Large Language Models and "
                + "Advantage Shaping Policy Optimization (ASPO)", 10));
        List<String> named = result.hits().stream().filter(h -> h.named()).map(h -> h.paper().title().split(":")[0]).toList();
        assertTrue(named.containsAll(List.of("Right Question is Already Half the Answer", "Understanding Tool-Integrated Reasoning",
                "Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward",
                "Incentivizing Reasoning for Advanced Instruction-Following of Large Language Models")), named.toString());
    }

    @Test
    void should_name_a_paper_by_a_short_name_of_mixed_case_only_as_it_writes_it() {
        SearchResult star = retriever.search(new SearchRequest("What does STaR do?", 5));
        assertTrue(star.hits().get(0).paper().title().startsWith("Quiet-STaR"), star.hits().get(0).paper().title());
        PaperHit segment = star.hits().stream().filter(h -> h.paper().title().startsWith("StAR:")).findFirst().orElseThrow();
        assertTrue(segment.titleMatch() < 0.9, "StAR ranks, but STaR does not name it");
        assertTrue(top("What does StAR do?").startsWith("StAR:"));
        // Capitals only added or only dropped are the name mistyped, when no other paper is called so.
        for (String typed : List.of("CoLAR", "ReWoo", "ULoRL")) {
            CitationLookup.Lookup cased = new CitationLookup(retriever).byTitle(typed, 1);
            assertTrue(cased.found(), typed + ": " + cased.matches());
        }
        assertTrue(TitleMatches.capitalsNested("CoLaR", "CoLAR"));
        assertFalse(TitleMatches.capitalsNested("STaR", "StAR"));
        // Quiet-STaR generalises STaR, which the collection lacks: "STaR" names neither paper, and introduced by none.
        CitationLookup.Lookup lookup = new CitationLookup(retriever).byTitle("STaR", 3);
        assertFalse(lookup.found(), () -> lookup.matches().toString());
        // A common word that is a paper's name, beside a word its title lacks, names no paper: as if Quiet-STaR were gone.
        CitationLookup.Lookup noisy = new CitationLookup(retriever).byTitle("noisy star", 3);
        assertFalse(noisy.found(), () -> noisy.matches().toString());
        // A title that holds another whole short title is its own: "Weak-to-Strong Reasoning" lies within this one's words.
        CitationLookup.Lookup cut = new CitationLookup(retriever).byTitle("Incentivizing Strong Reasoning from Weak", 3);
        assertTrue(cut.found() && cut.matches().get(0).hit().paper().title().startsWith("Incentivizing Strong Reasoning from Weak Supervision"),
                () -> cut.matches().toString());
        // A name said with what its paper is about: another paper of the name, when this one's abstract says little of it.
        CitationLookup.Lookup atlas = new CitationLookup(retriever).byTitle("the ATLAS paper on retrieval-augmented few-shot learning", 3);
        assertFalse(atlas.found(), () -> atlas.matches().toString());
        CitationLookup.Lookup titans = new CitationLookup(retriever).byTitle("the Titans paper about memory", 3);
        assertTrue(titans.found() && titans.matches().get(0).hit().paper().title().startsWith("Titans"), () -> titans.matches().toString());
        // "the paper about" the words of a subtitle: they start it, as the words after "the paper" would; a title's own "On" stays its start.
        for (String about : List.of("the paper about lagged kv eviction", "a paper on the Provable Advantage of Unsupervised")) {
            CitationLookup.Lookup described = new CitationLookup(retriever).byTitle(about, 3);
            assertTrue(described.found(), () -> about + ": " + described.matches());
        }
        CitationLookup.Lookup midWord = new CitationLookup(retriever).byTitle("The Entropy Mechanism of Reinforcement Learning fo", 3);
        assertTrue(midWord.found() && midWord.matches().get(0).hit().paper().title().startsWith("The Entropy Mechanism"), () -> midWord.matches().toString());
        assertFalse(retriever.search(new SearchRequest("Which paper introduced STaR?", 5)).covered());
        // A name typed in lower case, as chat is: no paper writes "self-refine", while papers write "chain-of-thought";
        // a topic's words are no name ("collapse of entropy" is written "entropy collapse").
        assertFalse(retriever.search(new SearchRequest("what is self-refine?", 8)).covered());
        assertTrue(retriever.search(new SearchRequest("what is chain-of-thought?", 8)).covered());
        assertTrue(retriever.search(new SearchRequest("explain collapse of entropy", 8)).covered());
        assertTrue(retriever.search(new SearchRequest("what is role of entropy?", 8)).covered());
        SearchResult proposed = retriever.search(new SearchRequest("Which paper proposed Markovian Thinking?", 5));
        assertTrue(proposed.covered() && proposed.hits().get(0).paper().title().startsWith("The Markovian Thinker"), "\"We propose Markovian Thinking\"");
        assertTrue(top("what is star").startsWith("StAR:"), "a name typed in lower case names it as before");
    }

    /** "flip" is in no abstract, "flipping" is: the stemmer's gap is no word the collection lacks. */
    @Test
    void should_take_a_word_whose_inflection_the_collection_uses_for_one_it_has() {
        SearchResult found = retriever.search(new SearchRequest("you can flip almost half the rewards and RL still works", 5));
        assertTrue(found.covered(), found.toString());
        assertTrue(found.hits().get(0).paper().title().startsWith("The Climb Carves Wisdom"), found.hits().get(0).paper().title());
        assertFalse(retriever.search(new SearchRequest("how do proteins fold?", 5)).covered());
    }

    /** "beat" is in no abstract, "surpassing" is: an everyday word for a formal one is no word the collection lacks. */
    @Test
    void should_take_an_everyday_word_whose_formal_word_the_collection_uses_for_one_it_has() {
        SearchResult found = retriever.search(new SearchRequest("A small model trained with RL for $42 beat o1-preview.", 5));
        assertTrue(found.covered(), found.toString());
        assertTrue(found.hits().get(0).paper().title().startsWith("Reinforcement Learning for Reasoning in Small LLMs"), found.hits().get(0).paper().title());
        assertFalse(retriever.search(new SearchRequest("which robots beat humans at table tennis?", 5)).covered(), "the topic is still absent");
        assertEquals(List.of("outperform", "surpass", "exceed"), PlainWords.formal("beat"));
        assertEquals(List.of(), PlainWords.formal("protein"));
    }

    /** No abstract holds an emoji, which is no word the collection lacks: the question is judged as without it. */
    @Test
    void should_judge_a_question_with_emoji_as_one_without() {
        String plain = "which papers count hidden tokens?";
        SearchResult without = retriever.search(new SearchRequest(plain, 5));
        assertTrue(without.covered());
        for (String decorated : List.of("\uD83E\uDD14 " + plain + " \uD83D\uDCB8", plain + " \u2728\u2728", "\u2764\uFE0F " + plain)) {
            SearchResult with = retriever.search(new SearchRequest(decorated, 5));
            assertTrue(with.covered(), decorated);
            assertEquals(without.hits().get(0).paper().id(), with.hits().get(0).paper().id(), decorated);
        }
    }

    @Test
    void should_not_cover_a_question_about_a_name_that_no_paper_it_finds_mentions() {
        for (String absent : List.of("What does Tree of Thoughts do?", "What does Chain-of-Verification do?",
                "Which paper introduced the Tree of Thoughts framework?", "What accuracy does Toolformer reach on math word problems?",
                // Datarus-R1 mentions "ReAct-tagged steps"; no paper here introduces ReAct.
                "Which paper introduced ReAct?",
                // ARM introduces Ada-GRPO, "an adaptation of Group Relative Policy Optimization (GRPO)": GRPO is what it adapts.
                "Which paper introduced GRPO?")) {
            assertFalse(retriever.search(new SearchRequest(absent, 5)).covered(), absent);
        }
        for (String present : List.of("What is Coconut?", "What is Self-Consistency?", "What does Quiet-STaR do?", "How do LLMs work?",
                "Which paper introduced the Quiet-STaR method?", "What accuracy does EMPO reach on math?", "Which paper introduced Ada-GRPO?")) {
            assertTrue(retriever.search(new SearchRequest(present, 5)).covered(), present);
        }
    }

    @Test
    void should_find_the_source_of_a_claim_with_a_wrong_figure_and_name_the_figure() {
        CitationLookup lookup = new CitationLookup(retriever);
        for (String claim : List.of("EMPO raises Qwen 2.5 from 30.7% to 58.1%",
                // Not named, and its wrong figure is a word no abstract writes: still on the subject, not an unknown one.
                "A vision-language model went from 64.3% to 78.0% on MMMU thanks to RL post-training.",
                "Quiet-STaR gives zero-shot improvements on GSM8K (5.9% to 12.9%) and CommonsenseQA (36.3% to 47.2%)")) {
            CitationLookup.Lookup found = lookup.byClaim(claim, 3);
            assertTrue(found.found(), () -> claim + " -> " + found);
            CitationLookup.Match best = found.matches().get(0);
            assertTrue(best.unstated().size() == 1 && claim.contains(best.unstated().get(0)), () -> claim + " -> " + best);
            assertTrue(best.confidence() <= 0.5, "on the subject, not the source");
        }
        assertTrue(lookup.byClaim("EMPO raises Qwen 2.5 from 30.7% to 58.1%", 3).matches().get(0).hit().paper().title()
                .startsWith("Right Question is Already Half the Answer"));
        assertFalse(lookup.byClaim("GPT-4 passes the bar exam", 3).found());
        // Pasted from a PDF: the claim is read, and shown again, with its broken word whole.
        CitationLookup.Lookup broken = lookup.byClaim("Low-probability tokens sustain explo-\nration in RL.", 3);
        assertEquals("Low-probability tokens sustain exploration in RL.", broken.query());
        assertTrue(broken.matches().get(0).hit().paper().title().startsWith("Low-probability Tokens"), broken.toString());
        // EMPO states these figures, but the claim names Lp-Reg: no paper is its source.
        CitationLookup.Lookup misattributed = lookup.byClaim("Lp-Reg boosts Qwen2.5-Math-7B from 30.7% to 48.1% on math benchmarks.", 3);
        assertTrue(misattributed.matches().stream().allMatch(m -> m.confidence() <= 0.5), misattributed.toString());
    }

    /** Of the source's sentences, the one that states the claim's figure is quoted, however the claim writes it. */
    @Test
    void should_quote_the_sentence_that_states_a_claims_figure() {
        CitationLookup lookup = new CitationLookup(retriever);
        for (String claim : List.of("Social-Chem-101 contains about 292 thousand rules of thumb.", "Social-Chem-101 contains about 292,000 rules of thumb.")) {
            CitationLookup.Match best = lookup.byClaim(claim, 3).matches().get(0);
            assertTrue(best.hit().paper().title().startsWith("Social Chemistry 101") && best.sentence().text().contains("292k"), claim + " -> " + best);
            assertEquals(List.of(), best.unstated(), claim);
        }
        assertEquals(List.of("300k"), lookup.byClaim("Social-Chem-101 contains about 300 thousand rules of thumb.", 3).matches().get(0).unstated());
    }

    /** "24%" is stated by First Try Matters' "24.5%", not by InfiMM-WebMath's "24 million web pages": the source comes first. */
    @Test
    void should_put_the_paper_that_states_a_claim_s_figure_with_its_unit_first() {
        CitationLookup lookup = new CitationLookup(retriever);
        CitationLookup.Lookup found = lookup.byClaim("Dynamically truncating reflections cuts reasoning tokens by 24% on math datasets", 3);
        CitationLookup.Match best = found.matches().get(0);
        assertTrue(best.hit().paper().title().startsWith("First Try Matters"), found.toString());
        assertEquals(List.of(), best.unstated());
        CitationLookup.Match pages = found.matches().stream().filter(m -> m.hit().paper().title().startsWith("InfiMM-WebMath")).findFirst().orElseThrow();
        assertEquals(List.of("24"), pages.unstated(), "24 million is no 24%");
        assertEquals(List.of("7"), lookup.byClaim("ReWOO achieves 7x token efficiency on HotpotQA", 3).matches().get(0).unstated(),
                "its 7B model is no 7x");
    }

    /** A claim that swaps a model or benchmark ("GPT-4o" for o3-mini) is on the subject, not stated; nor is a figure stated of another method. */
    @Test
    void should_name_the_models_and_benchmarks_a_claim_gives_that_its_paper_never_writes() {
        CitationLookup lookup = new CitationLookup(retriever);
        CitationLookup.Match swapped = lookup.byClaim("GPT-4o's accuracy drops sharply from 86.6% on the original I-RAVEN", 3).matches().get(0);
        assertTrue(swapped.hit().paper().title().startsWith("Can Large Reasoning Models do Analogical"), swapped.toString());
        assertEquals(List.of("GPT-4o"), swapped.unstated(), "the abstract's model is o3-mini");
        assertTrue(swapped.confidence() <= 0.5, swapped.toString());
        CitationLookup.Match benchmark = lookup.byClaim("Quiet-STaR shows zero-shot improvements on GSM8K and HellaSwag", 3).matches().get(0);
        assertTrue(benchmark.hit().paper().title().startsWith("Quiet-STaR"), benchmark.toString());
        assertEquals(List.of("HellaSwag"), benchmark.unstated());
        // LightReasoner states a 90% cut in time, but never names Latent-Trajectory signals.
        CitationLookup.Match other = lookup.byClaim("Latent-Trajectory signals reduce token usage by up to 90% compared to majority voting", 3).matches().get(0);
        assertTrue(other.confidence() <= 0.5, other.toString());
        // A method credited to a paper that never names it, when another paper found does: Delethink is the Markovian Thinker's.
        CitationLookup.Lookup credited = lookup.byClaim("Quiet-STaR introduced Delethink, an RL environment that splits reasoning into fixed-size chunks.", 3);
        CitationLookup.Match quiet = credited.matches().stream().filter(m -> m.hit().paper().title().startsWith("Quiet-STaR")).findFirst().orElseThrow();
        assertEquals(List.of("Delethink"), quiet.unstated());
        assertTrue(credited.matches().stream().allMatch(m -> m.confidence() <= 0.5), credited.matches().toString());
        assertEquals(List.of(), lookup.byClaim("Delethink splits reasoning into fixed-size chunks.", 3).matches().get(0).unstated(), "its own paper");
        List<String> versioned = lookup.byClaim("Flipping 40% of reward outputs makes Qwen-2.5-7B collapse to 0% on math.", 3).matches().get(0).unstated();
        assertTrue(versioned.stream().noneMatch(name -> name.equals("Qwen-2")), "a part of a versioned name is none of its own: " + versioned);
    }

    /** A wrong figure of a paper the claim names: that paper first, quoted by its sentence with the figure of that kind (1.7%). */
    @Test
    void should_show_a_wrong_figure_s_paper_by_its_figure_of_that_kind() {
        CitationLookup.Match best = new CitationLookup(retriever)
                .byClaim("Cliff-as-a-Judge restores safety using just 17% of standard safety training data", 3).matches().get(0);
        assertTrue(best.hit().paper().title().startsWith("Refusal Falls off a Cliff"), best.toString());
        assertEquals(List.of("17"), best.unstated());
        assertTrue(best.sentence().text().contains("1.7%"), best.sentence().text());
    }

    @Test
    void should_not_credit_a_claim_opening_with_one_paper_s_name_to_another_paper_s_figure() {
        CitationLookup lookup = new CitationLookup(retriever);
        // "Datarus" is Datarus-R1's word, not its indexed name; Aware First's "49.27% reduction" is another paper's figure.
        CitationLookup.Match misread = lookup.byClaim("Datarus improves accuracy by 49%", 3).matches().get(0);
        assertTrue(misread.hit().paper().title().startsWith("Datarus-R1"), misread.toString());
        assertEquals(List.of("accuracy by 49%"), misread.unstated());
        CitationLookup.Match stated = lookup.byClaim("Datarus emits up to 49% fewer tokens", 3).matches().get(0);
        assertTrue(stated.hit().paper().title().startsWith("Datarus-R1"), stated.toString());
        assertEquals(List.of(), stated.unstated());
    }

    @Test
    void should_say_when_a_claim_s_closest_sentence_says_the_opposite() {
        CitationLookup lookup = new CitationLookup(retriever);
        List<CitationLookup.Match> matches = lookup.byClaim("Orca 2 does not surpass models of similar size", 3).matches();
        assertEquals(1, matches.stream().filter(m -> m.opposes() != null).count(), "only of the paper the claim names: " + matches);
        CitationLookup.Match denied = matches.get(0);
        assertTrue(denied.hit().paper().title().startsWith("Orca 2"), denied.toString());
        assertEquals("the cited sentence says it does (\"surpass\")", denied.opposes());
        assertTrue(denied.confidence() <= 0.5, "on the subject, not the source: " + denied.confidence());
        // A result said the other way round: the paper's title says it; its sentence calls the claim's subject a problem; "degrading" of "maintaining".
        for (String reversed : List.of("Low-probability tokens hinder exploration in RLVR.", "Entropy collapse improves downstream performance.",
                "LazyEviction reduces KV cache size by 50% while substantially degrading accuracy.")) {
            CitationLookup.Match match = lookup.byClaim(reversed, 3).matches().get(0);
            assertTrue(match.opposes() != null && match.confidence() <= 0.5, reversed + ": " + match);
        }
        CitationLookup.Match stated = lookup.byClaim("Orca 2 surpasses models of similar size", 3).matches().get(0);
        assertNull(stated.opposes());
        assertTrue(stated.confidence() > 0.5, stated.toString());
        // The closest sentence sets the study up; another, of DeepSeek-R1 and in the claim's words, says "underperforms".
        CitationLookup.Match contrary = lookup.byClaim("DeepSeek-R1 outperforms its non-reasoning variant at evaluating machine translation.", 3).matches().get(0);
        assertEquals("the cited sentence says the opposite (\"underperform\")", contrary.opposes(), contrary.toString());
        assertTrue(contrary.sentence().text().contains("DeepSeek-R1 underperforms compared to its non-reasoning variant"), contrary.sentence().text());
        assertTrue(contrary.confidence() <= 0.5, contrary.toString());
        // The problem a paper starts from ("increased key-value (KV) cache size") is no opposite of what its method does.
        assertNull(lookup.byClaim("LazyEviction reduces KV cache size by 50% through lagged eviction.", 3).matches().get(0).opposes());
    }

    /** A claim that credits one paper's figures to another: the paper that states them comes first, and a notice says so. */
    @Test
    void should_put_first_the_paper_that_states_what_a_claim_credits_to_another() {
        CitationLookup.Lookup lookup = new CitationLookup(retriever)
                .byClaim("SpecReason uses a 32B model to lift a 1.5B model's MATH500 accuracy from 83.2% to 89.4%.", 3);
        assertTrue(lookup.matches().get(0).hit().paper().title().startsWith("Speculative Thinking"), lookup.matches().toString());
        assertEquals(1, lookup.notices().size(), lookup.notices().toString());
        assertTrue(lookup.notices().get(0).startsWith("The claim names \"SpecReason"), lookup.notices().get(0));
        assertTrue(lookup.notices().get(0).contains("\"Speculative Thinking"), lookup.notices().get(0));
        CitationLookup.Lookup right = new CitationLookup(retriever).byClaim("EMPO boosts Qwen2.5-Math-7B from 30.7% to 48.1% on math.", 3);
        assertEquals(List.of(), right.notices(), "the paper named states it");
        // The other paper lacks only the name, as the named one lacks a figure: it is closer in words, so it is the source.
        CitationLookup.Lookup swapped = new CitationLookup(retriever).byClaim("R2R cuts reasoning tokens by 24.5% by truncating reflections.", 3);
        assertTrue(swapped.matches().get(0).hit().paper().title().startsWith("First Try Matters"), swapped.matches().toString());
        assertTrue(swapped.notices().get(0).startsWith("The claim names \"R2R"), swapped.notices().toString());
        // Small LLMs' 80% is AMC23 accuracy, no inference cost: Hawkeye's own wrong figure, as the chat says.
        CitationLookup.Lookup otherKind = new CitationLookup(retriever).byClaim("Hawkeye cuts inference cost by up to 80%", 3);
        assertEquals(List.of(), otherKind.notices());
        assertTrue(otherKind.matches().get(0).hit().paper().title().startsWith("Hawkeye"), otherKind.matches().toString());
        assertEquals(List.of("80"), otherKind.matches().get(0).unstated());
    }

    /** A claim of no figure and no name but the paper's: what it says of that paper, another paper says, in rarer words than the named one has. */
    @Test
    void should_put_first_the_paper_that_says_what_a_claim_of_words_credits_to_another() {
        CitationLookup lookup = new CitationLookup(retriever);
        CitationLookup.Lookup forking = lookup.byClaim("EMPO restricts policy gradient updates to high-entropy forking tokens.", 3);
        assertTrue(forking.matches().get(0).hit().paper().title().startsWith("Beyond the 80/20 Rule"), forking.matches().toString());
        CitationLookup.Match empo = forking.matches().stream().filter(m -> m.hit().paper().abstractText().contains("(EMPO)")).findFirst().orElseThrow();
        assertEquals(0.5, empo.confidence(), "no source, however well its name matches");
        assertEquals("forking", empo.unstated().get(0), "the rarest of the words it lacks first: " + empo.unstated());
        assertTrue(forking.notices().get(0).startsWith("The claim names \"Right Question is Already Half the Answer"), forking.notices().toString());
        assertTrue(forking.notices().get(0).contains("the claim may credit the wrong paper"), forking.notices().toString());
        CitationLookup.Lookup entropy = lookup.byClaim("Hawkeye minimizes predictive entropy on unlabeled queries.", 3);
        assertTrue(entropy.matches().get(0).hit().paper().abstractText().contains("(EMPO)"), entropy.matches().toString());
        // What the named paper says, in other words: no other paper is offered.
        for (String own : List.of("Hawkeye uses a large model to write concise instructions for a small model.", "EMPO needs no labels.",
                "EMPO minimizes the predictive entropy of outputs on unlabeled queries.")) {
            CitationLookup.Lookup right = lookup.byClaim(own, 3);
            assertEquals(List.of(), right.notices(), own);
            assertEquals(List.of(), right.matches().get(0).unstated(), own);
        }
    }

    /** "much larger ARMs" is the masked diffusion paper's word for autoregressive models, not a name of MolmoAct's Action Reasoning Models (ARMs). */
    @Test
    void should_not_take_a_word_the_source_writes_for_the_name_of_another_paper() {
        CitationLookup.Lookup lookup = new CitationLookup(retriever).byClaim("Notably, a 1.1B MDM breaks the reverse curse encountered by much larger"
                + " ARMs with significantly more data and computation, such as 13B Llama-2 and 175B GPT-3.", 3);
        assertTrue(lookup.matches().get(0).hit().paper().title().startsWith("Scaling up Masked Diffusion Models"), lookup.matches().toString());
        assertEquals(1.0, lookup.matches().get(0).confidence(), "the sentence itself");
        assertEquals(List.of(), lookup.notices(), "no wrong credit");
    }

    /** "has fueled two prevailing assumptions: (1) reasoning capabilities only emerge in sufficiently large models": MobileLLM-R1 argues against it. */
    @Test
    void should_say_when_a_claim_s_closest_sentence_gives_it_as_a_view_the_paper_examines() {
        CitationLookup lookup = new CitationLookup(retriever);
        CitationLookup.Match view = lookup.byClaim("Reasoning capabilities only emerge in sufficiently large models.", 3).matches().get(0);
        assertTrue(view.hit().paper().title().startsWith("MobileLLM-R1"), view.toString());
        assertTrue(String.valueOf(view.opposes()).contains("(\"prevailing assumptions\")"), view.toString());
        assertTrue(view.confidence() <= 0.5, view.toString());
    }

    @Test
    void should_quote_what_a_paper_says_rather_than_where_its_code_is() {
        for (String query : List.of("Which papers do reasoning segmentation with multimodal LLMs?", "latent reasoning survey papers")) {
            for (PaperHit hit : retriever.search(new SearchRequest(query, 10)).hits()) {
                assertFalse(hit.bestSentence().text().contains("http"), query + " -> " + hit.paper().title() + ": " + hit.bestSentence().text());
            }
        }
    }

    @Test
    void should_rank_quiet_star_first_for_a_paraphrase() {
        assertTrue(top("language models that learn to think before speaking").startsWith("Quiet-STaR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quiet STaR", "QuietSTaR", "quiet-star", "the quiet star paper", "Quiet-STaT"})
    void should_find_a_title_from_its_name_in_any_spelling(String query) {
        assertTrue(top(query).startsWith("Quiet-STaR"), query + " -> " + top(query));
    }

    /**
     * A short name written in capitals with two neighbouring letters swapped ranks its paper first, not found, as another
     * paper may have that name ("CRAFT" is not CARFT); written in lower case, or with a letter changed, it does not rank it.
     */
    @Test
    void should_rank_first_a_short_name_with_two_letters_swapped_but_not_name_it() {
        CitationLookup lookup = new CitationLookup(retriever);
        for (String typed : List.of("EPMO|Right Question", "the EMOP paper|Right Question", "ATLSA|ATLAS", "CoLrA|Think Silently")) {
            String[] parts = typed.split("\\|");
            CitationLookup.Lookup found = lookup.byTitle(parts[0], 1);
            assertTrue(!found.found() && found.matches().get(0).hit().paper().title().startsWith(parts[1]), typed + ": " + found.matches());
        }
        for (String typed : List.of("EMPA", "epmo")) {
            assertFalse(lookup.byTitle(typed, 1).matches().get(0).hit().paper().title().startsWith("Right Question"), typed);
        }
    }

    /** A title remembered with its words inflected otherwise is found: "teaching themselves" for "Teach Themselves". */
    @Test
    void should_find_a_title_remembered_with_its_words_inflected_otherwise() {
        CitationLookup.Lookup lookup = new CitationLookup(retriever).byTitle("language models teaching themselves to think before speaking", 3);
        assertTrue(lookup.found() && lookup.matches().get(0).hit().paper().title().startsWith("Quiet-STaR"), lookup.toString());
    }

    /** "GPT4" is how many write "GPT-4", and "InternVL 3.5" how some write "InternVL3.5": each finds the title, which a lookup takes. */
    @ParameterizedTest
    @ValueSource(strings = {"GPT4 Doesn't Know It's Wrong", "GPT 4 doesnt know its wrong", "InternVL 3.5: Advancing Open-Source Multimodal Models"})
    void should_find_a_title_whose_version_number_is_written_apart_or_joined(String query) {
        CitationLookup.Match first = new CitationLookup(retriever).byTitle(query, 3).matches().get(0);
        assertTrue(first.hit().paper().title().startsWith(query.startsWith("GPT") ? "GPT-4 Doesn't Know" : "InternVL3.5"), query + " -> " + first);
        assertEquals(1.0, first.confidence(), query);
    }

    /** A short title quoted whole ("The Markovian Thinker") leaves the name another title gives before its colon beside it. */
    @Test
    void should_keep_a_titles_name_given_beside_another_title_quoted_whole() {
        SearchResult compared = retriever.search(new SearchRequest("compare Adaptive Deep Reasoning and The Markovian Thinker", 5));
        List<String> named = compared.hits().stream().filter(h -> h.named()).map(h -> h.paper().title()).toList();
        assertEquals(2, named.size(), named.toString());
        assertTrue(named.stream().anyMatch(t -> t.startsWith("Adaptive Deep Reasoning")) && named.contains("The Markovian Thinker"), named.toString());
    }

    @Test
    void should_take_a_quoted_title_over_the_name_of_another_paper_inside_it() {
        // The subtitle of TraPO ends with "Boosting LLM Reasoning", the name before another title's colon.
        CitationLookup lookup = new CitationLookup(retriever);
        for (String query : List.of("A Semi-Supervised Reinforcement Learning Framework for Boosting LLM Reasoning",
                "TraPO: A Semi-Supervised Reinforcement Learning Farmework for Boosting LLM Reasoning")) {
            String first = lookup.byTitle(query, 3).matches().get(0).hit().paper().title();
            assertTrue(first.startsWith("TraPO"), query + " -> " + first);
            assertTrue(top(query).startsWith("TraPO"), query + " -> " + top(query));
        }
        assertTrue(lookup.byTitle("Boosting LLM Reasoning", 3).matches().get(0).hit().paper().title().startsWith("Boosting LLM Reasoning: Push"));
        CitationLookup.Lookup reference = lookup.byTitle("Zelikman et al. 2024. Quiet-STaR: Language Models Can Teach Themselves to Think "
                + "Before Speaking. COLM 2024.", 3);
        assertTrue(reference.found() && reference.matches().get(0).hit().paper().title().startsWith("Quiet-STaR"), "a pasted reference: " + reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"veri reason=VeriReason:", "Veri-Reason=VeriReason:", "dont overthink it=Don't Overthink it.", "dont overthink=Don't Overthink it.", "internvl 3.5=InternVL3.5:",
            "Don't Overthink It: preferring shorter chains=Don't Overthink it.",
            "What makes Reasoning Models Different=What makes Reasoning Models Different?",
            "Disentangling Reasoning Capabilities from Language Models=Disentangling Reasoning Capabilities from Language Models with",
            // A dash ends a first clause as a colon does; a British spelling is searched as the American one the title uses.
            "o3 mini thinks harder not longer=The Relationship Between Reasoning and Performance",
            "reasoning or memorisation=Reasoning or Memorization?", "masked thoughts=Masked Thought:",
            // Keywords, the function words left out.
            "survey latent reasoning=A Survey on Latent Reasoning", "learning peers reasoning models=Learning from Peers in Reasoning Models",
            // A word remembered by its start: "markov" begins the title's "Markovian" and no other title word; "lazy evict", joined, "LazyEviction".
            "markov thinker=The Markovian Thinker", "Lazy Evict=LazyEviction:",
            // A title cut mid-word, as a PDF line or a reference ends it: the word it begins is searched, and the cut start still ends it.
            "Generative Adversarial Reasoner: Enhanci=Generative Adversarial Reasoner:", "Low-probability Tokens Sustain Explorati=Low-probability Tokens"})
    void should_look_up_a_title_by_its_start_or_its_name_spelt_apart(String queryAndTitle) {
        String[] parts = queryAndTitle.split("=");
        CitationLookup.Lookup lookup = new CitationLookup(retriever).byTitle(parts[0], 3);
        assertTrue(lookup.found(), parts[0]);
        assertTrue(lookup.matches().get(0).hit().paper().title().startsWith(parts[1]), parts[0] + " -> " + lookup.matches().get(0).hit().paper().title());
        assertTrue(lookup.matches().get(0).confidence() > lookup.matches().get(1).confidence(), lookup.matches().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tree of thoughts", "Let's verify step by step", "Scaling laws for neural language models",
            "ReAct: Synergizing Reasoning and Acting in Language Models", "Training verifiers to solve math word problems",
            "ReFT: Representation Finetuning for Language Models", "SEAL: Self-Adapting Language Models",
            "STaR: Bootstrapping Reasoning With Reasoning", "Large Language", "Don't Think",
            // Other versions of papers the collection has.
            "Skywork R1V2", "InternVL2", "InternVL 2.5", "InternVL 3", "VisualQuality-R2", "UniVG-R2", "SoftCoT: Soft Chain-of-Thought for Efficient Reasoning with LLMs",
            // All other words of the title given, the version another.
            "Skywork-R1V2 Technical Report", "InternVL 2.5: Advancing Open-Source Multimodal Models",
            // Long forms papers use, which none introduces: ARM adapts GRPO, and an evaluation presents no LRMs of its own.
            "Group Relative Policy Optimization", "Large Reasoning Models"})
    void should_not_find_a_famous_title_the_collection_lacks_though_its_topic_is_there(String title) {
        CitationLookup.Lookup lookup = new CitationLookup(retriever).byTitle(title, 3);
        assertFalse(lookup.found(), () -> title + " -> " + lookup.matches());
        assertEquals(3, lookup.matches().size(), "papers on its topic are still listed");
        assertTrue(lookup.matches().stream().allMatch(m -> m.confidence() <= 0.6), () -> "below any named paper: " + lookup.matches());
    }

    /** A long form one paper introduces names it, as its acronym does: "we propose Entropy Minimized Policy Optimization (EMPO)". */
    @ParameterizedTest
    @ValueSource(strings = {"Entropy Minimized Policy Optimization=Right Question is Already Half the Answer",
            "chain of continuous thought=Training Large Language Models to Reason in a Continuous Latent Space",
            "Reverse Speculative Decoding=In Their Own Words", "Thread Inference Model=Beyond Context Limits",
            // Marked up ("**Roads to Rome (R2R)**"), or far after an "of" of other words ("a graph view of CoT ... the *Failed-Step Fraction (FSF)*").
            "Roads to Rome=R2R:", "Failed-Step Fraction=What Characterizes Effective Reasoning?"})
    void should_find_a_paper_by_the_long_form_of_the_name_it_introduces(String queryAndTitle) {
        String[] parts = queryAndTitle.split("=");
        CitationLookup.Lookup lookup = new CitationLookup(retriever).byTitle(parts[0], 3);
        assertTrue(lookup.found() && lookup.matches().get(0).hit().paper().title().startsWith(parts[1]), () -> parts[0] + " -> " + lookup.matches());
    }

    @Test
    void should_take_a_name_only_one_paper_defines_for_that_paper_though_a_few_others_use_it() {
        String coconut = "Training Large Language Models to Reason in a Continuous Latent Space";
        SearchResult asked = retriever.search(new SearchRequest("What does Coconut do?", 5));
        assertTrue(asked.covered(), "a question about a named paper is covered");
        assertEquals(coconut, asked.hits().get(0).paper().title());
        CitationLookup.Lookup lookup = new CitationLookup(retriever).byTitle("the coconut paper", 3);
        assertTrue(lookup.found(), () -> lookup.matches().toString());
        assertEquals(coconut, lookup.matches().get(0).hit().paper().title());
        assertFalse(new CitationLookup(retriever).byTitle("DPO-like methods", 3).matches().get(0).confidence() >= 0.9,
                "DPO, which six sample papers use, is a term of the field");
        assertTrue(top("What is MinD?").startsWith("Done Is Better than Perfect"), "a name of its own capitals, though papers say 'mind'");
        assertTrue(new CitationLookup(retriever).byTitle("the MinD paper", 3).found());
        assertTrue(top("theory of mind in embodied agents").startsWith("MindForge"));
    }

    @Test
    void should_not_take_a_common_word_for_the_method_it_names_when_the_question_is_about_something_else() {
        // RICE, STORM, PEAR, ATLAS and StAR are sample papers' method names.
        for (String offTopic : List.of("rice farming yields in Asia", "Rice paddies and the climate", "how do hail storms form?",
                "how do I make pear jam?", "best atlas of the world for kids", "star formation in dwarf galaxies",
                // Words the collection has, but not the named paper.
                "How do I grow a pear tree?", "How hot is a star?", "What causes a storm?", "I broke my arm, what should I do?")) {
            assertFalse(retriever.search(new SearchRequest(offTopic, 5)).covered(), offTopic);
        }
        for (String named : List.of("What does RICE do?", "what does storm do for optimization modeling?")) {
            SearchResult result = retriever.search(new SearchRequest(named, 5));
            assertTrue(result.covered(), named);
            assertTrue(result.hits().get(0).named(), named);
        }
        for (String asked : List.of("what does coconut do?", "who wrote the coconut paper and when was it published?")) {
            assertTrue(retriever.search(new SearchRequest(asked, 5)).hits().get(0).named(), "a name in lower case asked about: " + asked);
        }
        // No abstract writes "wrote": a word that asks for the record is no topic the collection lacks.
        for (String record : List.of("Who wrote the entropy mechanism paper?", "When was the entropy mechanism paper published?")) {
            SearchResult result = retriever.search(new SearchRequest(record, 5));
            assertTrue(result.covered(), record);
            assertTrue(result.hits().get(0).paper().title().startsWith("The Entropy Mechanism"), record);
        }
        assertFalse(retriever.search(new SearchRequest("Who wrote about protein folding in ribosomes?", 5)).covered(), "the topic still counts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fully Unsupervised LLM Reasoning Incentivization=Right Question is Already Half the Answer",
            "LLMs Solve Mental Math at the Last Token=All for One:"})
    void should_find_a_title_from_the_part_after_its_colon_or_its_start(String queryAndTitle) {
        String[] parts = queryAndTitle.split("=");
        CitationLookup.Lookup lookup = new CitationLookup(retriever).byTitle(parts[0], 3);
        assertTrue(lookup.found(), () -> parts[0] + " -> " + lookup.matches());
        assertTrue(lookup.matches().get(0).hit().paper().title().startsWith(parts[1]), () -> parts[0] + " -> " + lookup.matches());
    }

    @Test
    void should_answer_what_an_acronym_stands_for_with_a_sentence_that_spells_it_out() {
        SearchResult result = retriever.search(new SearchRequest("What does GRPO stand for?", 5));
        assertTrue(result.covered(), "a paper spells it out, though the question shares two words with it");
        assertTrue(result.hits().get(0).sentences().get(0).text().contains("Group Relative Policy Optimization (GRPO)"),
                result.hits().get(0).sentences().get(0).text());
        assertFalse(retriever.search(new SearchRequest("What does QXZV stand for?", 5)).covered());
    }

    @Test
    void should_return_sentences_that_are_exact_substrings_of_the_abstract() {
        SearchResult result = retriever.search(new SearchRequest("entropy collapse in reinforcement learning", 10));
        assertEquals(10, result.hits().size());
        for (PaperHit hit : result.hits()) {
            for (SentenceHit s : hit.sentences()) assertEquals(s.text(), hit.paper().abstractText().substring(s.start(), s.end()));
        }
        assertTrue(result.hits().get(0).bestSentence().text().toLowerCase().contains("entropy"));
    }

    @Test
    void should_return_the_first_papers_of_a_longer_list_when_asked_for_fewer() throws Exception {
        // 50 reaches past the papers that the best-sentence bonus looks at.
        for (String line : Files.readAllLines(Path.of(getClass().getResource("/eval/third-sample.jsonl").toURI())).subList(0, 20)) {
            String query = new ObjectMapper().readTree(line).path("question").asText();
            List<String> six = retriever.search(new SearchRequest(query, 6)).hits().stream().map(h -> h.paper().id()).toList();
            List<String> fifty = retriever.search(new SearchRequest(query, 50)).hits().stream().map(h -> h.paper().id()).toList();
            assertEquals(fifty.subList(0, 6), six, query);
        }
    }

    /** A name its abstract writes as one word, spelt apart or hyphenated: no word BM25 holds, but the paper named all the same. */
    @Test
    void should_put_first_the_paper_a_name_spelt_apart_names() {
        for (String query : List.of("What is Layer Cast?", "what is layer-cast", "LayerCast")) {
            SearchResult result = retriever.search(new SearchRequest(query, 5));
            assertTrue(result.covered(), query);
            assertTrue(result.hits().get(0).paper().title().startsWith("Give Me FP32 or Give Me Death?"), query + ": " + result.hits().get(0).paper().title());
        }
    }

    @Test
    void should_list_each_paper_once() {
        SearchResult result = retriever.search(new SearchRequest("chain of thought reasoning", 20));
        assertEquals(result.hits().size(), result.hits().stream().map(h -> h.paper().id()).distinct().count());
    }

    @Test
    void should_apply_organisation_and_date_filters() {
        SearchResult tencent = retriever.search(new SearchRequest("reasoning", 10, new Filters(null, null, "tencent")));
        assertFalse(tencent.hits().isEmpty());
        assertTrue(tencent.hits().stream().allMatch(h -> "Tencent".equals(h.paper().organization())));
        SearchResult spaced = retriever.search(new SearchRequest("reasoning", 10, new Filters(null, null, " Tencent\t")));
        assertEquals(tencent.hits().size(), spaced.hits().size(), "a filter typed with spaces around it is the same filter");

        LocalDate from = LocalDate.of(2025, 6, 1);
        SearchResult recent = retriever.search(new SearchRequest("reasoning", 10, new Filters(from, null, null)));
        assertFalse(recent.hits().isEmpty());
        assertTrue(recent.hits().stream().allMatch(h -> !LocalDate.parse(h.paper().date()).isBefore(from)));

        // "papers" asks for papers: a topic the dates hold is covered whether the question says so or not.
        Filters year2024 = new Filters(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null);
        for (String query : List.of("reasoning", "reasoning papers", "studies of reasoning", "research articles on reasoning")) {
            assertTrue(retriever.search(new SearchRequest(query, 10, year2024)).covered(), query);
        }

        // Words no paper of the dates writes make their nearest papers no evidence, as words the collection lacks do.
        assertFalse(retriever.search(new SearchRequest("Which papers study chain-of-thought distillation?", 10, year2024)).covered(),
                "no paper of 2024 writes of distillation");
        assertTrue(retriever.search(new SearchRequest("Which papers study chain-of-thought distillation?", 10)).covered());

        // Quiet-STaR (2024) is named by the query but outside the dates: it neither shows nor takes a place.
        SearchResult named = retriever.search(new SearchRequest("the quiet star paper", 10, new Filters(from, null, null)));
        assertEquals(10, named.hits().size());
        assertTrue(named.hits().stream().allMatch(h -> !LocalDate.parse(h.paper().date()).isBefore(from)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND ( ] * ~ \"", "title:foo OR -bar^3", "模型推理", "¿Qué es el razonamiento?", "🤖🤖 robots", "a"})
    void should_answer_hostile_and_foreign_queries_without_throwing(String query) {
        SearchResult result = retriever.search(new SearchRequest(query, 5));
        assertTrue(result.hits().size() <= 5);
    }

    /** Punctuation or symbols alone ask nothing: a clear refusal, not papers close to nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"🤖🤖", "?!... ;;; ---", "( ] * ~ \""})
    void should_refuse_a_query_of_no_letters_or_digits(String query) {
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> new SearchRequest(query, 5));
        assertEquals("query holds no letters or digits to search for", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "q", "7", "a b c"})
    void should_not_take_a_lone_letter_or_digit_for_evidence(String query) {
        // Abstracts use "x" and "Q" as variables and labels; a search for one alone is about nothing.
        assertFalse(retriever.search(new SearchRequest(query, 5)).covered(), query);
    }

    @Test
    void should_accept_a_query_of_ten_thousand_characters() {
        String query = "entropy reinforcement learning reasoning ".repeat(250).substring(0, SearchRequest.MAX_QUERY_CHARS);
        assertEquals(5, retriever.search(new SearchRequest(query, 5)).hits().size());
    }

    /** Combining marks stacked by the thousand ("Zalgo" text) are cut to a few: a pattern's word boundary steps back over each. */
    @Test
    void should_search_and_look_up_a_query_of_stacked_combining_marks() {
        String zalgo = "entropy" + "\u0301".repeat(9_990);
        assertEquals("entrop\u00fd" + "\u0301".repeat(3), new SearchRequest(zalgo, 5).query(), "cut, and the first mark composed");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertTrue(retriever.search(new SearchRequest(zalgo, 5)).hits().size() <= 5);
            new CitationLookup(retriever).byTitle(zalgo, 5);
            new CitationLookup(retriever).byClaim("a" + "\u0301".repeat(9_990), 5);
        }, "took 73 s before");
    }

    @Test
    void should_reject_empty_and_oversized_requests_with_the_field_named() {
        assertTrue(assertThrows(InvalidInputException.class, () -> new SearchRequest(" ", 5)).getMessage().contains("query"));
        assertTrue(assertThrows(InvalidInputException.class, () -> new SearchRequest("x".repeat(10_001), 5)).getMessage().contains("10000"));
        assertEquals("k must be between 1 and 50, was 500",
                assertThrows(InvalidInputException.class, () -> new SearchRequest("x", 500)).getMessage());
    }
}
