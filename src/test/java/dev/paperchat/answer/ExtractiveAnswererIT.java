package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.app.SampleIndex;
import dev.paperchat.corpus.Paper;
import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.QuantityQuestion;
import dev.paperchat.retrieve.SearchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractiveAnswererIT {
    private final Assistant assistant = SampleIndex.get().assistant();

    private static Paper paper(Citation c) {
        return SampleIndex.get().index().paper(c.paperId()).orElseThrow();
    }

    @Test
    void should_list_methods_that_avoid_entropy_collapse_citing_only_papers_about_entropy() {
        List<String> streamed = new ArrayList<>();
        Answer answer = assistant.ask(Question.of("which methods avoid entropy collapse?"), streamed::add);
        assertEquals("extractive", answer.mode());
        assertTrue(answer.covered());
        assertTrue(answer.citations().size() >= 3, answer.answer());
        for (Citation c : answer.citations()) {
            assertTrue(paper(c).abstractText().toLowerCase().contains("entropy"), c.title());
            assertEquals(c.sentence(), paper(c).abstractText().substring(c.start(), c.end()));
            assertTrue(answer.answer().contains(c.sentence() + " [" + c.marker() + "]"));
        }
        assertTrue(answer.answer().matches("(?s).*\\([A-Z][A-Za-z-]+\\).*"), "names a method with its acronym: " + answer.answer());
        assertTrue(streamed.size() > 2, "streamed line by line");
        assertEquals(answer.answer(), String.join("", streamed), "the deltas join to the answer exactly");
        // A paper's line says what it does or finds, not the problem it starts from in its own voice ("This paper aims to overcome...").
        Answer longer = assistant.ask(Question.of("which methods avoid entropy collapse in RL for LLMs?"));
        assertTrue(longer.answer().contains("Clip-Cov (also KL-Cov): Experiments show that these methods encourage exploration"), longer.answer());
    }

    /** Whatever kind of answer a question gets, what is streamed of it is that answer: a heading dropped later is never sent. */
    @ParameterizedTest
    @ValueSource(strings = {"What is LLM reasoning?", "What is GRPO?", "What is EMPO?", "Compare Coconut and Quiet-STaR",
            "Who wrote Lp-Reg?", "What is the best learning rate for LoRA on Llama?", "How many papers mention GSM8K?",
            "Is it true that EMPO needs labeled data?", "What is the newest paper in the collection?", "thanks!"})
    void should_stream_exactly_the_answer_it_gives(String question) {
        List<String> streamed = new ArrayList<>();
        Answer answer = assistant.ask(Question.of(question), streamed::add);
        assertEquals(answer.answer(), String.join("", streamed), question);
    }

    @Test
    void should_list_the_papers_nearest_a_named_paper_without_it() {
        Answer coconut = assistant.ask(Question.of("What is Coconut?"));
        String id = coconut.citations().get(0).paperId();
        for (Answer similar : List.of(assistant.ask(Question.of("Find papers similar to Coconut")),
                assistant.ask(new Question("which papers do something similar?", List.of(new Turn("user", "What is Coconut?"),
                        new Turn("assistant", coconut.answer())), 5, AnswerMode.EXTRACTIVE, null)))) {
            assertTrue(similar.answer().startsWith("Papers in the collection nearest to Chain of Continuous Thought (Coconut)"), similar.answer());
            assertTrue(similar.citations().stream().noneMatch(c -> c.paperId().equals(id)), "the paper itself is left out: " + similar.answer());
            long latent = similar.citations().stream().limit(5).map(ExtractiveAnswererIT::paper)
                    .filter(p -> (p.title() + p.abstractText()).toLowerCase().matches("(?s).*(latent|continuous).*")).count();
            assertTrue(latent >= 3, "its neighbours reason in latent space too: " + similar.answer());
            assertTrue(similar.notices().get(0).startsWith("Nearness is by the words and meaning"), similar.notices().toString());
        }
    }

    @Test
    void should_list_the_papers_that_fit_next_when_asked_for_others_after_a_list_and_none_listed_before() {
        Question asked = new Question("which methods avoid entropy collapse?", List.of(), 8, AnswerMode.EXTRACTIVE, null);
        Answer list = assistant.ask(asked);
        List<Turn> history = new ArrayList<>(List.of(new Turn("user", asked.text()), new Turn("assistant", list.answer())));
        Set<String> seen = list.citations().stream().map(Citation::paperId).collect(Collectors.toSet());
        for (String more : List.of("any others?", "show me more")) {
            Answer next = assistant.ask(new Question(more, history, 8, AnswerMode.EXTRACTIVE, null));
            assertTrue(next.answer().startsWith("More papers on \"which methods avoid entropy collapse?\", after the " + seen.size() + " papers listed:"),
                    next.answer());
            assertFalse(next.citations().isEmpty(), next.answer());
            for (Citation c : next.citations()) {
                assertFalse(seen.contains(c.paperId()), "listed before: " + c.title());
                assertEquals(c.sentence(), paper(c).abstractText().substring(c.start(), c.end()));
            }
            next.citations().forEach(c -> seen.add(c.paperId()));
            history.addAll(List.of(new Turn("user", more), new Turn("assistant", next.answer())));
        }
        // A filter after them is the list's question's: "and from Tencent?" had searched "any others?" itself.
        Answer tencent = assistant.ask(new Question("and from Tencent?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(tencent.covered() && tencent.answer().startsWith("Papers in the collection that address this:"), tencent.answer());
        assertTrue(tencent.sources().stream().allMatch(s -> "Tencent".equals(s.organization())), tencent.answer());
        // A list of as many as an answer lists says so; k asks for more lines.
        Answer video = assistant.ask(new Question("papers on video reasoning", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(8, video.citations().stream().map(Citation::paperId).distinct().count(), video.answer());
        assertTrue(video.notices().contains(Assistant.filledList(8)), video.notices().toString());
        Answer longer = assistant.ask(new Question("papers on video reasoning", List.of(), 20, AnswerMode.EXTRACTIVE, null));
        assertTrue(longer.citations().stream().map(Citation::paperId).distinct().count() > 8, longer.answer());
        // A list of figures is whole: "any others?" is told so, not answered with papers below the bound.
        Answer bounded = assistant.ask(Question.of("Which methods cut reasoning tokens by more than 50%?"));
        Answer afterFigures = assistant.ask(new Question("any others?", List.of(new Turn("user", "Which methods cut reasoning tokens by more than 50%?"),
                new Turn("assistant", bounded.answer())), 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(Assistant.OTHER_LIST, afterFigures.answer());
        // Asked first, "any others?" follows up on nothing.
        Answer first = assistant.ask(Question.of("any others?"));
        assertFalse(first.covered());
        assertTrue(first.answer().startsWith("There is no earlier answer to follow up on."), first.answer());
        // After an answer about one paper, "what else?" asks more of it, and there is no list of papers to continue.
        List<Turn> one = List.of(new Turn("user", "What is EMPO?"), new Turn("assistant", assistant.ask(Question.of("What is EMPO?")).answer()));
        Answer ofPaper = assistant.ask(new Question("what else?", one, 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(ofPaper.covered() && ofPaper.citations().stream().allMatch(c -> c.title().startsWith("Right Question is Already Half the Answer")),
                ofPaper.answer());
        Answer others = assistant.ask(new Question("any other papers?", one, 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(Assistant.NO_LIST_TO_CONTINUE, others.answer());
    }

    @Test
    void should_group_the_last_list_s_papers_under_the_groups_named_and_say_it_groups_only_so() {
        Answer list = assistant.ask(Question.of("which methods avoid entropy collapse?"));
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", list.answer()));
        Answer grouped = assistant.ask(new Question("Group these papers by approach: covariance, regularization", history, 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(grouped.answer().startsWith("The papers of the last list under each group"), grouped.answer());
        assertTrue(grouped.answer().contains("\n\n**covariance**\n- ") && grouped.answer().contains("\n\n**regularization**\n"), grouped.answer());
        Set<String> listed = list.citations().stream().map(Citation::paperId).collect(java.util.stream.Collectors.toSet());
        assertFalse(grouped.citations().isEmpty(), grouped.answer());
        for (Citation c : grouped.citations()) {
            assertTrue(listed.contains(c.paperId()), "a paper of the last list: " + c.title());
            assertTrue(grouped.answer().contains(c.sentence() + " [" + c.marker() + "]"));
        }
        Answer unnamed = assistant.ask(new Question("group them by topic", history, 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(unnamed.answer().startsWith("Without an LLM, paperchat sorts papers only into groups it is given."), unnamed.answer());
        assertFalse(unnamed.covered());
        assertEquals(List.of(), unnamed.citations());
    }

    @Test
    void should_answer_a_yes_no_question_about_the_literature_with_its_papers_named() {
        Answer answer = assistant.ask(Question.of("Can a weaker or smaller model be used to make a stronger model reason better?"));
        assertTrue(answer.answer().startsWith("Papers in the collection"), answer.answer());
        assertTrue(answer.citations().size() >= 2, answer.answer());
        // Named by what its abstract introduces, not by a generic acronym it defines on the way.
        assertTrue(answer.answer().contains("- LightReasoner:"), answer.answer());
    }

    @Test
    void should_list_the_papers_of_a_kind_of_work_described_as_in_a_search_box() {
        Answer answer = assistant.ask(Question.of(
                "image captioning models that first assemble a sentence skeleton from specialised modules and then fill in the details"));
        assertTrue(answer.answer().startsWith("Papers in the collection"), answer.answer());
        assertTrue(answer.answer().contains("(CNM)") && answer.answer().contains("(CVLNM)"), answer.answer());

        Answer claim = assistant.ask(Question.of(
                "Sentence-level loops feed on themselves: every extra copy of a sentence raises the odds that the model emits it again."));
        assertFalse(claim.answer().startsWith("Papers in the collection"), "a claim is answered by its paper: " + claim.answer());
    }

    @Test
    void should_state_the_fact_a_question_asks_for() {
        Answer answer = assistant.ask(Question.of("What functional correctness does VeriReason reach on the VerilogEval Machine benchmark?"));
        assertTrue(answer.covered());
        assertTrue(answer.answer().contains("83.1%"), answer.answer());
        assertTrue(answer.answer().startsWith("VeriReason"));
    }

    @Test
    void should_say_an_off_topic_question_is_not_covered() {
        Answer answer = assistant.ask(Question.of("how do proteins fold?"));
        assertFalse(answer.covered());
        assertTrue(answer.answer().startsWith(ExtractiveAnswerer.NOT_COVERED), answer.answer());
        assertTrue(answer.answer().contains("Possibly related"));
        assertFalse(answer.citations().isEmpty());
        assertTrue(answer.citations().stream().noneMatch(Citation::supported), "a related paper's quote is no evidence: " + answer.citations());
    }

    @Test
    void should_number_a_list_from_one_without_gaps_and_stop_at_the_first_paper_too_weak_to_list() {
        for (String question : List.of("Which papers study entropy collapse in RL?", "which methods avoid entropy collapse?",
                "Which papers make chains of thought shorter?")) {
            Answer answer = assistant.ask(Question.of(question));
            assertTrue(answer.answer().startsWith("Papers in the collection that address this:"), answer.answer());
            List<Integer> markers = answer.citations().stream().map(Citation::marker).toList();
            assertEquals(IntStream.rangeClosed(1, markers.size()).boxed().toList(), markers, question + ": " + answer.answer());
        }
    }

    /** A writer asks for the entry to paste: the paper's BibTeX, named and cited, also of "it" and of a list's items. */
    @Test
    void should_give_the_bibtex_entry_of_the_paper_asked_about() {
        Answer coconut = assistant.ask(Question.of("How do I cite Coconut?"));
        assertTrue(coconut.answer().startsWith("The BibTeX entry of Chain of Continuous Thought (Coconut) (\"Training Large Language Models to Reason"
                + " in a Continuous Latent Space\") [1]:\n```bibtex\n% Incomplete: no author names (7 authors); add them before citing.\n@misc{"),
                coconut.answer());
        assertTrue(coconut.answer().endsWith("}\n```"), coconut.answer());
        assertEquals(1, coconut.citations().size());
        List<Turn> history = List.of(new Turn("user", "What is Speculative Thinking?"),
                new Turn("assistant", assistant.ask(Question.of("What is Speculative Thinking?")).answer()));
        Answer it = assistant.ask(new Question("get me the bibtex for it", history, 4, AnswerMode.EXTRACTIVE, null));
        assertTrue(it.answer().startsWith("The BibTeX entry of Speculative Thinking"), it.answer());
        assertTrue(it.answer().contains("title = {{Speculative Thinking: Enhancing Small-Model Reasoning"), it.answer());
        assertFalse(assistant.ask(Question.of("Which papers cite Quiet-STaR?")).answer().contains("```"), "papers that cite it are no entry");
        // Of a list's first two: a line each, its marker on the line that names the paper, its entry below.
        Answer list = assistant.ask(Question.of("which methods avoid entropy collapse?"));
        Answer two = assistant.ask(new Question("bibtex for the first two", List.of(new Turn("user", "which methods avoid entropy collapse?"),
                new Turn("assistant", list.answer())), 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(2, two.answer().split("```bibtex", -1).length - 1, two.answer());
        assertTrue(two.answer().startsWith("- ") && two.answer().matches("(?s).*Its BibTeX entry \\[1]:\n```bibtex\n(%[^\n]*\n)?@.*")
                && two.answer().matches("(?s).*Its BibTeX entry \\[2]:\n```bibtex\n(%[^\n]*\n)?@.*"), two.answer());
        // Titles with "and" and commas in them ("Don't Think Longer, Think Wisely", "Exploring and Exploiting...") are taken by their lines.
        String overthinking = "Which papers reduce overthinking in reasoning models?";
        Answer listed = assistant.ask(Question.of(overthinking));
        List<Turn> after = List.of(new Turn("user", overthinking), new Turn("assistant", listed.answer()));
        Answer pair = assistant.ask(new Question("bibtex for the first two", after, 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(listed.citations().stream().map(Citation::paperId).distinct().limit(2).toList(),
                pair.citations().stream().map(Citation::paperId).toList(), pair.answer());
        Answer apart = assistant.ask(new Question("bibtex for papers 1 and 3", after, 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(2, apart.answer().split("```bibtex", -1).length - 1, apart.answer());
        assertTrue(apart.notices().isEmpty(), "no claim read into the titles: " + apart.notices());
    }

    @Test
    void should_say_that_the_abstract_of_the_paper_named_does_not_state_the_figure_asked_for() {
        Answer answer = assistant.ask(Question.of("What learning rate did EMPO use?"));
        assertFalse(answer.covered());
        assertTrue(answer.answer().startsWith("The abstract of Entropy Minimized Policy Optimization (EMPO) (\"Right Question is Already Half"
                + " the Answer: Fully Unsupervised LLM Reasoning Incentivization\") does not state the figure asked for"), answer.answer());
        assertTrue(answer.answer().contains("Possibly related"), answer.answer());
    }

    @Test
    void should_say_that_the_paper_named_never_mentions_the_benchmark_a_figure_is_asked_on() {
        Answer answer = assistant.ask(Question.of("What did Klear-Reasoner score on GSM8K?"));
        assertFalse(answer.covered(), "its AIME and LiveCodeBench scores are no GSM8K score");
        assertTrue(answer.answer().contains("does not mention GSM8K, so it gives no figure on it"), answer.answer());
        assertTrue(assistant.ask(Question.of("What did Klear-Reasoner score on AIME 2025?")).answer().contains("83.2%"));
        // A model no paper found writes: SWE-RL's 41.0% on SWE-bench Verified is its own model's, no score of GPT-5.
        Answer other = assistant.ask(Question.of("What did GPT-5 score on SWE-bench Verified?"));
        assertFalse(other.covered(), other.answer());
        assertTrue(other.answer().startsWith("The paper that fits the question best does not mention GPT-5"), other.answer());
    }

    @Test
    void should_list_papers_asked_for_with_a_figure_of_each_and_find_the_source_of_a_claim_however_asked() {
        Answer answer = assistant.ask(Question.of("Which papers reduce the length of chains of thought, and what speedups do they report?"));
        assertTrue(answer.covered(), answer.answer());
        assertTrue(answer.answer().startsWith("Papers in the collection that address this:"), answer.answer());
        assertTrue(answer.citations().stream().anyMatch(c -> c.sentence().matches(".*\\d.*") && QuantityQuestion.statesChange(c.sentence())), answer.answer());
        // A line's added sentence gives a result's figure, a share or a factor: not "pass@1 gains" or "parallelism to 1".
        Map<Integer, List<Citation>> lines = answer.citations().stream().collect(Collectors.groupingBy(Citation::marker));
        lines.values().stream().filter(cited -> cited.size() > 1).forEach(cited -> assertTrue(
                cited.get(1).sentence().matches("(?s).*\\d(?:[.,]\\d+)?\\s*(?:%|x\\b|times|-?fold).*"), cited.get(1).sentence()));
        for (String asked : List.of("Which paper says that", "Who said that", "Where did I read that")) {
            Answer source = assistant.ask(Question.of(asked + " reasoning models often overthink simple problems?"));
            assertTrue(source.covered(), asked + ": " + source.answer());
        }
    }

    @Test
    void should_ask_the_question_before_again_of_the_organisation_a_follow_up_names() {
        String asked = "Which papers study entropy collapse, and what do they propose?";
        List<Turn> history = List.of(new Turn("user", asked), new Turn("assistant", assistant.ask(Question.of(asked)).answer()));
        Answer tencent = assistant.ask(new Question("What about Tencent?", history, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(asked, tencent.question(), "its 'they' read as it was then, not as the papers answered since");
        assertTrue(tencent.notices().contains("\"Tencent\" in the question was read as a filter: only papers from that organisation were searched."),
                tencent.notices().toString());
        assertTrue(tencent.sources().stream().allMatch(s -> "Tencent".equals(s.organization())), tencent.sources().toString());
        // "and from Microsoft?" next asks the same question again, not it joined to "What about Tencent?", whose word would be searched.
        List<Turn> twice = new ArrayList<>(history);
        twice.addAll(List.of(new Turn("user", "What about Tencent?"), new Turn("assistant", tencent.answer())));
        Answer microsoft = assistant.ask(new Question("and from Microsoft?", twice, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(asked, microsoft.question());
        assertFalse(microsoft.sources().isEmpty());
        assertTrue(microsoft.sources().stream().allMatch(s -> "Microsoft".equals(s.organization())), microsoft.sources().toString());
    }

    /** Within a year's few papers, those that share only "reasoning" with the question are not listed under the one on its topic. */
    @Test
    void should_list_only_the_papers_of_a_year_that_fit_the_topic() {
        Answer dated = assistant.ask(Question.of("Which papers from 2024 study latent reasoning?"));
        assertTrue(dated.answer().contains("Coconut"), dated.answer());
        for (Citation c : dated.citations()) {
            assertTrue(paper(c).abstractText().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:latent|continuous)\\b.*"), c.title());
        }
    }

    @Test
    void should_ask_the_question_before_again_of_the_year_a_follow_up_names() {
        String asked = "Which papers study latent reasoning in continuous space?";
        List<Turn> history = List.of(new Turn("user", asked), new Turn("assistant", assistant.ask(Question.of(asked)).answer()));
        Answer dated = assistant.ask(new Question("what about the 2024 ones?", history, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(asked, dated.question());
        assertTrue(dated.notices().stream().anyMatch(n -> n.startsWith("\"from 2024\" in the question was read as a date filter")), dated.notices().toString());
        assertTrue(dated.sources().stream().allMatch(s -> s.date() != null && s.date().startsWith("2024")), dated.sources().toString());
        assertTrue(dated.answer().contains("Coconut"), dated.answer());
    }

    /** "tell me more" about a paper gives what it found too, when the sentences that fit best state no result. */
    @Test
    void should_tell_more_of_a_paper_with_its_result() {
        Answer more = assistant.ask(Question.of("tell me more about UloRL"));
        assertTrue(more.citations().stream().anyMatch(c -> c.sentence().contains("2.06x increase in training speed")), more.answer());
        assertTrue(more.citations().stream().allMatch(c -> c.title().startsWith("UloRL")), more.answer());
    }

    /** The newest and the oldest paper are read from the records' dates, cited, with how many records give no year. */
    @Test
    void should_name_the_newest_and_oldest_paper_by_their_records() {
        Answer newest = assistant.ask(Question.of("What is the newest paper in the collection?"));
        assertTrue(newest.covered(), newest.answer());
        assertTrue(newest.answer().startsWith("The newest paper in the collection, by the dates its records give: \"Fantastic Reasoning Behaviors"), newest.answer());
        assertTrue(newest.answer().contains("2025-12-30") && newest.answer().matches("(?s).*\\d+ papers' records give no year, so they were not weighed\\."),
                newest.answer());
        assertEquals(1, newest.citations().size());
        assertTrue(newest.citations().get(0).title().startsWith("Fantastic Reasoning Behaviors"));
        Answer oldest = assistant.ask(Question.of("which is the oldest paper?"));
        assertTrue(oldest.answer().contains("Pix2Shape") && oldest.answer().contains("2020-03-22"), oldest.answer());
    }

    /** The newest paper on a topic is read from the dates of the papers that fit it best, not from the whole collection's. */
    @Test
    void should_name_the_oldest_paper_on_a_topic_among_those_that_fit_it() {
        Answer oldest = assistant.ask(Question.of("What is the oldest paper about chain-of-thought?"));
        assertTrue(oldest.answer().startsWith("Of the 8 papers that fit \"chain-of-thought\" best, the earliest by its record is"), oldest.answer());
        List<String> dates = oldest.citations().stream().map(ExtractiveAnswererIT::paper).map(Paper::date)
                .filter(date -> date != null && date.matches("\\d{4}.*")).toList();
        assertTrue(dates.size() >= 2, oldest.answer());
        assertEquals(dates.stream().sorted().toList(), dates, "the dated papers first, oldest first: " + oldest.answer());
        assertTrue(oldest.citations().stream().map(ExtractiveAnswererIT::paper)
                .allMatch(p -> (p.title() + p.abstractText()).toLowerCase().matches("(?s).*(chain|thought|cot).*")), oldest.answer());
        assertTrue(oldest.notices().get(0).startsWith("Only the 8 papers that fit"), oldest.notices().toString());
    }

    @Test
    void should_answer_thanks_with_what_it_can_do_instead_of_a_paper_that_says_thanks_to() {
        Answer answer = assistant.ask(new Question("thanks!", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(Assistant.COURTESY_REPLY, answer.answer());
        assertFalse(answer.covered());
        assertEquals(List.of(), answer.citations());
        assertEquals(List.of(), answer.sources());
        assertEquals(List.of(), answer.provenance().retrieved(), "nothing was searched for it");
    }

    @Test
    void should_lead_with_the_sentence_that_spells_out_the_acronym_asked_about() {
        Answer answer = assistant.ask(new Question("What does GRPO stand for?", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(answer.citations().get(0).sentence().contains("Group Relative Policy Optimization (GRPO)"), answer.answer());
        assertTrue(answer.answer().indexOf("Group Relative Policy Optimization") < answer.answer().indexOf("[1]"), answer.answer());
    }

    /** A paper named for the acronym answers it first, though others spell it out in passing and rank higher. */
    @Test
    void should_answer_what_an_acronym_stands_for_from_the_paper_named_for_it() {
        Answer dpo = assistant.ask(new Question("What does DPO stand for?", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(dpo.citations().get(0).title().startsWith("Direct Preference Optimization"), dpo.answer());
        assertFalse(dpo.answer().contains("none of them is named for it"), dpo.answer());
        assertTrue(dpo.citations().get(0).sentence().contains("Direct Preference Optimization (DPO)"), dpo.answer());
        // A title that holds the acronym as a word of its topic ("Boosting LLM Reasoning") is not named for it.
        for (String term : List.of("llm?", "What does SFT stand for?")) {
            assertTrue(assistant.ask(Question.of(term)).answer().contains("none of them is named for it"), term);
        }
    }

    @Test
    void should_answer_what_a_term_no_paper_is_named_for_is_from_the_papers_that_write_it() {
        for (String question : List.of("What is GRPO?", "GRPO?", "what is grpo", "How does GRPO work?")) {
            Answer answer = assistant.ask(Question.of(question));
            assertTrue(answer.answer().startsWith("GRPO is a term that papers of the collection use; none of them is named for it."), answer.answer());
            assertTrue(answer.citations().size() >= 2, "several papers, not one as if it were GRPO: " + answer.answer());
            for (Citation c : answer.citations()) assertTrue(c.sentence().matches(".*(?<![\\w-])GRPO\\b.*"), c.sentence());
            assertEquals(IntStream.rangeClosed(1, answer.citations().size()).boxed().toList(),
                    answer.citations().stream().map(Citation::marker).toList());
        }
        for (String question : List.of("What is DPO?", "what is dpo?")) {
            Answer named = assistant.ask(Question.of(question));
            assertTrue(named.answer().startsWith("Direct Preference Optimization (DPO)"), "the paper named for it: " + named.answer());
        }
        Answer quiet = assistant.ask(Question.of("What is Quiet-STaR?"));
        assertTrue(quiet.answer().startsWith("Quiet-STaR (\"Quiet-STaR:"), quiet.answer());
        // A fact asked of it too: ETTRL's sentence on TTRL is no answer about TTRL's own benchmarks.
        Answer ttrl = assistant.ask(Question.of("what benchmarks did TTRL use?"));
        assertTrue(ttrl.answer().startsWith("TTRL is a term that papers of the collection use; none of them is named for it."), ttrl.answer());
        Answer gpqa = assistant.ask(Question.of("Which models were evaluated on GPQA?"));
        assertFalse(gpqa.answer().startsWith("GPQA is a term"), "a benchmark asked about is no subject asked of: " + gpqa.answer());
        Answer ettrl = assistant.ask(Question.of("what benchmarks did ETTRL use?"));
        assertTrue(ettrl.answer().startsWith("ETTRL (\"ETTRL:"), "the paper named for it: " + ettrl.answer());
    }

    @Test
    void should_answer_a_question_about_a_named_paper_from_the_sentence_with_its_words_not_its_opening() {
        // "ETTRL" is in the title alone and "did" is rare in abstracts: neither may outweigh "benchmark".
        Answer answer = assistant.ask(Question.of("what benchmark did ETTRL evaluate on?"));
        assertTrue(answer.citations().get(0).sentence().contains("AIME 2024 benchmark"), answer.answer());
        assertEquals(1, answer.citations().size(), "not the abstract's opening sentences beside it: " + answer.answer());
    }

    /** The sentence a fact question asks for leads: the benchmarks a score is on, the most models, a percentage to set beside a claim's. */
    @Test
    void should_lead_with_the_sentence_that_names_or_states_what_is_asked() {
        Answer benchmarks = assistant.ask(Question.of("What datasets was ReEx-SQL evaluated on?"));
        assertTrue(benchmarks.citations().get(0).sentence().contains("88.8% on Spider and 64.9% on BIRD"), benchmarks.answer());
        Answer models = assistant.ask(Question.of("which models did SEAL test?"));
        assertTrue(models.citations().get(0).sentence().contains("QwQ-32B-Preview"), "not the opening's \"such as OpenAI's o1\": " + models.answer());
        Answer percent = assistant.ask(Question.of("Is it true that Soft Thinking cuts tokens by 40%?"));
        assertTrue(percent.citations().stream().anyMatch(c -> c.sentence().contains("22.4%")), percent.answer());
    }

    /** A paper the question calls by a name no paper of the collection has is not answered by one that builds on it or uses it. */
    @Test
    void should_not_answer_about_a_paper_the_collection_lacks_from_one_that_uses_its_name() {
        for (String question : List.of("What accuracy does the STaR paper get on CommonsenseQA?", "What did the DeepSeek-R1 paper find about aha moments?",
                // A title's words: a paper on verifying steps is not "Let's Verify Step by Step".
                "What accuracy does the Let's Verify Step by Step paper report?", "What did the Chain-of-Thought Hub paper find?")) {
            assertFalse(assistant.ask(Question.of(question)).covered(), question);
        }
        assertTrue(assistant.ask(Question.of("What does the DPO paper propose?")).covered(), "the paper whose title spells DPO out");
        assertTrue(assistant.ask(Question.of("what does the Quiet STaR paper propose?")).covered(), "the paper of that title");
        assertTrue(assistant.ask(Question.of("What did the Google DeepMind paper find?")).covered(), "who wrote it, not a title");
    }

    /** A paper called by its title's opening words ("the Concise Reasoning paper") is the paper asked about, though those words name no method. */
    @Test
    void should_answer_about_the_paper_whose_title_opens_with_the_name_it_is_called_by() {
        Map<String, String> opening = Map.of("What does the Concise Reasoning paper find?", "Concise Reasoning, Big Gains",
                "What does the Scalable Chain of Thoughts paper propose?", "Scalable Chain of Thoughts via Elastic Reasoning",
                "What does the Continuous Chain of Thought paper show?", "Continuous Chain of Thought Enables",
                // Named, though the search ranks another paper above it: the paper called is the one answered from.
                "What does the Towards Large Reasoning paper find?", "Towards Large Reasoning Models: A Survey");
        opening.forEach((question, title) -> {
            Answer answer = assistant.ask(Question.of(question));
            assertTrue(answer.covered(), question);
            assertTrue(answer.citations().get(0).title().startsWith(title), question + " -> " + answer.answer());
        });
        // A phrase many titles hold names none of them, though one opens with it.
        for (String generic : List.of("What does the Large Language Models paper find?", "What does the Reinforcement Learning paper find?",
                "What does the Spatial Reasoning paper propose?")) {
            assertFalse(assistant.ask(Question.of(generic)).covered(), generic);
        }
    }

    /** The sentence that names the models asked for leads, though it never says "model"; the method's own name picks no sentence. */
    @Test
    void should_answer_which_models_a_paper_used_from_the_sentence_that_names_them() {
        Answer answer = assistant.ask(Question.of("On which models was LASER-D evaluated?"));
        assertTrue(answer.citations().get(0).sentence().startsWith("Experiments on DeepSeek-R1-Distill-Qwen-1.5B"), answer.answer());
        // An abstract that names none is quoted by what it says of them, not by its opening.
        Answer unnamed = assistant.ask(Question.of("what models did ReasonMaxxer test?"));
        assertTrue(unnamed.citations().get(0).sentence().matches("(?i).*(model families|scales).*"), unnamed.answer());
        // "use" asks for them too: the sentence that says "generate or use internal thoughts" names none.
        Answer used = assistant.ask(Question.of("what benchmarks did Quiet-STaR use?"));
        assertTrue(used.citations().get(0).sentence().contains("GSM8K"), used.answer());
        // Asked of two papers, each its own: Coconut's words ("Chain of Continuous Thought") pick no sentence of Quiet-STaR's.
        Answer both = assistant.ask(Question.of("what benchmarks did Quiet-STaR and Chain of Continuous Thought (Coconut) use?"));
        assertTrue(both.citations().stream().filter(c -> c.title().startsWith("Quiet-STaR")).anyMatch(c -> c.sentence().contains("GSM8K")), both.answer());
        // Coconut's abstract names none: its line says so, and quotes what it says of its evaluation as the closest there is.
        assertTrue(both.answer().contains("(\"Training Large Language Models to Reason in a Continuous Latent Space\"): its abstract names no benchmarks;"
                + " the full paper may. What it says of its evaluation: Experiments show that Coconut"), both.answer());
        assertTrue(both.citations().stream().filter(c -> c.title().startsWith("Training Large Language")).noneMatch(Citation::supported), both.answer());
        // A quantity asked of several named papers is answered when one of them states it, though the first does not (PAPO states no size).
        Answer sizes = assistant.ask(Question.of("what model sizes did Perception-Aware Policy Optimization (PAPO) and Infi-MMR test?"));
        assertTrue(sizes.covered(), sizes.answer());
        assertTrue(sizes.citations().stream().anyMatch(c -> c.sentence().contains("Infi-MMR-3B")), sizes.answer());
    }

    @Test
    void should_answer_what_a_name_is_from_the_sentence_that_introduces_it() {
        // "Delethink" has no capital inside, so it is no coined name of its paper: only its sentence says what it is.
        for (String question : List.of("What is Delethink?", "what is delethink", "How does Delethink work?")) {
            Answer answer = assistant.ask(Question.of(question));
            assertTrue(answer.covered(), question + ": " + answer.answer());
            assertEquals("The Markovian Thinker", paper(answer.citations().get(0)).title(), answer.answer());
            assertTrue(answer.citations().get(0).sentence().contains("Delethink, an RL environment"), answer.answer());
            assertFalse(answer.answer().startsWith("Papers in the collection"), "one thing asked about, not a list: " + answer.answer());
        }
        // "tell me more about X" gets at least what "What is X?" gets: the sentence that introduces it.
        Answer more = assistant.ask(Question.of("tell me more about PEAR"));
        assertTrue(more.citations().stream().anyMatch(c -> c.sentence().contains("this paper introduces Phase Entropy Aware Reward (PEAR)")), more.answer());
        // A paper whose abstract never writes its name ("ETTRL" is in its title alone) is told by what it proposes, not its opening's background.
        Answer ettrl = assistant.ask(Question.of("What is ETTRL?"));
        assertTrue(ettrl.citations().get(0).sentence().startsWith("To address these challenges, we introduce an entropy-based mechanism"), ettrl.answer());
        // The name one abstract alone writes and introduces names its paper in any question, as a title would; "did" in
        // another abstract ("what the expert did") had ranked that one first.
        Answer models = assistant.ask(Question.of("what models did Delethink train?"));
        assertEquals("The Markovian Thinker", paper(models.citations().get(0)).title(), models.answer());
        assertTrue(models.citations().get(0).sentence().contains("R1-Distill 1.5B model"), models.answer());
    }

    @Test
    void should_answer_of_an_item_of_an_earlier_list_the_question_points_to() {
        List<Turn> history = new ArrayList<>();
        for (String q : List.of("which papers do reasoning in a continuous latent space?", "which of them are training-free?")) {
            Answer a = assistant.ask(new Question(q, List.copyOf(history), 8, AnswerMode.EXTRACTIVE, null));
            history.add(new Turn("user", q));
            history.add(new Turn("assistant", a.answer()));
        }
        String third = PastAnswers.lastListItems(history.subList(0, 2)).get(2);
        Answer more = assistant.ask(new Question("tell me more about the third one from the first list", history, 8, AnswerMode.EXTRACTIVE, null));
        assertEquals("tell me more about " + third, more.question(), more.answer());
        assertTrue(more.answer().startsWith(third), more.answer());
    }

    @Test
    void should_say_when_a_papers_abstract_names_no_benchmark_asked_for() {
        Answer unnamed = assistant.ask(Question.of("which benchmarks does Hawkeye evaluate on?"));
        assertFalse(unnamed.covered(), unnamed.answer());
        assertTrue(unnamed.answer().startsWith("The abstract of Hawkeye (\"Hawkeye:Efficient Reasoning with Model Collaboration\") names no benchmarks"),
                unnamed.answer());
        assertEquals(1, unnamed.citations().size());
        assertFalse(unnamed.citations().get(0).supported(), "the closest sentence, no evidence of a name");
        Answer named = assistant.ask(Question.of("On which models was LASER-D evaluated?"));
        assertTrue(named.covered() && named.citations().get(0).sentence().contains("DeepSeek-R1-Distill-Qwen-1.5B"), named.answer());
    }

    @Test
    void should_answer_what_a_coined_term_is_from_the_sentence_that_coins_it() {
        Answer trap = assistant.ask(Question.of("What is the prefix dominance trap?"));
        assertEquals("Learning from Peers in Reasoning Models", paper(trap.citations().get(0)).title(), trap.answer());
        // "We refer to this phenomenon as ..." says what it is only with the sentence before it.
        assertTrue(trap.citations().get(0).sentence().contains("short but poor beginning"), trap.answer());
        assertTrue(trap.citations().get(1).sentence().contains("Prefix Dominance Trap"), trap.answer());

        Answer thought = assistant.ask(Question.of("what is a continuous thought in Coconut?"));
        assertTrue(thought.citations().get(0).sentence().contains("(termed \"continuous thought\")"), thought.answer());
        Answer experts = assistant.ask(Question.of("what's a cognitive expert in MoE reasoning models?"));
        assertTrue(experts.citations().get(0).sentence().contains("cognitive experts"), "the plural coined: " + experts.answer());
    }

    @Test
    void should_answer_a_question_that_names_two_papers_from_each_of_them() {
        Answer answer = assistant.ask(new Question("Compare Clip-Cov and Lp-Reg", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        Set<String> cited = answer.citations().stream().map(c -> paper(c).title()).collect(Collectors.toSet());
        assertEquals(Set.of("The Entropy Mechanism of Reinforcement Learning for Reasoning Language Models",
                "Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward"), cited, answer.answer());
        for (Citation c : answer.citations()) {
            assertEquals(c.paperId(), answer.sources().get(c.marker() - 1).paperId(), "a marker numbers its source");
        }
        assertEquals(2, answer.answer().lines().filter(l -> l.startsWith("- ")).count(), answer.answer());
        assertEquals(List.of(), answer.notices());
        List<Integer> markers = answer.citations().stream().map(Citation::marker).distinct().toList();
        assertEquals(List.of(1, 2), markers, "the papers as the question names them, as [1] and [2]: " + answer.answer());
        // Each line says what its paper proposes, by its name, not the problem or finding its abstract opens with.
        String lpReg = answer.answer().lines().filter(l -> l.startsWith("- Low-probability Regularization")).findFirst().orElseThrow();
        assertTrue(lpReg.contains("we introduce Low-probability Regularization (Lp-Reg). [2]"), lpReg);
        String ettrl = assistant.ask(Question.of("How does ETTRL differ from EMPO?")).answer().lines().findFirst().orElseThrow();
        assertFalse(ettrl.contains("Recent advancements"), "no opening background: " + ettrl);
    }

    @Test
    void should_say_which_compared_name_no_paper_mentions() {
        Answer oneMissing = assistant.ask(new Question("Compare Lp-Reg and AlphaFold", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("No paper in the collection mentions \"AlphaFold\"; the answer covers the other."), oneMissing.notices());
        assertTrue(oneMissing.answer().contains("Lp-Reg"), oneMissing.answer());
        Answer bothMissing = assistant.ask(new Question("AlphaFold vs. RoseTTAFold?", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("No paper in the collection mentions \"AlphaFold\" or \"RoseTTAFold\"."), bothMissing.notices());
        // Written another way than its paper writes it, a name is still mentioned.
        Answer variant = assistant.ask(new Question("how does LP-REG compare to Quiet STaR?", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of(), variant.notices());
        // A term of the field names no paper: the answer is about the other, and says so.
        Answer term = assistant.ask(new Question("Compare DPO and TRPA", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("\"DPO\" is a term many papers use, not one paper's name; the answer covers the other."), term.notices());
        assertEquals(List.of("\"GRPO\" and \"PPO\" are terms many papers use, not one paper's name: the answer lists papers that use them."),
                assistant.ask(new Question("Compare GRPO and PPO", List.of(), 6, AnswerMode.EXTRACTIVE, null)).notices(),
                "both terms: the answer is about them both, and says why it is a list");
        // A name one paper cites is another paper's, which the collection lacks.
        Answer cited = assistant.ask(new Question("Compare EMPO and TTRL", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("\"TTRL\" is the name of no paper in the collection; only \"ETTRL\" mentions it: \"To address these limitations,"
                + " test-time reinforcement learning (TTRL) has been proposed, which enables self-optimization by leveraging model-generated pseudo-labels.\";"
                + " the answer covers the other."),
                cited.notices());
    }

    @Test
    void should_give_the_records_of_the_papers_that_fit_a_description_when_a_record_question_names_no_title() {
        Answer answer = assistant.ask(new Question("When was the paper on entropy collapse in RL published?", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(answer.answer().startsWith("No paper is named by its title; the papers that fit best:\n- "), answer.answer());
        assertEquals(3, answer.answer().lines().filter(l -> l.startsWith("- ") && l.contains("dated")).count(), answer.answer());
        assertTrue(answer.answer().contains("The Entropy Mechanism of Reinforcement Learning"), answer.answer());
    }

    @Test
    void should_give_the_records_of_the_first_two_papers_of_a_list() {
        Answer list = assistant.ask(new Question("which methods avoid entropy collapse?", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", list.answer()));
        Answer who = assistant.ask(new Question("who wrote the first two?", history, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(2, who.answer().lines().filter(l -> l.startsWith("- ") && l.contains("authors")).count(), who.answer());
        for (Citation c : who.citations()) assertEquals(c.paperId(), who.sources().get(c.marker() - 1).paperId(), "a marker is its source's place");
        List<Turn> more = List.of(history.get(0), history.get(1), new Turn("user", "who wrote the first two?"), new Turn("assistant", who.answer()));
        Answer when = assistant.ask(new Question("when were the last two published?", more, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(2, when.answer().lines().filter(l -> l.startsWith("- ") && l.contains("dated")).count(), when.answer());
    }

    /** Papers with no year are not said to be outside a year: that they have none is the answer. */
    @Test
    void should_say_a_years_papers_are_unknown_when_no_listed_paper_has_a_year() {
        Answer compared = assistant.ask(Question.of("Compare SpecReason and R2R"));
        List<Turn> history = List.of(new Turn("user", "Compare SpecReason and R2R"), new Turn("assistant", compared.answer()));
        Answer dated = assistant.ask(new Question("which of them were published in 2025?", history, 4, AnswerMode.EXTRACTIVE, null));
        assertEquals("None of the 2 papers in the last list has a year in the collection, so whether any is dated 2025 is unknown.",
                dated.answer());
    }

    @Test
    void should_say_when_a_follow_up_points_to_an_item_the_last_list_does_not_have() {
        Answer list = assistant.ask(new Question("which methods avoid entropy collapse?", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", list.answer()));
        Answer second = assistant.ask(new Question("tell me more about the second one", history, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of(), second.notices());
        assertEquals(list.citations().get(1).paperId(), second.citations().get(0).paperId());
        List<Turn> walked = List.of(history.get(0), history.get(1), new Turn("user", "tell me more about the second one"),
                new Turn("assistant", second.answer()));
        Answer third = assistant.ask(new Question("and the third one?", walked, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(list.citations().get(2).paperId(), third.citations().get(0).paperId(), "the list is walked on: " + third.answer());
        Answer ninth = assistant.ask(new Question("tell me more about the ninth one", history, 6, AnswerMode.EXTRACTIVE, null));
        assertFalse(ninth.covered(), "there is nothing to search for: " + ninth.answer());
        assertTrue(ninth.answer().startsWith("The last list of papers had ") && ninth.answer().contains("so \"the ninth one\" names none."), ninth.answer());
        assertEquals(List.of(), ninth.citations());
        Answer ninthOnVision = assistant.ask(new Question("what about the ninth one on vision?", history, 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(ninthOnVision.notices().stream().anyMatch(n -> n.endsWith("names none; the question was searched with no paper put in its place.")),
                ninthOnVision.notices().toString());
    }

    @Test
    void should_quote_the_figure_each_paper_reports_for_what_a_choice_compares() {
        Answer faster = assistant.ask(new Question("which of Hawkeye and R2R is faster?", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(faster.answer().contains("accelerate end-to-end reasoning by up to 3.4x"), faster.answer());
        assertTrue(faster.answer().contains("2.8x wall-clock speedup"), faster.answer());
        Answer compared = assistant.ask(new Question("Compare Hawkeye and R2R", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        assertFalse(compared.answer().contains("3.4x"), "a comparison that names no dimension shows what each proposes: " + compared.answer());
        assertTrue(faster.notices().stream().noneMatch(n -> n.contains("reports no figure") || n.contains("reports a figure")), faster.notices().toString());
        // Neither reports a figure for memory: the lines show what each proposes, and a notice says why.
        Answer memory = assistant.ask(new Question("which of Hawkeye and R2R needs less memory?", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(memory.notices().contains("None of the papers compared reports a figure for memory or size in its abstract: each line shows what it proposes."),
                memory.notices().toString());
    }

    @Test
    void should_compare_the_first_two_items_of_the_last_list_answer() {
        Answer list = assistant.ask(new Question("which methods avoid entropy collapse?", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", list.answer()));
        Answer compared = assistant.ask(new Question("compare the first two", history, 6, AnswerMode.EXTRACTIVE, null));
        Set<String> cited = compared.citations().stream().map(Citation::paperId).collect(Collectors.toSet());
        assertEquals(Set.of(list.citations().get(0).paperId(), list.citations().get(1).paperId()), cited, compared.answer());
        assertEquals(list.citations().get(0).paperId(), compared.citations().get(0).paperId(), "in the list's order: " + compared.answer());
        // After the list is narrowed to one paper, the first two are still the first list's, as the reader means.
        String entropy = "which methods avoid entropy collapse?";
        Answer longList = assistant.ask(new Question(entropy, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        Answer qwen = afterList(entropy, "which of those uses Qwen?");
        assertEquals(1, qwen.citations().stream().map(Citation::paperId).distinct().count(), qwen.answer());
        List<Turn> narrowed = List.of(new Turn("user", entropy), new Turn("assistant", longList.answer()),
                new Turn("user", "which of those uses Qwen?"), new Turn("assistant", qwen.answer()));
        Answer firstTwo = assistant.ask(new Question("compare the first two", narrowed, 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(Set.of(longList.citations().get(0).paperId(), longList.citations().get(1).paperId()),
                firstTwo.citations().stream().map(Citation::paperId).collect(Collectors.toSet()), firstTwo.answer());
        assertEquals(List.of("The last list had 1 paper, so the items pointed to are those of the list before it, of "
                + longList.citations().stream().map(Citation::paperId).distinct().count() + "."), firstTwo.notices());
        // A list's label ("Latent Diffusion Reasoner (LaDiR)", "A Survey on Latent Reasoning") compared is no name the collection lacks.
        Answer latent = afterList("which papers study latent reasoning?", "compare the first two");
        assertEquals(List.of(), latent.notices(), latent.answer());
        for (String order : List.of("Compare Lp-Reg and Clip-Cov", "Compare Clip-Cov and Lp-Reg")) {
            Answer named = assistant.ask(new Question(order, List.of(), 6, AnswerMode.EXTRACTIVE, null));
            String first = order.split(" ")[1], second = order.split(" ")[3];
            assertTrue(named.answer().indexOf(first) < named.answer().indexOf("\n- " + (second.equals("Lp-Reg") ? "Low-probability" : second)),
                    "in the question's order: " + named.answer());
        }
    }

    @Test
    void should_answer_who_wrote_each_compared_paper_and_when_each_appeared() {
        Answer compared = assistant.ask(new Question("Compare Coconut and Quiet-STaR", List.of(), 6, AnswerMode.EXTRACTIVE, null));
        List<Turn> history = new ArrayList<>(List.of(new Turn("user", "Compare Coconut and Quiet-STaR"), new Turn("assistant", compared.answer())));
        Answer who = assistant.ask(new Question("who wrote them?", history, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(2, who.answer().lines().count(), who.answer());
        assertTrue(who.answer().contains("(Coconut)") && who.answer().contains("it counts 7 authors")
                && who.answer().contains("Quiet-STaR") && who.answer().contains("it counts 6 authors"), who.answer());
        history.add(new Turn("user", "who wrote them?"));
        history.add(new Turn("assistant", who.answer()));
        Answer when = assistant.ask(new Question("when were they published?", history, 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(when.answer().contains("It is dated 2024-12-09") && when.answer().contains("It is dated 2024-03-14"), when.answer());
        // A listing's day and month: the answer says its record has no year, rather than leave the reader to guess.
        Answer softCot = assistant.ask(Question.of("When was SoftCoT++ published?"));
        assertTrue(softCot.answer().contains("is dated 16 May (its record gives no year) in the collection"), softCot.answer());
        // "it" right after the comparison is either paper: both are answered, where the first alone had been.
        List<Turn> justCompared = List.of(history.get(0), history.get(1));
        Answer whenIt = assistant.ask(new Question("when was it published?", justCompared, 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(whenIt.answer().contains("2024-12-09") && whenIt.answer().contains("2024-03-14"), whenIt.answer());
    }

    @Test
    void should_answer_whether_the_paper_of_the_last_answer_mentions_what_a_follow_up_asks_for() {
        List<Turn> history = new ArrayList<>();
        for (String[] turn : new String[][] {
                {"What is Quiet-STaR?", null},
                {"does it use Qwen?", "Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\") does not mention \"Qwen\" in its title, abstract or organisation."},
                {"does it mention GSM8K?", "Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\") mentions \"GSM8K\": "}}) {
            Answer answer = assistant.ask(new Question(turn[0], history, 6, AnswerMode.EXTRACTIVE, null));
            if (turn[1] != null) assertTrue(answer.answer().startsWith(turn[1]), turn[0] + " -> " + answer.answer());
            history.add(new Turn("user", turn[0]));
            history.add(new Turn("assistant", answer.answer()));
        }
        Answer gsm = assistant.ask(new Question("does it mention GSM8K?", history.subList(0, 4), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(1, gsm.citations().size());
        assertTrue(gsm.citations().get(0).sentence().contains("GSM8K"), gsm.citations().get(0).sentence());
        // Quiet-STaR is dated 2024: under a filter from 2025 it is not read, and the question is searched as any other.
        Answer filtered = assistant.ask(new Question("does it mention GSM8K?", history.subList(0, 4), 6, AnswerMode.EXTRACTIVE,
                new dev.paperchat.index.Filters(LocalDate.of(2025, 1, 1), null, null)));
        assertFalse(filtered.answer().startsWith("Quiet-STaR"), filtered.answer());
        Answer read = assistant.ask(new Question("does it mention GSM8K?", history.subList(0, 4), 6, AnswerMode.EXTRACTIVE,
                new dev.paperchat.index.Filters(LocalDate.of(2024, 1, 1), null, null)));
        assertEquals(List.of("Only papers matching the filters (from 2024-01-01) were read."), read.notices(), read.answer());
    }

    /** A history of questions without answers: "the third one" counts in what the question before lists now, and a notice says so. */
    @Test
    void should_point_into_the_list_the_question_before_gives_when_the_history_holds_no_answers() {
        String topic = "papers on reducing reasoning length";
        Answer list = assistant.ask(Question.of(topic));
        String third = list.citations().stream().map(Citation::paperId).distinct().skip(2).findFirst().orElseThrow();
        Answer more = assistant.ask(new Question("tell me more about the third one", List.of(new Turn("user", topic)), 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(third, more.citations().get(0).paperId(), more.answer());
        assertEquals("The history holds no answer: the last list is what \"" + topic + "\" lists now.", more.notices().get(0));
    }

    /** A condition of words most papers use is met by a paper that writes the phrase or its short form ("RL"), not by each word alone. */
    @Test
    void should_narrow_the_last_list_by_a_phrase_of_common_words() {
        String question = "I'm looking for papers about latent reasoning in continuous space";
        Answer list = assistant.ask(new Question(question, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        List<Turn> history = List.of(new Turn("user", question), new Turn("assistant", list.answer()));
        Answer rl = assistant.ask(new Question("which of them use reinforcement learning?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(rl.answer().startsWith("Of the " + list.citations().stream().map(Citation::paperId).distinct().count()
                + " papers in the last list, "), rl.answer());
        assertFalse(rl.citations().isEmpty(), rl.answer());
        for (Citation c : rl.citations()) assertTrue(c.sentence().matches("(?s).*(reinforcement learning|\\bRL\\b).*"), c.sentence());
    }

    /** "RL" is also mentioned written out as the collection defines it: "we then employ reinforcement learning". */
    @Test
    void should_narrow_the_last_list_by_an_acronym_or_its_words() {
        Answer rl = afterList("What are the main approaches to make reasoning models produce shorter chains of thought?", "which of those use RL?");
        for (Citation c : rl.citations()) assertTrue(c.sentence().matches("(?is).*(reinforcement learning|\\bRL\\b).*"), c.sentence());
        assertTrue(rl.citations().stream().anyMatch(c -> !c.sentence().matches("(?s).*\\bRL\\b.*")), "one only writes it out: " + rl.answer());
        assertTrue(rl.citations().stream().anyMatch(c -> c.sentence().matches("(?s).*\\bRL\\b.*")), rl.answer());
        // Its words in a row: "visual language models", not "LLMs" in a paper that says "visual" elsewhere.
        Answer vlms = afterList("Which papers are about visual reasoning?", "which of those use VLMs?");
        for (Citation c : vlms.citations()) assertTrue(c.sentence().matches("(?is).*(\\bVLMs?\\b|visual[ -]language model|vision[ -]language model).*"), c.sentence());
        // A kind of work in the words papers write it in: OpenThinkIMG trains "LVLMs" with images, and never writes "multimodal".
        Answer multimodal = afterList("which papers train models to use tools with RL?", "which of those are multimodal?");
        assertTrue(multimodal.answer().contains("mentions \"multimodal\" or \"multi-modal\", \"vision-language\""), multimodal.answer());
        assertTrue(multimodal.citations().stream().anyMatch(c -> c.title().startsWith("OpenThinkIMG")), multimodal.answer());
    }

    /** "which one is fastest?" after a list of more papers than a comparison takes: those that report a figure for speed, each with it. */
    @Test
    void should_choose_among_a_long_list_by_the_figures_its_papers_report() {
        String question = "which papers make chains of thought shorter?";
        Answer list = assistant.ask(new Question(question, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        long listed = list.citations().stream().map(Citation::paperId).distinct().count();
        assertTrue(listed > 4, list.answer());
        Answer fastest = afterList(question, "which one is fastest?");
        assertTrue(fastest.answer().startsWith("Of the " + listed + " papers in the last list, "), fastest.answer());
        assertFalse(fastest.citations().isEmpty(), fastest.answer());
        Set<String> ofList = list.citations().stream().map(Citation::paperId).collect(Collectors.toSet());
        for (Citation c : fastest.citations()) {
            assertTrue(ofList.contains(c.paperId()), "a listed paper: " + c.paperId());
            assertTrue(c.sentence().matches("(?is).*(speed|fast|accelerat|latency|wall|throughput|time\\b).*\\d.*"), c.sentence());
        }
        Answer accurate = afterList(question, "which is the most accurate?");
        assertTrue(accurate.answer().contains("report figures for accuracy") || accurate.answer().contains("reports a figure for accuracy"), accurate.answer());
        // A choice after a choice chooses from the same list, not from the few papers the first one showed.
        Answer chained = assistant.ask(new Question("which one is fastest?", List.of(new Turn("user", question), new Turn("assistant", list.answer()),
                new Turn("user", "which is the most accurate?"), new Turn("assistant", accurate.answer())), 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(chained.answer().startsWith("Of the " + listed + " papers in the last list, "), chained.answer());
        // A choice by what a method saves or cuts is one by a dimension too, not a word the papers must write.
        String kv = "Which papers study KV cache compression for reasoning models?";
        Answer kvList = assistant.ask(new Question(kv, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        Answer memory = assistant.ask(new Question("which one saves the most memory?", List.of(new Turn("user", kv), new Turn("assistant", kvList.answer())),
                8, AnswerMode.EXTRACTIVE, null));
        assertTrue(memory.answer().contains(" report figures for memory or size in their abstracts")
                && memory.answer().contains("LazyEviction reduces KV cache size by 50%"), memory.answer());
        // A topic of its own is asked anew, not of the list.
        assertFalse(afterList(question, "which paper is the best for text-to-SQL?").answer().startsWith("Of the "));
        // A list narrowed to one paper is read for it, not searched anew with every question before joined.
        String entropy = "which methods avoid entropy collapse?";
        Answer entropyList = assistant.ask(new Question(entropy, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        Answer qwen = afterList(entropy, "which of those uses Qwen?");
        assertEquals(1, qwen.citations().stream().map(Citation::paperId).distinct().count(), qwen.answer());
        Answer ofOne = assistant.ask(new Question("which one is fastest?", List.of(new Turn("user", entropy), new Turn("assistant", entropyList.answer()),
                new Turn("user", "which of those uses Qwen?"), new Turn("assistant", qwen.answer())), 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(ofOne.answer().startsWith("The paper of the last list reports a figure for speed"), ofOne.answer());
        assertEquals(qwen.citations().get(0).paperId(), ofOne.citations().get(0).paperId());
    }

    /** "which of these is the most recent?": the listed papers by their records' dates, not a search of the words joined. */
    @Test
    void should_choose_the_newest_or_oldest_of_the_last_list_by_the_papers_records() {
        String question = "which methods avoid entropy collapse?";
        Answer list = assistant.ask(new Question(question, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        Set<String> listed = list.citations().stream().map(Citation::paperId).collect(Collectors.toSet());
        for (String followUp : List.of("which of these is the most recent?", "which one came out first?")) {
            Answer chosen = afterList(question, followUp);
            assertTrue(chosen.answer().startsWith("Of the " + listed.size() + " papers in the last list, the " + (followUp.contains("recent") ? "most recent" : "earliest")
                    + " by"), chosen.answer());
            assertEquals(listed, chosen.citations().stream().map(Citation::paperId).collect(Collectors.toSet()), "the same papers, each dated");
            List<String> dates = chosen.sources().stream().map(s -> s.date()).filter(d -> d != null && d.matches("\\d{4}.*")).toList();
            List<String> sorted = dates.stream().sorted(followUp.contains("recent") ? Comparator.reverseOrder() : Comparator.naturalOrder()).toList();
            assertEquals(sorted, dates, "in the order asked, the papers without a year after them");
            assertTrue(chosen.answer().contains("no year in the collection"), "the sample's listing dates without a year are said: " + chosen.answer());
        }
        Answer when = afterList(question, "when were they published?");
        assertEquals(listed, when.citations().stream().map(Citation::paperId).collect(Collectors.toSet()), "each listed paper, not the first four: "
                + when.answer());
        // Two compared papers whose records give no year: which is newer cannot be told, and is not guessed.
        Answer compared = assistant.ask(new Question("Compare Clip-Cov and Lp-Reg", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        Answer newer = assistant.ask(new Question("which one is newer?", List.of(new Turn("user", "Compare Clip-Cov and Lp-Reg"),
                new Turn("assistant", compared.answer())), 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(newer.answer().startsWith("Neither of the two papers of the last answers has a year in the collection, so which is the most recent"
                + " cannot be told."), newer.answer());
    }

    /** "which is faster?" after two answers about one paper each, though a list came before them: those two are compared. */
    @Test
    void should_choose_between_the_papers_just_discussed_rather_than_the_list_before_them() {
        String question = "Any work on using a small model to guide a big one?";
        Answer list = assistant.ask(new Question(question, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        Answer hawkeye = assistant.ask(new Question("What is Hawkeye?", List.of(new Turn("user", question), new Turn("assistant", list.answer())),
                8, AnswerMode.EXTRACTIVE, null));
        List<Turn> history = List.of(new Turn("user", question), new Turn("assistant", list.answer()), new Turn("user", "What is Hawkeye?"),
                new Turn("assistant", hawkeye.answer()));
        Answer r2r = assistant.ask(new Question("what about R2R?", history, 8, AnswerMode.EXTRACTIVE, null));
        List<Turn> both = new ArrayList<>(history);
        both.addAll(List.of(new Turn("user", "what about R2R?"), new Turn("assistant", r2r.answer())));
        Answer faster = assistant.ask(new Question("which is faster?", both, 8, AnswerMode.EXTRACTIVE, null));
        assertFalse(faster.answer().startsWith("Of the "), faster.answer());
        assertTrue(faster.answer().contains("3.4x") && faster.answer().contains("2.8x"), "each paper's own figure: " + faster.answer());
    }

    /** The answer to a follow-up asked right after the list a question gets. */
    private Answer afterList(String question, String followUp) {
        Answer list = assistant.ask(new Question(question, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        return assistant.ask(new Question(followUp, List.of(new Turn("user", question), new Turn("assistant", list.answer())), 8, AnswerMode.EXTRACTIVE, null));
    }

    /** A list of a few papers, cut where the papers found stop fitting well, says it is not all the search found. */
    @Test
    void should_say_a_short_list_is_not_all_the_search_found() {
        Answer few = assistant.ask(Question.of("which papers do reinforcement learning for vision-language models?"));
        long listed = few.citations().stream().map(Citation::paperId).distinct().count();
        assertTrue(listed <= 3 && few.sources().size() > listed, few.answer());
        assertTrue(few.notices().contains(Assistant.SHORT_LIST), few.notices().toString());
        Answer full = assistant.ask(Question.of("Which papers shorten chains of thought?"));
        assertFalse(full.notices().contains(Assistant.SHORT_LIST), "a list of 8 says it is full instead: " + full.notices());
    }

    /** "Which paper reports the highest accuracy on AIME 2024?" is read from the figures the papers tie to it, not searched for "highest accuracy". */
    @Test
    void should_answer_the_best_figure_on_a_benchmark_from_the_figures_tied_to_it() {
        Answer best = assistant.ask(Question.of("Which paper reports the highest accuracy on AIME 2024?"));
        assertTrue(best.answer().matches("(?s)Of the \\d+ papers that mention \"AIME 2024\", \\d+ tie a figure to it in their abstracts, each of its own"
                + " models and setting; the highest score stated is 90\\.5%, Klear-Reasoner's \\[1\\]:\n- Klear-Reasoner.*"), best.answer());
        assertTrue(best.covered());
        Pattern aime = Pattern.compile("AIME[\\s-]?(?:2024|'?24)");
        for (Citation c : best.citations()) assertTrue(aime.matcher(c.sentence()).find(), "each line quotes its figure on it: " + c.sentence());
        // Gains follow the scores, told as gains.
        assertTrue(best.answer().contains("ASTRO (also Search-Taught), a gain of 20.0%: "), best.answer());
        // "AIME" alone: the abstracts tie figures to its years, and the year most of them do is answered, the others named.
        Answer byYear = assistant.ask(Question.of("which method gets the best AIME score?"));
        assertTrue(byYear.answer().startsWith("Of the 22 papers that mention \"AIME 2024\", 10 tie a figure"), byYear.answer());
        assertTrue(byYear.notices().get(0).startsWith("Abstracts tie figures to \"AIME\" by its year: these are on AIME 2024, the year most papers"
                + " tie a figure to; AIME 2025 has "), byYear.notices().toString());
        Answer none = assistant.ask(Question.of("What's the SOTA on FooBench?"));
        assertEquals("No paper in the collection mentions \"FooBench\" in its title or abstract.", none.answer());
        assertFalse(none.covered());
    }

    /** "any from 2025?" after a list is the list narrowed to 2025's papers, not a search of its words, which lists whatever paper is of 2025. */
    @Test
    void should_narrow_the_last_list_by_any_from() {
        Answer dated = afterList("which methods avoid entropy collapse?", "any from 2025?");
        assertTrue(dated.answer().matches("(?s)Of the \\d+ papers in the last list .*are dated 2025:.*"), dated.answer());
        assertEquals(afterList("which methods avoid entropy collapse?", "which of those are from 2025?").answer(), dated.answer());
        Answer google = afterList("which methods avoid entropy collapse?", "any from Google?");
        assertTrue(google.answer().startsWith("None of the"), google.answer());
        // Years in a row are one range: LaRS, of 2023, is among the latent-reasoning papers "from 2023 or 2024".
        Answer years = afterList("which papers study latent reasoning?", "any from 2023 or 2024?");
        assertTrue(years.citations().stream().anyMatch(c -> c.title().startsWith("LaRS")), years.answer());
        // After a list of a name's mentions, "those" are every paper that mentions it, not the 8 shown.
        for (String followUp : List.of("any from Tencent?", "which of those are from Tencent?")) {
            Answer tencent = afterList("which papers mention Qwen?", followUp);
            assertTrue(tencent.answer().matches("(?s)Of the \\d+ papers that mention \"Qwen\", 1 is from Tencent:.*"), tencent.answer());
        }
        // "any that..." narrows too, and a benchmark's edition written apart finds it written as one word (UloRL's "AIME2025").
        // "the best AIME score" is asked of the papers with a score on AIME, not of figures on other benchmarks.
        Answer best = afterList("which methods avoid entropy collapse?", "which one reports the best AIME score?");
        assertTrue(best.answer().matches("(?s)Of the \\d+ papers in the last list, \\d+ mentions? \"AIME\".*"), best.answer());
        Answer aime = afterList("which methods avoid entropy collapse?", "any that report results on AIME 2025?");
        assertTrue(aime.citations().stream().anyMatch(c -> c.title().startsWith("UloRL")), aime.answer());
        assertTrue(aime.answer().matches("(?s)Of the \\d+ papers in the last list, \\d+ mentions? \"AIME 2025\".*"), aime.answer());
    }

    /** "Which method gives the largest speedup?" with no list before: the papers that state one, the largest first, each with its figure. */
    @Test
    void should_list_the_largest_figures_stated_for_a_dimension_across_the_collection() {
        Answer speed = assistant.ask(Question.of("Which method gives the largest speedup?"));
        assertTrue(speed.answer().matches("(?s)Of the \\d+ papers found for speed, \\d+ state figures for it in their abstracts, each of its own"
                + " models, baseline and setting; the largest stated is 20x, System-1\\.5 Reasoning's \\[1\\]:\n- System-1\\.5 Reasoning, 20x: .*"), speed.answer());
        assertEquals(speed.answer(), afterList("Which paper reports the highest accuracy on AIME 2024?", "Which method gives the largest speedup?").answer(),
                "asked anew after a list, as \"which method\" points to none of it");
        Answer memory = assistant.ask(Question.of("Which methods save the most memory?"));
        assertTrue(memory.covered() && memory.answer().contains("- LazyEviction, 50%: "), memory.answer());
        assertTrue(memory.citations().stream().noneMatch(c -> c.sentence().contains("manipulating up to 90%")), "holding 90% of a cache saves none");
        // A bound keeps the figures above it, of the bound's kind: shares above 50% of the tokens a model writes, not of FLOPs, cost or
        // the tokens attention reads (LVLM_CSP's image-token FLOPs, Hawkeye's inference cost, DELTA's attended tokens).
        Answer bounded = assistant.ask(Question.of("Which methods cut reasoning tokens by more than 50%?"));
        assertTrue(bounded.answer().matches("(?s)Of the \\d+ papers found for cost, \\d+ state figures for it above 50% in sentences of their abstracts"
                + " that name the tokens or length a model writes.*"), bounded.answer());
        assertTrue(bounded.answer().contains("- LongotimesShort, 80%: "), bounded.answer());
        assertTrue(bounded.citations().stream().noneMatch(c -> c.sentence().matches("(?s).*(?:FLOPs|inference cost|attended tokens).*")), bounded.answer());
        Matcher share = Pattern.compile("(?m)^- .+?, (\\d+(?:\\.\\d+)?)%: ").matcher(bounded.answer());
        int shares = 0;
        while (share.find()) {
            assertTrue(Double.parseDouble(share.group(1)) > 50, share.group());
            shares++;
        }
        assertTrue(shares >= 3, bounded.answer());
    }

    /** The largest of a measure asked in other words: of the time a run takes, of the length of reasoning, "what is the largest...". */
    @Test
    void should_list_the_largest_figures_of_a_measure_however_it_is_asked() {
        String speedLead = "(?s)Of the \\d+ papers found for speed, \\d+ state figures for it in their abstracts, .*the largest stated is 20x, System-1\\.5 Reasoning's.*";
        for (String speed : List.of("what is the largest speedup reported?", "which method reduces latency the most?")) {
            assertTrue(assistant.ask(Question.of(speed)).answer().matches(speedLead), speed);
        }
        for (String length : List.of("what is the biggest reduction in reasoning length reported?", "which method shortens responses the most?")) {
            assertTrue(assistant.ask(Question.of(length)).answer().matches("(?s)Of the \\d+ papers found for cost, \\d+ state figures.*"), length);
        }
        Answer training = assistant.ask(Question.of("which method speeds up training the most?"));
        assertTrue(training.answer().matches("(?s)Of the \\d+ papers found for speed, \\d+ state figures for it in sentences of their abstracts that name"
                + " training, .*"), training.answer());
        assertTrue(training.citations().stream().allMatch(c -> c.sentence().toLowerCase(Locale.ROOT).contains("train")), training.answer());
        assertFalse(assistant.ask(Question.of("what is the fastest way to train a reasoning model?")).answer().startsWith("Of the"),
                "a way to do something is no figure to rank");
        Answer r2r = assistant.ask(Question.of("What is the largest speedup R2R reports?"));
        assertTrue(r2r.answer().contains("2.8x wall-clock speedup") && !r2r.answer().startsWith("Of the"), "asked of the paper it names: " + r2r.answer());
        for (String opposite : List.of("what's the biggest memory footprint reported?", "which method has the highest latency?",
                "which method increases memory usage the most?")) {
            assertFalse(assistant.ask(Question.of(opposite)).answer().startsWith("Of the"), "more of what the figures save: " + opposite);
        }
        assertTrue(assistant.ask(Question.of("what is the largest latency reduction reported?")).answer().startsWith("Of the"));
    }

    /** A paper is not listed for a sentence that says it uses what the question asks to do without ("leverages ... ground-truth answers"). */
    @Test
    void should_not_list_a_paper_for_a_sentence_that_uses_what_the_question_does_without() {
        Answer answer = assistant.ask(Question.of("which papers train reasoning with RL without any labels or ground truth?"));
        assertTrue(answer.covered() && !answer.citations().isEmpty(), answer.answer());
        Pattern uses = Pattern.compile("(?i)(?<![\\p{L}-])(?:label\\p{L}*|ground[\\s-]truth)");
        Pattern negated = Pattern.compile("(?i)\\b(?:without|no|not|neither|nor)\\b");
        for (Citation c : answer.citations()) {
            assertTrue(!uses.matcher(c.sentence()).find() || negated.matcher(c.sentence()).find(), "cited for using them: " + c.sentence());
        }
        assertTrue(answer.citations().stream().noneMatch(c -> c.title().startsWith("VLM-R1")), answer.answer());
    }

    /** "which of those argue the opposite?" is a stance, which an extractive answer does not judge from the word "argue". */
    @Test
    void should_say_a_stance_is_not_read_from_words() {
        Answer stance = afterList("is there evidence that RL only sharpens what the base model already knows?", "which of those papers argue the opposite?");
        assertEquals(ReadAnswers.STANCE_UNREAD, stance.answer());
        assertFalse(stance.covered());
        assertTrue(stance.citations().isEmpty());
        // A claim the papers should make is no words to find either: its "not" would be lost.
        Answer claim = afterList("which papers study RL for LLM reasoning?", "which of those papers argue that RL does not teach new strategies?");
        assertEquals(ReadAnswers.claimUnread("RL does not teach new strategies"), claim.answer());
        assertTrue(assistant.ask(Question.of("Where did I read that RL does not teach new strategies?")).citations().get(0).title().startsWith("Rethinking RL"),
                "the way it points to finds the paper that says it");
        // Asked of the paper just answered about, a stance points to no claim to search; asked with the claim, its papers are listed.
        assertEquals(Assistant.STANCE_OF_IT, afterList("what does First Try Matters find?", "are there papers that disagree with it?").answer());
        Answer disputed = assistant.ask(Question.of("are there papers that disagree that longer chains of thought are better?"));
        assertTrue(disputed.covered() && disputed.citations().stream().anyMatch(c -> c.title().startsWith("Don't Overthink it")), disputed.answer());
        assertTrue(disputed.notices().stream().anyMatch(n -> n.startsWith("The papers were searched for \"longer chains of thought are better\" itself")),
                disputed.notices().toString());
    }

    /** "which of those are from Tencent?" after "how many papers mention Qwen?": those are every paper counted, not the first 8 shown. */
    @Test
    void should_narrow_every_paper_a_count_counted_not_only_those_it_showed() {
        Answer qwen = afterList("how many papers mention Qwen?", "which of those are from Tencent?");
        assertTrue(qwen.answer().matches("(?s)Of the \\d+ papers that mention \"Qwen\", 1 is from Tencent:.*"), qwen.answer());
        assertTrue(qwen.citations().stream().anyMatch(c -> c.title().startsWith("Right Question is Already Half the Answer")), "EMPO, from Tencent: " + qwen.answer());
        assertEquals("from Tencent, among the papers that mention \"Qwen\"", qwen.question());
        // A paper is from Meta by its record or by writing "Meta", not by "meta-learning" (PERK).
        Answer meta = afterList("how many papers mention Qwen?", "which of those are from Meta?");
        assertTrue(meta.citations().stream().noneMatch(c -> c.title().startsWith("PERK")), meta.answer());
        // A clause of dates or an organisation after the name counted is a filter, and no part of the name.
        Answer dated = assistant.ask(Question.of("How many papers use GRPO and were published in 2025?"));
        assertEquals(assistant.ask(Question.of("How many 2025 papers mention GRPO?")).answer(), dated.answer());
        assertTrue(dated.answer().matches("(?s)\\d+ papers matching the filters \\(from 2025-01-01, to 2025-12-31\\) mention \"GRPO\".*"), dated.answer());
        Answer tencent = assistant.ask(Question.of("How many papers that mention Qwen are from Tencent?"));
        assertTrue(tencent.citations().stream().anyMatch(c -> c.title().startsWith("Right Question is Already Half the Answer")), tencent.answer());
    }

    @Test
    void should_narrow_the_last_list_to_the_papers_that_mention_what_a_follow_up_asks_for() {
        String question = "How do people stop policy entropy from collapsing during RL training of reasoning LLMs?";
        Answer list = assistant.ask(new Question(question, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        List<Turn> history = List.of(new Turn("user", question), new Turn("assistant", list.answer()));
        Set<String> listed = list.citations().stream().map(Citation::paperId).collect(Collectors.toSet());

        Answer qwen = assistant.ask(new Question("which of these use Qwen?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(qwen.answer().startsWith("Of the " + listed.size() + " papers in the last list, "), qwen.answer());
        assertFalse(qwen.citations().isEmpty(), qwen.answer());
        for (Citation c : qwen.citations()) {
            assertTrue(listed.contains(c.paperId()), "only the listed papers: " + c.title());
            assertTrue(c.sentence().contains("Qwen"), "the sentence that says so: " + c.sentence());
            assertEquals(c.paperId(), qwen.sources().get(c.marker() - 1).paperId());
        }
        assertEquals(qwen.citations().stream().map(Citation::paperId).distinct().count(),
                list.citations().stream().filter(c -> paper(c).abstractText().contains("Qwen")).map(Citation::paperId).distinct().count(),
                "every listed paper whose abstract names Qwen, in any version: " + qwen.answer());

        // Its first word mistyped, the follow-up is read as meant, and told so.
        Answer mistyped = assistant.ask(new Question("whcih of these use Qwen?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(qwen.answer(), mistyped.answer());
        assertEquals("Read \"whcih\" as \"which\".", mistyped.notices().get(0));

        Answer none = assistant.ask(new Question("do any of them use Gemini?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertEquals("None of the " + listed.size() + " papers in the last list mentions \"Gemini\" in its title, abstract or organisation.", none.answer());
        assertEquals(List.of(), none.citations());
        // Listing none, it says which papers it read: the list may not be the one the reader meant.
        assertTrue(none.notices().stream().anyMatch(n -> n.startsWith("The papers read: ") && n.contains("Lp-Reg")), none.notices().toString());

        List<Citation> fromTencent = list.citations().stream().filter(c -> "Tencent".equals(paper(c).organization())).toList();
        assertFalse(fromTencent.isEmpty(), "Lp-Reg is from Tencent: " + list.answer());
        Answer tencent = assistant.ask(new Question("which of them is from Tencent?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(fromTencent.stream().map(Citation::paperId).distinct().toList(), tencent.citations().stream().map(Citation::paperId).distinct().toList(),
                "the record's organisation counts: " + tencent.answer());

        Answer aime = assistant.ask(new Question("which of these mention AIME or GSM8K?", history, 8, AnswerMode.EXTRACTIVE, null));
        for (Citation c : aime.citations()) assertTrue(c.sentence().contains("AIME") || c.sentence().contains("GSM8K"), c.sentence());
        assertTrue(aime.answer().lines().findFirst().orElse("").contains("mention \"AIME\" or \"GSM8K\""), "each alternative quoted: " + aime.answer());
        Answer without = assistant.ask(new Question("which of those don't use Qwen?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(listed.size(), without.citations().stream().map(Citation::paperId).distinct().count() + qwen.citations().stream()
                .map(Citation::paperId).distinct().count(), "the listed papers less those that name Qwen: " + without.answer());

        String steering = "how can I steer a model's reasoning at inference time?";
        Answer steered = assistant.ask(new Question(steering, List.of(), 8, AnswerMode.EXTRACTIVE, null));
        Answer free = assistant.ask(new Question("which of those work without any training?",
                List.of(new Turn("user", steering), new Turn("assistant", steered.answer())), 8, AnswerMode.EXTRACTIVE, null));
        assertFalse(free.citations().isEmpty(), "SEAL is training-free: " + steered.answer() + "\n" + free.answer());
        for (Citation c : free.citations()) assertTrue(c.sentence().matches("(?is).*(training-free|(without|no)( (any|additional|extra|further))* training).*"), c.sentence());

        // After answers about one paper each, "which one" chooses between those papers, not from the list before them.
        List<Turn> singles = new ArrayList<>(history);
        for (String asked : List.of("What is Hawkeye?", "what about R2R?")) {
            Answer one = assistant.ask(new Question(asked, singles, 8, AnswerMode.EXTRACTIVE, null));
            singles.add(new Turn("user", asked));
            singles.add(new Turn("assistant", one.answer()));
        }
        Answer rl = assistant.ask(new Question("which one uses reinforcement learning?", singles, 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(rl.answer().startsWith("Of the 2 papers in the last answers, 1 mentions"), rl.answer());
        assertEquals(List.of("Hawkeye"), rl.citations().stream().map(c -> paper(c).title().split(":")[0]).distinct().toList(), rl.answer());

        Answer common = assistant.ask(new Question("which of these are good?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertFalse(common.answer().startsWith("Of the "), "common words tell no paper apart: a follow-up as any other: " + common.answer());
        Answer noList = assistant.ask(new Question("which of these use Qwen?", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(ReadAnswers.NOTHING_LISTED, noList.answer(), "nothing to choose from, rather than a search of its words");
        assertFalse(noList.covered());
        for (String followUp : List.of("and why?", "tell me more", "How so?", "What is it?", "how does it work?", "who wrote it?", "which one?")) {
            Answer toNothing = assistant.ask(Question.of(followUp));
            assertEquals("There is no earlier answer to follow up on. Ask the question whole, naming its topic or paper.", toNothing.answer(),
                    "not \"Why think step by step?\" for its \"why\"");
            assertTrue(toNothing.citations().isEmpty() && !toNothing.covered());
        }
        List<Turn> aboutOne = List.of(new Turn("user", "tell me more about the second one"),
                new Turn("assistant", "There is no earlier answer, so \"the second one\" names no paper. Ask about a paper by its name or title."));
        assertEquals(ReadAnswers.NOTHING_LISTED, assistant.ask(new Question("which of those use Qwen?", aboutOne, 8, AnswerMode.EXTRACTIVE, null)).answer());
        // A client that sends its questions but not the answers: "those" are what the question before lists, and the notice says so.
        Answer questionsOnly = assistant.ask(new Question("and which of those use Qwen?", List.of(new Turn("user", question)), 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(qwen.citations().stream().map(Citation::paperId).distinct().toList(),
                questionsOnly.citations().stream().map(Citation::paperId).distinct().toList(), questionsOnly.answer());
        assertTrue(questionsOnly.notices().contains("The history holds no answer: the last list is what \"" + question + "\" lists now."),
                questionsOnly.notices().toString());
        // An answer in prose, as an agent passes back its summary of the list: "those" are what the question before lists.
        Answer afterProse = assistant.ask(new Question("which of those use Qwen?", List.of(new Turn("user", question),
                new Turn("assistant", "Several methods keep entropy up, mostly by clipping or regularising tokens [1][2].")), 8, AnswerMode.EXTRACTIVE, null));
        assertEquals(qwen.citations().stream().map(Citation::paperId).distinct().toList(),
                afterProse.citations().stream().map(Citation::paperId).distinct().toList(), afterProse.answer());
        assertTrue(afterProse.notices().contains("The last answer lists no papers: the papers read are those \"" + question + "\" lists now."),
                afterProse.notices().toString());
        // The list its answer shows, not the search's weaker hits besides.
        Answer topicOnly = assistant.ask(new Question("which of those use Qwen?", List.of(new Turn("user", "Which methods avoid entropy collapse?")), 8,
                AnswerMode.EXTRACTIVE, null));
        long shown = assistant.ask(Question.of("Which methods avoid entropy collapse?")).citations().stream().map(Citation::paperId).distinct().count();
        assertTrue(topicOnly.answer().startsWith("Of the " + shown + " papers in the last list"), shown + ": " + topicOnly.answer());
        String dated = "Which papers from 2025 study entropy collapse?";
        Answer within = assistant.ask(new Question("which of those use Qwen?", List.of(new Turn("user", dated)), 8, AnswerMode.EXTRACTIVE, null));
        assertFalse(within.citations().isEmpty(), within.answer());
        assertTrue(within.sources().stream().allMatch(source -> source.date() != null && source.date().startsWith("2025")),
                "the list within the dates the question names: " + within.sources());
    }

    @Test
    void should_read_an_organisation_named_in_the_question_as_the_filter() {
        Answer from2023 = assistant.ask(new Question("Which papers are from 2023?", List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(4, from2023.citations().size(), from2023.answer());
        String counted = from2023.notices().stream().filter(n -> n.startsWith("4 of ")).findFirst().orElseThrow(() -> new AssertionError(from2023.notices()));
        int dated2023 = Integer.parseInt(counted.split(" ")[2]);
        assertTrue(dated2023 > 4, counted);
        assertTrue(counted.endsWith("are listed; ask for more with k (the chat page's Sources, at most " + Question.MAX_K + ")."), "a k /api/ask takes: " + counted);
        Answer from2025 = assistant.ask(new Question("Which papers are from 2025?", List.of(), Question.MAX_K, AnswerMode.EXTRACTIVE, null));
        assertTrue(from2025.notices().stream().anyMatch(n -> n.startsWith(Question.MAX_K + " of ")
                && n.endsWith("or list them all with the same filters (GET /api/papers, paperchat papers).")), from2025.notices().toString());
        int dated2025 = SampleIndex.get().retriever().count(new Filters(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null));
        Answer howMany = assistant.ask(Question.of("How many papers are from 2025?"));
        assertTrue(howMany.answer().startsWith("There are " + dated2025 + " papers in the collection dated 2025:"), howMany.answer());
        assertEquals(Question.DEFAULT_K, howMany.citations().size(), howMany.answer());
        Answer howManyTencent = assistant.ask(Question.of("How many papers are from Tencent?"));
        assertTrue(howManyTencent.answer().startsWith("There are 4 papers in the collection from Tencent:"), howManyTencent.answer());
        Answer every = assistant.ask(new Question("Which papers are from 2023?", List.of(), dated2023, AnswerMode.EXTRACTIVE, null));
        assertEquals(dated2023, every.citations().size(), every.answer());
        assertTrue(every.notices().stream().noneMatch(n -> n.contains(" are listed;")), "all of them listed: " + every.notices());

        // Among an organisation's few papers, each that names the topic is listed: its title's "Reasoning" scores below the others' sentences.
        Answer reasoning = assistant.ask(Question.of("Which papers from Tencent study reasoning?"));
        assertEquals(4, reasoning.citations().stream().map(Citation::paperId).distinct().count(), reasoning.answer());
        assertTrue(reasoning.answer().contains("Incentivizing Reasoning for Advanced Instruction-Following"), reasoning.answer());
        // An acronym is named by the words papers spell it out with: Lp-Reg's title says "Reinforcement Learning", never "RL".
        Answer rl = assistant.ask(Question.of("Tencent RL papers"));
        assertTrue(rl.citations().stream().anyMatch(c -> c.title().startsWith("Low-probability Tokens Sustain Exploration")), rl.answer());
        Answer all = assistant.ask(Question.of("Which papers are from Tencent?"));
        assertTrue(all.answer().startsWith("Papers in the collection from Tencent:"), all.answer());
        assertEquals(List.of("\"Tencent\" in the question was read as a filter: only papers from that organisation were searched."), all.notices());
        assertEquals("Which papers are from Tencent?", all.question(), "read back as asked, not as the words left to search (\"Which papers are?\")");
        assertEquals("Which papers are from 2023?", every.question());
        assertTrue(all.citations().size() >= 2, all.answer());
        for (Citation c : all.citations()) assertEquals("Tencent", paper(c).organization(), c.title());
        // No topic to answer: each paper is shown by what it proposes, not by the sentence closest to "Which papers are?".
        assertTrue(all.answer().contains("- Entropy Minimized Policy Optimization (EMPO): In this work, we propose Entropy Minimized Policy Optimization"),
                all.answer());

        Answer longer = assistant.ask(Question.of("Which papers are from Google DeepMind?"));
        assertTrue(longer.answer().startsWith("Papers in the collection from DeepMind:"), "the collection's shorter name: " + longer.answer());
        for (Citation c : longer.citations()) assertEquals("Deepmind", paper(c).organization(), c.title());
        Answer renamed = assistant.ask(new Question("What do they find about reasoning?", List.of(), 4, AnswerMode.EXTRACTIVE,
                new Filters(null, null, "Google DeepMind")));
        assertTrue(renamed.notices().contains("Organisation \"Google DeepMind\" was read as \"Deepmind\", the collection's name for it."),
                renamed.notices().toString());
        for (Citation c : renamed.citations()) assertEquals("Deepmind", paper(c).organization(), c.title());
        Answer group = assistant.ask(Question.of("Which papers are from Alibaba Group?"));
        assertTrue(group.notices().contains("Organisation \"Alibaba Group\" was read as \"alibaba-inc\", the collection's name for it."),
                group.notices().toString());
        assertFalse(group.citations().isEmpty(), group.answer());
        for (Citation c : group.citations()) assertEquals("alibaba-inc", paper(c).organization(), c.title());
        for (String lacking : List.of("Which papers are from Meta?", "Which papers are from Tencnet?")) {
            Answer none = assistant.ask(Question.of(lacking));
            assertTrue(none.citations().isEmpty() && !none.covered(), none.answer());
            assertTrue(none.notices().stream().anyMatch(n -> n.startsWith("No paper in the collection is from an organisation named")), none.notices().toString());
        }
        assertTrue(assistant.ask(Question.of("Which papers are from Tencnet?")).notices().stream().anyMatch(n -> n.contains("names near it: tencent")));

        Answer topic = assistant.ask(Question.of("What does Tencent publish on reinforcement learning for reasoning?"));
        assertTrue(topic.answer().startsWith("Papers in the collection that address this:"), topic.answer());
        for (Citation c : topic.citations()) assertEquals("Tencent", paper(c).organization(), c.title());
        // An acronym of the topic is held written out ("RL" by Lp-Reg's "Reinforcement Learning"), and "methods" frames the topic.
        Answer filtered = assistant.ask(new Question("what RL methods for reasoning are there?", List.of(), 8, AnswerMode.EXTRACTIVE,
                new Filters(null, null, "tencent")));
        assertTrue(filtered.citations().stream().anyMatch(c -> c.title().startsWith("Low-probability Tokens Sustain Exploration")), filtered.answer());

        Answer withinFew = assistant.ask(Question.of("Which papers from Microsoft study reasoning?"));
        assertTrue(withinFew.covered(), "among an organisation's few papers, one on the topic is evidence: " + withinFew.answer());
        for (Citation c : withinFew.citations()) assertEquals("Microsoft", paper(c).organization(), c.title());
        assertFalse(assistant.ask(Question.of("Which papers from Tencent study protein folding?")).covered());

        Answer explicit = assistant.ask(new Question("Which papers are from Tencent?", List.of(), 8, AnswerMode.EXTRACTIVE,
                new Filters(null, null, "Microsoft")));
        assertFalse(explicit.notices().stream().anyMatch(n -> n.contains("was read as a filter")), "a filter the reader set wins");
        assertTrue(explicit.notices().contains("The question names Tencent; the organisation filter (Microsoft) was searched instead."),
                "and the reader is told: " + explicit.notices());
        Answer same = assistant.ask(new Question("Which papers from Tencent study reasoning?", List.of(), 8, AnswerMode.EXTRACTIVE,
                new Filters(null, null, "tencent")));
        assertTrue(same.covered(), "named as the filter is set, its name is no topic word: " + same.answer());
        Answer canonical = assistant.ask(new Question("Which papers from DeepMind study reasoning?", List.of(), 8, AnswerMode.EXTRACTIVE,
                new Filters(null, null, "Google DeepMind")));
        assertFalse(canonical.notices().stream().anyMatch(n -> n.startsWith("The question names")), "one organisation, written two ways: "
                + canonical.notices());
        Answer feedback = assistant.ask(Question.of("How do models learn from human feedback?"));
        assertFalse(feedback.notices().stream().anyMatch(n -> n.contains("was read as a filter")), feedback.notices().toString());
    }

    /** A title half remembered with typos is still that title, read as searched: "efficent ... colaboration" is Hawkeye's. */
    @Test
    void should_take_a_misspelt_half_remembered_title_for_that_title() {
        Answer answer = assistant.ask(Question.of("efficent reasoning with model colaboration"));
        assertTrue(answer.answer().startsWith("Hawkeye (\"Hawkeye:"), answer.answer());
    }

    /** A list answer names the search's best paper first, whatever its sentences score beside another paper's. */
    @Test
    void should_list_the_best_paper_of_the_search() {
        Answer answer = assistant.ask(Question.of("Which papers from Tencent study reasoning?"));
        assertTrue(answer.answer().startsWith("Papers in the collection that address this:"), answer.answer());
        assertEquals(1, answer.citations().get(0).marker(), answer.answer());
    }

    /** The sentence that answers, without the abstract's opening line that scores far below it. */
    @Test
    void should_leave_out_a_second_sentence_far_below_the_one_that_answers() {
        Answer answer = assistant.ask(Question.of("Which paper reports a 68 percent relative improvement on AIME 2024?"));
        assertTrue(answer.answer().startsWith("ETTRL"), answer.answer());
        assertEquals(1, answer.citations().size(), answer.answer());
        assertTrue(answer.citations().get(0).sentence().contains("68 percent relative improvement"), answer.answer());
    }

    @Test
    void should_answer_who_wrote_a_named_paper_or_when_it_appeared_from_its_record() {
        Answer who = assistant.ask(Question.of("Who wrote Quiet-STaR?"));
        assertEquals("The collection's record of Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\")"
                + " does not name its authors (it counts 6 authors). [1]", who.answer());
        assertTrue(paper(who.citations().get(0)).title().startsWith("Quiet-STaR"));
        Answer when = assistant.ask(Question.of("What year did the coconut paper come out?"));
        assertTrue(when.answer().contains("is dated 2024-12-09 in the collection"), when.answer());
        Answer followUp = assistant.ask(new Question("who wrote it?", List.of(new Turn("user", "What does Quiet-STaR do?"),
                new Turn("assistant", "...")), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(who.answer(), followUp.answer());
        Answer content = assistant.ask(Question.of("What does Quiet-STaR do?"));
        assertFalse(content.answer().contains("record"), "a question about its content is answered from the abstract: " + content.answer());
        Answer both = assistant.ask(Question.of("who wrote the coconut paper and when was it published?"));
        assertTrue(both.answer().endsWith("does not name its authors (it counts 7 authors). It is dated 2024-12-09 in the collection. [1]"), both.answer());
        Answer howMany = assistant.ask(Question.of("How many authors does Quiet-STaR have?"));
        assertEquals(who.answer(), howMany.answer(), "a count of the record's, not a quantity its abstract should state");
        assertTrue(howMany.covered());
    }

    @Test
    void should_rewrite_a_follow_up_by_rule_without_an_llm() {
        Answer answer = assistant.ask(new Question("and which of those use majority voting?",
                List.of(new Turn("user", "test-time reinforcement learning without labels"), new Turn("assistant", "...")),
                6, AnswerMode.EXTRACTIVE, null));
        // The answer before lists no papers: "those" are what the question before lists, each read for majority voting.
        assertEquals("use majority voting, among the papers of the last list", answer.question());
        assertFalse(answer.citations().isEmpty(), answer.answer());
        assertTrue(answer.citations().stream().allMatch(c -> paper(c).abstractText().toLowerCase().contains("majority")), answer.answer());
        Answer joined = assistant.ask(new Question("and what about their results?",
                List.of(new Turn("user", "test-time reinforcement learning without labels"), new Turn("assistant", "...")),
                6, AnswerMode.EXTRACTIVE, null));
        assertEquals("test-time reinforcement learning without labels and what about their results?", joined.question(), "joined by rule");
        // A follow-up's comparison is read as the question it was made into: the name no paper has is said, as when asked alone.
        Answer compared = assistant.ask(new Question("how does it compare to TTRL?", List.of(new Turn("user", "What is EMPO?"),
                new Turn("assistant", assistant.ask(Question.of("What is EMPO?")).answer())), 6, AnswerMode.EXTRACTIVE, null));
        assertEquals("how does EMPO compare to TTRL?", compared.question());
        assertTrue(compared.notices().stream().anyMatch(n -> n.startsWith("\"TTRL\" is the name of no paper in the collection")), compared.notices().toString());
        // Joined by rule into two sentences, the comparison is still read as asked.
        Answer joinedCompared = assistant.ask(new Question("how does it compare to FooNet?", List.of(new Turn("user", "What is Masked Thought?"),
                new Turn("assistant", "...")), 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(joinedCompared.notices().stream().anyMatch(n -> n.contains("\"FooNet\"")), joinedCompared.question() + " " + joinedCompared.notices());
    }

    @Test
    void should_say_no_llm_is_configured_when_llm_mode_is_asked_for() {
        Answer answer = assistant.ask(new Question("entropy collapse", List.of(), 4, AnswerMode.LLM, null));
        assertEquals("extractive", answer.mode());
        assertTrue(answer.notices().get(0).contains("No LLM is configured"));
    }

    @Test
    void should_read_a_year_the_question_puts_on_the_papers_as_the_date_filter() {
        Answer answer = assistant.ask(new Question("which papers from 2025 study entropy in reinforcement learning?", List.of(), 6,
                AnswerMode.EXTRACTIVE, null));
        // Read back as asked: the notice says what was read as the filter, and "Searched as" shows no words cut out.
        assertEquals("which papers from 2025 study entropy in reinforcement learning?", answer.question());
        assertTrue(answer.notices().get(0).startsWith("\"from 2025\" in the question was read as a date filter"), answer.notices().toString());
        assertFalse(answer.citations().isEmpty(), answer.answer());
        for (Citation c : answer.citations()) assertTrue(paper(c).date().startsWith("2025-"), paper(c).title() + " " + paper(c).date());
        Answer set = assistant.ask(new Question("which papers from 2025 study entropy?", List.of(), 6, AnswerMode.EXTRACTIVE,
                new dev.paperchat.index.Filters(LocalDate.of(2024, 1, 1), null, null)));
        assertTrue(set.notices().stream().noneMatch(n -> n.contains("date filter")), "dates set in the filters win: " + set.notices());
    }

    @Test
    void should_say_when_no_paper_matches_the_filters() {
        var filters = new dev.paperchat.index.Filters(LocalDate.of(2030, 1, 1), null, "nobody");
        Answer answer = assistant.ask(new Question("entropy collapse", List.of(), 4, AnswerMode.EXTRACTIVE, filters));
        assertFalse(answer.covered());
        String noSuchOrganisation = "No paper in the collection is from an organisation named \"nobody\". Every organisation is listed by paperchat stats, GET /api/stats, the MCP tool collection_stats and the chat page's Organisation field.";
        assertEquals("No paper in the collection matches the filters (from 2030-01-01, organisation nobody).", answer.answer());
        assertEquals(List.of(noSuchOrganisation, "A date range leaves out papers without a year."), answer.notices());
        Answer byOrg = assistant.ask(new Question("entropy collapse", List.of(), 4, AnswerMode.EXTRACTIVE,
                new dev.paperchat.index.Filters(null, null, "nobody")));
        assertEquals(List.of(noSuchOrganisation), byOrg.notices());
        Answer filteredOut = assistant.ask(new Question("What functional correctness does VeriReason reach?", List.of(), 4,
                AnswerMode.EXTRACTIVE, new dev.paperchat.index.Filters(null, null, "Tencent")));
        assertFalse(filteredOut.covered(), filteredOut.answer());
        assertEquals(List.of("Only papers matching the filters (organisation Tencent) were searched."), filteredOut.notices());
        Answer covered = assistant.ask(new Question("reinforcement learning for reasoning", List.of(), 4,
                AnswerMode.EXTRACTIVE, new dev.paperchat.index.Filters(null, null, "Tencent")));
        assertTrue(covered.covered(), covered.answer());
        assertEquals("Only papers matching the filters (organisation Tencent) were searched.", covered.notices().get(0),
                "a covered answer says so too: the filters may be set far from where the answer is read");
        Answer dated = assistant.ask(new Question("process reward models", List.of(), 4, AnswerMode.EXTRACTIVE,
                new dev.paperchat.index.Filters(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31), null)));
        assertEquals(List.of("Only papers matching the filters (from 2025-06-01, to 2025-12-31) were searched, and papers without a year are left out."),
                dated.notices(), "most listings date a paper by its day and month alone");
    }

    @Test
    void should_tell_the_reader_when_a_claim_gives_figures_its_source_does_not_state_or_says_the_opposite() {
        Answer figures = assistant.ask(new Question("EMPO improves TruthfulQA accuracy of Qwen2.5-7B Instruct from 87.16% to 99.1%.",
                List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertTrue(figures.covered());
        assertEquals(List.of("\"Right Question is Already Half the Answer: Fully Unsupervised LLM Reasoning Incentivization\" does not state 99.1: "
                + "read the quoted sentences before citing this claim."), figures.notices());
        Answer opposite = assistant.ask(new Question("NoThinking underperforms Thinking when the number of tokens is controlled.",
                List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(1, opposite.notices().size(), opposite.notices().toString());
        assertTrue(opposite.notices().get(0).contains("says the opposite (\"outperform\")"), opposite.notices().toString());
        Answer contrary = assistant.ask(Question.of("Is it true that DeepSeek-R1 outperforms its non-reasoning variant at evaluating machine translation?"));
        assertTrue(contrary.notices().stream().anyMatch(n -> n.contains("DeepSeek-R1 underperforms compared to its non-reasoning variant")
                && n.contains("says the opposite")), contrary.notices().toString());
        Answer stated = assistant.ask(new Question("EMPO raises Qwen2.5-Math-7B Base from 30.7% to 48.1% on math benchmarks.",
                List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of(), stated.notices(), "a claim its source states needs no warning");
        assertEquals(List.of(), assistant.ask(new Question("Does NoThinking underperform Thinking?", List.of(), 4, AnswerMode.EXTRACTIVE, null)).notices(),
                "a question is answered, not checked");
        // Asked yes or no of a paper it names, a figure is checked as a claim's: the quoted sentences are on the subject all the same.
        assertEquals(List.of("\"CoIn: Counting the Invisible Reasoning Tokens in Commercial Opaque LLM APIs\" does not state 99; its sentence quoted gives 94.7:"
                + " read the quoted sentences before citing this claim."), assistant.ask(Question.of("Did CoIn detect token count inflation with a 99% success rate?")).notices(),
                "the paper's own figure, in its place");
        assertEquals(List.of(), assistant.ask(Question.of("Did CoIn detect token count inflation with a 94.7% success rate?")).notices());
        // An organisation is the record's to state: a wrong one is told by it, a right one needs no warning.
        assertEquals(List.of("The claim has \"General-Reasoner: Advancing LLM Reasoning Across All Domains\" from Tencent; its record has it from"
                + " University of Waterloo."), assistant.ask(Question.of("Is it true that General-Reasoner, from Tencent, builds a generative"
                + " model-based answer verifier?")).notices());
        assertEquals(List.of(), assistant.ask(Question.of("Is it true that Ai2's MolmoAct reaches 86.6% average success on LIBERO?")).notices());
        Answer misattributed = assistant.ask(new Question("Lp-Reg boosts Qwen2.5-Math-7B from 30.7% to 48.1% on math benchmarks.",
                List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("The claim names \"Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward\", "
                + "but its closest sentences are from \"Right Question is Already Half the Answer: Fully Unsupervised LLM Reasoning Incentivization\": "
                + "read them before citing the claim."), misattributed.notices(), "EMPO's figures under Lp-Reg's name");
        for (String denied : List.of("Soft Thinking requires additional training.",
                "DPO requires fitting a separate reward model and sampling from the LM during fine-tuning.")) {
            Answer answer = assistant.ask(new Question(denied, List.of(), 4, AnswerMode.EXTRACTIVE, null));
            assertTrue(answer.notices().size() == 1 && answer.notices().get(0).contains("says this is not so"), denied + " -> " + answer.notices());
        }
        assertEquals(List.of(), assistant.ask(new Question("Soft Thinking is a training-free method.", List.of(), 4, AnswerMode.EXTRACTIVE, null)).notices());
        // The figures under another paper's name: the notice names the paper that states them.
        Answer elsewhere = assistant.ask(new Question("Self-RAG achieves 5x token efficiency on HotpotQA", List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("\"Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection\" does not state 5, HotpotQA; \"ReWOO: Decoupling "
                + "Reasoning from Observations for Efficient Augmented Language Models\" states them: read the quoted sentences before citing this claim."),
                elsewhere.notices());
        // Not one that states a figure of it in another sense: Klear-Reasoner's "58.1% on LiveCodeBench" is no source of EMPO's maths.
        Answer wrongFigure = assistant.ask(new Question("EMPO raises Qwen 2.5 from 30.7% to 58.1% on math benchmarks.", List.of(), 4,
                AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("\"Right Question is Already Half the Answer: Fully Unsupervised LLM Reasoning Incentivization\" does not state 58.1: "
                + "read the quoted sentences before citing this claim."), wrongFigure.notices());
        // Nor one that states the figure on another benchmark: AMC23's 80% of a small model is no source of "80% on MMMU".
        Answer otherBenchmark = assistant.ask(new Question("Is it true that Skywork-R1V3 reaches 80% on MMMU?", List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("\"Skywork-R1V3 Technical Report\" does not state 80: read the quoted sentences before citing this claim."),
                otherBenchmark.notices());
        // A claim of words that credits another paper's finding to the paper it names is told so, from the papers the answer found.
        Answer forking = assistant.ask(new Question("Is it true that EMPO restricts policy gradient updates to high-entropy forking tokens?", List.of(), 4,
                AnswerMode.EXTRACTIVE, null));
        assertEquals(1, forking.notices().size(), forking.notices().toString());
        assertTrue(forking.notices().get(0).startsWith("The claim names \"Right Question is Already Half the Answer")
                && forking.notices().get(0).contains("\"Beyond the 80/20 Rule"), forking.notices().get(0));
        // Nor one whose figure is of something else: The Climb's "over 70% accuracy for Qwen-2.5-7B" is a reasoning-pattern reward's.
        Answer otherSubject = assistant.ask(new Question("Is it true that Lp-Reg reaches 70% average accuracy on math benchmarks?", List.of(), 4,
                AnswerMode.EXTRACTIVE, null));
        assertEquals(List.of("\"Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward\" does not state 70: "
                + "read the quoted sentences before citing this claim."), otherSubject.notices());
        // Asked about rather than stated, a claim is checked all the same.
        for (String asked : List.of("Is it true that EMPO raises Qwen 2.5 from 30.7% to 58.1% on math benchmarks?",
                "Can you check whether EMPO raises Qwen 2.5 from 30.7% to 58.1% on math benchmarks?")) {
            assertEquals(wrongFigure.notices(), assistant.ask(new Question(asked, List.of(), 4, AnswerMode.EXTRACTIVE, null)).notices(), asked);
        }
        // And searched as the claim: the frame's words ("where did I read") are in no abstract, and had put the <SEG> token paper first.
        Answer remembered = assistant.ask(new Question("Where did I read that 20% of tokens are enough for RLVR?", List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertTrue(remembered.covered() && remembered.answer().startsWith("Beyond the 80/20 Rule"), remembered.answer());
        Answer reported = assistant.ask(new Question("A paper showed that ReWOO improves HotpotQA accuracy by 9%", List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertEquals(1, reported.notices().size(), "a claim as a writer reports it is checked: " + reported.notices());
        Answer reversed = assistant.ask(new Question("Orca 2 underperforms models of similar size", List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertTrue(reversed.notices().size() == 1 && reversed.notices().get(0).contains("says the opposite (\"surpass\")"), reversed.notices().toString());
        // A denial in another quoted sentence ("these improvements require no fine-tuning"), and one that leaves its verb to the clause before.
        Answer fineTuned = assistant.ask(new Question("Quiet-STaR needs fine-tuning on GSM8K to get its gains.", List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertTrue(fineTuned.notices().size() == 1 && fineTuned.notices().get(0).contains("another quoted sentence says this is not so"
                + " (\"Crucially, these improvements require no fine-tuning on these tasks.\")"), fineTuned.notices().toString());
        assertEquals(List.of(), assistant.ask(new Question("Quiet-STaR improves zero-shot GSM8K accuracy from 5.9% to 10.9% through continued pretraining"
                + " rather than task fine-tuning.", List.of(), 4, AnswerMode.EXTRACTIVE, null)).notices(), "the claim sets fine-tuning aside itself");
        Answer noisy = assistant.ask(new Question("Noisy or incorrect reward signals consistently improve performance on leakage-free datasets.",
                List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertTrue(noisy.notices().size() == 1 && noisy.notices().get(0).contains("(\"noisy or incorrect signals do not\")"), noisy.notices().toString());
        // A passage of claims is answered together, with a pointer to the lookup that checks each.
        Answer passage = assistant.ask(new Question("ETTRL enables Llama3.1-8B to reach a 68 percent relative improvement on AIME 2024."
                + " Lp-Reg keeps on-policy training stable for around 10,000 steps. Can you check these claims?", List.of(), 4, AnswerMode.EXTRACTIVE, null));
        assertTrue(passage.notices().contains(Assistant.PASSAGE_NOTICE), passage.notices().toString());
        // Asked about, a claim is answered as its source is, with its check: not as a list of papers on its subject.
        Answer asked = assistant.ask(new Question("Is it true that Quiet-STaR needs fine-tuning on GSM8K to get its gains?", List.of(), 4,
                AnswerMode.EXTRACTIVE, null));
        assertTrue(asked.answer().startsWith("Quiet-STaR (\""), "the claim's source, not a list: " + asked.answer());
        assertEquals(fineTuned.notices(), asked.notices());
    }

    /** True claims a user test found flagged: an antonym in another sentence ("Large Reasoning Models"), a denial the sentence shares. */
    @Test
    void should_not_warn_of_a_true_claim() {
        for (String claim : List.of("Smaller models sometimes fail to follow summarization and reflection instructions",
                "Longer thinking does not necessarily translate to improved performance", "DPO does not need a separate reward model",
                "QwQ-32B with LeaP scores about 5 points above the baseline", "EMPO does not require any supervised labels")) {
            assertEquals(List.of(), assistant.ask(new Question(claim, List.of(), 4, AnswerMode.EXTRACTIVE, null)).notices(), claim);
        }
    }

    @Test
    void should_list_papers_for_a_long_question_that_happens_to_hold_most_of_one_title() {
        Answer answer = assistant.ask(new Question("I am looking for papers that study how reinforcement learning with verifiable rewards "
                + "changes the entropy of the policy during training of reasoning language models, and whether there are regularisation "
                + "techniques such as clipping high covariance tokens or keeping low probability tokens alive that prevent the collapse of "
                + "exploration.", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(answer.answer().startsWith("Papers in the collection that address this:"), answer.answer());
        assertTrue(answer.answer().contains("Lp-Reg") && answer.answer().contains("Clip-Cov"), answer.answer());
    }

    @Test
    void should_quote_a_papers_own_work_under_its_name_rather_than_what_it_says_of_others() {
        Answer answer = assistant.ask(new Question("What has Tencent published on reasoning?", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        String empo = answer.answer().lines().filter(l -> l.startsWith("- Entropy Minimized Policy Optimization (EMPO):")).findFirst().orElseThrow();
        assertFalse(empo.contains("these approaches critically depend"), empo);
    }

    @Test
    void should_list_the_papers_of_a_month_a_question_asks_for_and_nothing_else() {
        Answer answer = assistant.ask(new Question("Which papers were published in December 2024?", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(answer.covered(), answer.answer());
        assertTrue(answer.answer().startsWith("Papers in the collection dated December 2024:"), answer.answer());
        assertTrue(answer.sources().size() >= 4 && answer.sources().stream().allMatch(s -> s.date().startsWith("2024-12")), answer.sources().toString());
    }

    @Test
    void should_answer_a_topic_within_a_month_when_its_best_paper_mentions_it() {
        Answer rl = assistant.ask(Question.of("What was published in December 2025 about RL?"));
        assertTrue(rl.covered(), "the month's few papers, measured as the organisation's are: " + rl.answer());
        assertTrue(rl.sources().stream().allMatch(s -> s.date().startsWith("2025-12")), rl.sources().toString());
        assertFalse(assistant.ask(Question.of("What was published in 2025 on earthquake prediction?")).covered());
    }

    @Test
    void should_list_the_papers_on_a_topic_after_a_month_in_everyday_words() {
        Answer since = assistant.ask(Question.of("which RL for reasoning papers were published after June 2025?"));
        assertTrue(since.covered(), since.answer());
        assertTrue(since.notices().get(0).contains("dated 2025-07-01 or later"), since.notices().toString());
        assertTrue(since.citations().size() >= 4, "the window's papers that name the topic, not the best one alone: " + since.answer());
        assertTrue(since.sources().stream().allMatch(s -> s.date().compareTo("2025-07") >= 0), since.sources().toString());
        Answer acronym = assistant.ask(Question.of("which RL papers were published since 2025?"));
        assertTrue(acronym.covered(), "RL is a topic abstracts write, not an organisation: " + acronym.answer());
        assertTrue(acronym.notices().stream().noneMatch(n -> n.contains("organisation")), acronym.notices().toString());
    }

    @Test
    void should_say_how_many_papers_the_collection_holds_from_its_records() {
        for (String asked : List.of("how many papers are in the collection?", "How big is the collection", "how many papers do you have?",
                "How many papers are there?", "Which organisations are in the collection?", "what organisations are there?")) {
            Answer size = assistant.ask(Question.of(asked));
            assertTrue(size.answer().startsWith("The collection holds 300 papers; their records name "), asked + ": " + size.answer());
            assertTrue(size.covered() && size.citations().isEmpty(), size.toString());
            assertTrue(size.answer().contains("Tencent (4)"), "the organisations, most papers first: " + size.answer());
            assertTrue(size.provenance().indexGeneration() > 0, "read from the index as it is now: " + size.provenance());
            assertEquals(assistant.ask(Question.of("entropy collapse")).provenance().indexGeneration(), size.provenance().indexGeneration());
        }
        assertTrue(assistant.ask(Question.of("How many papers are from 2023?")).answer().startsWith("There are "), "a filter's papers are counted as before");
    }

    /** Within filters the reader set, a topic one of the few best papers names is covered, and that paper comes first. */
    @Test
    void should_answer_a_topic_within_the_filters_set_when_one_of_the_best_papers_names_it() {
        Filters tencent = Filters.parse("2025-05-01", null, "tencent");
        Answer rl = assistant.ask(new Question("Which papers study reinforcement learning?", List.of(), 8, AnswerMode.EXTRACTIVE, tencent));
        assertTrue(rl.covered(), rl.answer());
        assertTrue(rl.citations().get(0).sentence().toLowerCase(Locale.ROOT).contains("reinforcement learning"), rl.answer());
        Answer folding = assistant.ask(new Question("Which papers study protein folding?", List.of(), 8, AnswerMode.EXTRACTIVE, tencent));
        assertFalse(folding.covered());
        // The rest of the collection was not searched: the answer does not speak for it.
        assertTrue(folding.answer().startsWith(ExtractiveAnswerer.NOT_COVERED_FILTERED), folding.answer());
    }

    @Test
    void should_say_no_paper_is_from_an_organisation_a_question_says_publishes() {
        Answer meta = assistant.ask(Question.of("what did Meta publish on reasoning?"));
        assertFalse(meta.covered(), meta.answer());
        assertTrue(meta.answer().contains("organisation Meta"), meta.answer());
        assertTrue(meta.citations().isEmpty());
    }

    @Test
    void should_narrow_a_comparison_to_the_papers_a_hyphenated_word_describes() {
        Answer compared = assistant.ask(new Question("Compare Coconut, Soft Thinking and SoftCoT++", List.of(), 8, AnswerMode.EXTRACTIVE, null));
        List<Turn> history = List.of(new Turn("user", "Compare Coconut, Soft Thinking and SoftCoT++"), new Turn("assistant", compared.answer()));
        Answer narrowed = assistant.ask(new Question("which one is training-free?", history, 8, AnswerMode.EXTRACTIVE, null));
        assertTrue(narrowed.answer().startsWith("Of the 3 papers in the last list, 1 mentions \"training-free\":\n- Soft Thinking:"), narrowed.answer());
    }
    @Test
    void should_list_the_papers_that_name_something_with_the_sentence_that_does() {
        Answer grpo = assistant.ask(Question.of("Which papers mention GRPO?"));
        assertTrue(grpo.covered());
        assertTrue(grpo.answer().startsWith("Papers in the collection that mention \"GRPO\":"), grpo.answer());
        assertEquals(Question.DEFAULT_K, grpo.citations().size(), grpo.answer());
        for (Citation c : grpo.citations()) assertTrue(c.sentence().contains("GRPO"), c.sentence());
        assertTrue(grpo.notices().stream().anyMatch(n -> n.matches("8 of \\d+ papers that mention \"GRPO\" are listed.*")), grpo.notices().toString());
        assertTrue(grpo.notices().stream().anyMatch(n -> n.endsWith(", or search for \"GRPO\" with k up to 50 (GET /api/search, paperchat search).")),
                "more than Sources can show: where the rest are " + grpo.notices());

        Answer none = assistant.ask(Question.of("Which papers mention AlphaFold?"));
        assertFalse(none.covered());
        assertEquals("No paper in the collection mentions \"AlphaFold\" in its title or abstract.", none.answer());
    }

    /** Markdown's marks, as a question pasted from notes or an LLM's output has them, ask what the plain words do. */
    @Test
    void should_answer_a_question_in_markdown_as_its_plain_words() {
        Answer marked = assistant.ask(Question.of("**Which** methods _avoid_ `entropy` [collapse](http://evil.example)?"));
        Answer plain = assistant.ask(Question.of("Which methods avoid entropy collapse?"));
        assertTrue(marked.covered(), marked.answer());
        assertEquals(plain.answer(), marked.answer());
    }

    /** A year or organisation a question gives a named paper is checked against its record, not read as a filter that leaves the paper out. */
    @Test
    void should_check_a_papers_date_and_organisation_against_its_record() {
        Answer claimed = assistant.ask(Question.of("Quiet-STaR was published by Google DeepMind in 2023."));
        assertTrue(claimed.covered());
        assertTrue(claimed.answer().startsWith("Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\") is dated "),
                claimed.answer());
        assertTrue(claimed.answer().contains("The question has it dated 2023; the record does not.")
                && claimed.answer().contains("The question has it from Google DeepMind; the record names no organisation to check it by."), claimed.answer());
        assertTrue(claimed.citations().stream().allMatch(c -> c.title().startsWith("Quiet-STaR")), claimed.answer());
        assertEquals(List.of(), claimed.notices(), "no date filter, and no claim of the abstract's to check");
        Answer followUp = assistant.ask(new Question("Was it published in 2024?", List.of(new Turn("user", "What is Quiet-STaR?"),
                new Turn("assistant", assistant.ask(Question.of("What is Quiet-STaR?")).answer())), Question.DEFAULT_K, AnswerMode.EXTRACTIVE, null));
        assertTrue(followUp.answer().contains("The question has it dated 2024, as the record has it."), followUp.answer());
        // As a fact-checker asks it: the year is still no filter that leaves the paper out.
        Answer asked = assistant.ask(Question.of("Is it true that Quiet-STaR was published in 2023?"));
        assertTrue(asked.covered() && asked.answer().contains("The question has it dated 2023; the record does not."), asked.answer());
        assertTrue(assistant.ask(Question.of("Which papers were published in 2023?")).answer().startsWith("Papers in the collection dated 2023:"),
                "papers asked for by their year are still listed by it");
    }

    /** "Which papers mention overthinking?" asks for every paper that writes the topic, in any of its forms ("Don't Overthink it"). */
    @Test
    void should_list_every_paper_that_writes_a_topic_asked_to_be_mentioned() {
        List<dev.paperchat.corpus.Paper> sample = dev.paperchat.corpus.SampleCorpus.read(dev.paperchat.corpus.CorpusReader.withAllFormats()).papers();
        long writing = sample.stream().filter(p -> (p.title() + "\n" + p.abstractText()).toLowerCase(Locale.ROOT).matches("(?s).*\\boverthink.*")).count();
        Answer mentioned = assistant.ask(Question.of("Which papers mention overthinking?"));
        assertTrue(mentioned.answer().startsWith("Papers in the collection that mention \"overthinking\":"), mentioned.answer());
        assertEquals(Question.DEFAULT_K, mentioned.citations().size(), mentioned.answer());
        for (Citation c : mentioned.citations()) assertTrue((c.title() + c.sentence()).toLowerCase(Locale.ROOT).contains("overthink"), c.sentence());
        assertTrue(mentioned.notices().contains(Question.DEFAULT_K + " of " + writing + " papers that mention \"overthinking\" are listed;"
                + " ask for more with k (the chat page's Sources, at most 20)."), writing + ": " + mentioned.notices());
        // "talk about" asks for the papers on it, as "discuss" does: no paper is cited for its words ("When writing and talking, ...").
        Answer talked = assistant.ask(Question.of("Which papers talk about hallucination?"));
        assertTrue(talked.covered());
        for (Citation c : talked.citations()) assertTrue(paper(c).abstractText().toLowerCase(Locale.ROOT).contains("hallucinat"), c.title());
    }

    @Test
    void should_list_the_papers_that_name_each_of_two_names() {
        Answer both = assistant.ask(Question.of("Which papers mention GRPO and PPO?"));
        assertTrue(both.answer().startsWith("Papers in the collection that mention \"GRPO\" and \"PPO\":"), both.answer());
        assertTrue(both.citations().size() >= 2, both.answer());
        for (Citation c : both.citations()) assertTrue(paper(c).abstractText().contains("GRPO") && paper(c).abstractText().contains("PPO"), c.title());
        assertTrue(both.citations().stream().anyMatch(c -> c.sentence().contains("(PPO) and Group Relative Policy Optimization (GRPO)")),
                "led by the sentence that names both: " + both.answer());
        Answer counted = assistant.ask(Question.of("How many papers mention Qwen and Llama?"));
        assertTrue(counted.answer().matches("(?s)\\d+ (or more )?papers in the collection mention \"Qwen\" and \"Llama\".*"), counted.answer());
        // Though two papers write "GSM8K and MATH500" together, the question is of each; and "PPO and DPO" is no name of DPO's paper.
        Answer written = assistant.ask(Question.of("How many papers mention GSM8K and MATH?"));
        assertTrue(written.answer().matches("(?s)(9|\\d\\d) (or more )?papers in the collection mention \"GSM8K\" and \"MATH\".*"), written.answer());
        Answer dpo = assistant.ask(Question.of("which papers use both PPO and DPO?"));
        assertTrue(dpo.citations().stream().anyMatch(c -> c.title().startsWith("Trust Region Preference Approximation")), dpo.answer());
        // No paper names both, or the name is one: the answer says none names it, as asked.
        assertEquals("No paper in the collection mentions \"GRPO and AlphaFold\" in its title or abstract.",
                assistant.ask(Question.of("Which papers mention GRPO and AlphaFold?")).answer());
    }

    /** A list of the papers that fit best says how many more write the topic's words, and how to have them all. */
    @Test
    void should_say_how_many_more_papers_write_a_listed_topic() {
        Answer list = assistant.ask(Question.of("which papers study test-time scaling?"));
        String notice = list.notices().stream().filter(n -> n.contains("papers write \"test-time scaling\"")).findFirst().orElseThrow();
        assertTrue(notice.matches("\\d+ papers write \"test-time scaling\", (?:\\d+ of them not|none of them) listed here, which lists those that fit best:"
                + " ask \"How many papers mention test-time scaling\\?\" to have them all\\."), notice);
        Answer all = assistant.ask(Question.of("How many papers mention test-time scaling?"));
        assertTrue(all.answer().startsWith(notice.substring(0, notice.indexOf(' '))), "the count the notice gave: " + all.answer());
        // The papers found that write the term are listed, though their sentences score lower: SimpleTIR's title says it.
        Answer tir = assistant.ask(Question.of("Which papers study tool-integrated reasoning?"));
        assertTrue(tir.citations().stream().anyMatch(c -> c.title().startsWith("SimpleTIR")), tir.answer());
    }

    /** "How many papers...?" is counted by reading every abstract, as a list of them is; the count is the sample's own. */
    @Test
    void should_count_the_papers_that_name_a_name_or_write_a_topics_words() {
        List<dev.paperchat.corpus.Paper> sample = dev.paperchat.corpus.SampleCorpus.read(dev.paperchat.corpus.CorpusReader.withAllFormats()).papers();
        long writing = sample.stream().filter(p -> (p.title() + "\n" + p.abstractText()).toLowerCase(Locale.ROOT)
                .matches("(?s).*(?<![\\p{L}\\p{N}])multi-?modal[\\s-]*reasoning(?!\\p{L}).*")).count();
        Answer topic = assistant.ask(Question.of("How many papers are about multimodal reasoning?"));
        assertTrue(topic.covered());
        assertTrue(topic.answer().startsWith(writing + " papers in the collection mention \"multimodal reasoning\" in the title or abstract; the first "
                + Question.DEFAULT_K + ":"), writing + ": " + topic.answer());
        // "Multi-Modal Reasoning" is written too: the topic's words as analysed, in a row.
        for (Citation c : topic.citations()) assertTrue(c.sentence().toLowerCase(Locale.ROOT).matches("(?s).*multi-?modal reasoning.*"), c.sentence());
        Answer grpo = assistant.ask(Question.of("how many papers mention GRPO?"));
        assertTrue(grpo.answer().matches("(?s)\\d+ papers in the collection mention \"GRPO\" in the title or abstract; the first 8:.*"), grpo.answer());
        assertTrue(grpo.notices().stream().noneMatch(n -> n.startsWith("An abstract holds no reference list")), "mentions, not citations");
        // More papers write it than a search brings (50): those that hold its rarest word are read too, and the count is whole.
        long cot = sample.stream().filter(p -> (p.title() + "\n" + p.abstractText()).toLowerCase(Locale.ROOT)
                .matches("(?s).*(?<![\\p{L}\\p{N}])chains?[\\s-]*+of[\\s-]*+thoughts?(?!\\p{L}).*")).count();
        assertTrue(cot > 50, "more than a search brings: " + cot);
        // "chains of thought" is written too.
        Answer chain = assistant.ask(Question.of("How many papers mention chain-of-thought?"));
        assertTrue(chain.answer().startsWith(cot + " papers in the collection mention \"chain-of-thought\""), cot + ": " + chain.answer());
        // "MATH 500" is also written "MATH500", one word to the index, and "Math500": those papers count too, however it is asked.
        long math500 = sample.stream().filter(p -> (p.title() + "\n" + p.abstractText()).matches("(?is).*(?<![\\p{L}\\p{N}])MATH[\\s-]*+500(?![\\p{L}\\p{N}]).*")).count();
        for (String spelt : List.of("MATH 500", "MATH500", "Math500", "MATH-500")) {
            Answer joined = assistant.ask(Question.of("How many papers mention " + spelt + "?"));
            assertTrue(joined.answer().startsWith(math500 + " papers in the collection mention \"" + spelt + "\""), math500 + ": " + joined.answer());
        }
        long aime24 = sample.stream().filter(p -> (p.title() + "\n" + p.abstractText()).matches("(?is).*(?<![\\p{L}\\p{N}])AIME[\\s-]*+(?:2024|'?24)(?![\\p{L}\\p{N}]).*")).count();
        for (String spelt : List.of("AIME 2024", "AIME2024", "AIME24")) {
            Answer joined = assistant.ask(Question.of("How many papers mention " + spelt + "?"));
            assertTrue(joined.answer().startsWith(aime24 + " papers in the collection mention \"" + spelt + "\""), aime24 + ": " + joined.answer());
        }
        // "Llama 3" may also be written "Llama3.1", a word of its own: the count says it may be short.
        assertTrue(assistant.ask(Question.of("How many papers mention Llama 3?")).answer().matches("(?s)\\d+ or more papers in the collection mention.*"));
    }

    /** Counted within filters, a count speaks of the papers they pass; a name written with versions ("Qwen2.5") is sought by those too. */
    @Test
    void should_count_mentions_within_filters_and_through_versions_of_a_name() {
        List<Paper> sample = dev.paperchat.corpus.SampleCorpus.read(dev.paperchat.corpus.CorpusReader.withAllFormats()).papers();
        Predicate<Paper> writesGrpo = p -> (p.title() + "\n" + p.abstractText()).matches("(?s).*(?<![\\p{L}\\p{N}])GRPO(?!\\p{L}).*");
        long of2025 = sample.stream().filter(p -> p.date() != null && p.date().startsWith("2025")).filter(writesGrpo).count();
        Answer dated = assistant.ask(new Question("How many papers mention GRPO?", List.of(), 8, AnswerMode.EXTRACTIVE,
                new Filters(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), null)));
        assertTrue(dated.answer().startsWith(of2025 + " papers matching the filters (from 2025-01-01, to 2025-12-31) mention \"GRPO\""), of2025 + ": " + dated.answer());
        assertTrue(dated.notices().contains(Filters.UNDATED_LEFT_OUT), dated.notices().toString());
        Answer none = assistant.ask(new Question("Which papers mention GRPO?", List.of(), 8, AnswerMode.EXTRACTIVE,
                new Filters(null, null, "tencent")));
        assertTrue(none.answer().startsWith("No paper matching the filters (organisation tencent) mentions \"GRPO\""), none.answer());
        Answer unknown = assistant.ask(new Question("Which papers mention GRPO?", List.of(), 8, AnswerMode.EXTRACTIVE, new Filters(null, null, "Meta AI")));
        assertTrue(unknown.notices().stream().anyMatch(n -> n.startsWith("No paper in the collection is from an organisation named \"Meta AI\"")),
                "how the filter was read: " + unknown.notices());

        long bare = sample.stream().filter(p -> (p.title() + "\n" + p.abstractText()).matches("(?s).*(?<![\\p{L}\\p{N}])Qwen(?![\\p{L}\\p{N}]).*")).count();
        long withVersions = sample.stream().filter(p -> (p.title() + "\n" + p.abstractText()).matches("(?s).*(?<![\\p{L}\\p{N}])Qwen(?!\\p{L}).*")).count();
        Answer qwen = assistant.ask(Question.of("How many papers mention Qwen?"));
        Matcher counted = Pattern.compile("(\\d+)( or more)? papers in the collection mention \"Qwen\"").matcher(qwen.answer());
        assertTrue(counted.lookingAt(), qwen.answer());
        int n = Integer.parseInt(counted.group(1));
        assertTrue(n > bare && n <= withVersions, bare + " < " + n + " <= " + withVersions + ": papers that write Qwen2.5 or Qwen3 only are counted");
        assertTrue(n == withVersions || counted.group(2) != null, "short of all, the count says so: " + qwen.answer());
    }

    @Test
    void should_answer_which_papers_cite_a_paper_by_those_whose_abstract_names_it_leaving_the_paper_out() {
        Answer coconut = assistant.ask(Question.of("Which papers build on Coconut?"));
        assertTrue(coconut.answer().startsWith("Papers in the collection other than Chain of Continuous Thought (Coconut)"), coconut.answer());
        assertTrue(coconut.answer().contains("- SoftCoT++:") && coconut.answer().contains("- SIM-CoT:"), coconut.answer());
        assertFalse(coconut.citations().stream().anyMatch(c -> c.title().startsWith("Training Large Language Models to Reason")), "not itself");
        assertTrue(coconut.notices().get(0).startsWith("An abstract holds no reference list"), coconut.notices().toString());

        Answer dpo = assistant.ask(Question.of("Which papers cite the DPO paper?"));
        assertTrue(dpo.answer().startsWith("Papers in the collection other than Direct Preference Optimization (DPO)"), dpo.answer());

        List<Turn> history = List.of(new Turn("user", "What is Coconut?"), new Turn("assistant", assistant.ask(Question.of("What is Coconut?")).answer()));
        Answer it = assistant.ask(new Question("which papers cite it?", history, 6, AnswerMode.EXTRACTIVE, null));
        assertEquals(coconut.citations().stream().map(Citation::paperId).limit(2).toList(),
                it.citations().stream().map(Citation::paperId).limit(2).toList(), it.answer());
        assertEquals("which papers cite Coconut?", it.question(), "it: the name the question before asked about");
    }
    @Test
    void should_narrow_a_list_to_the_papers_of_a_year_by_their_records() {
        Answer list = assistant.ask(Question.of("which methods avoid entropy collapse?"));
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", list.answer()));
        List<String> dated2025 = list.citations().stream().map(ExtractiveAnswererIT::paper)
                .filter(p -> p.date() != null && p.date().startsWith("2025")).map(Paper::id).distinct().toList();
        assertFalse(dated2025.isEmpty(), "the sample's list has papers dated 2025");
        for (String asked : List.of("which of those were published in 2025?", "which of them are from 2025?", "which of these are dated 2025?")) {
            Answer dated = assistant.ask(new Question(asked, history, 6, AnswerMode.EXTRACTIVE, null));
            assertTrue(dated.answer().startsWith("Of the "), asked + ": " + dated.answer());
            assertTrue(dated.answer().contains(" dated 2025:"), dated.answer());
            assertEquals(dated2025, dated.citations().stream().map(Citation::paperId).toList(), dated.answer());
            assertEquals("dated 2025, among the papers of the last list", dated.question());
        }
        Answer none = assistant.ask(new Question("which of them are from 2019?", history, 6, AnswerMode.EXTRACTIVE, null));
        assertTrue(none.answer().startsWith("None of the "), none.answer());
        assertTrue(none.citations().isEmpty());
    }
    @Test
    void should_read_a_question_without_the_markup_pasted_into_it() {
        Answer answer = assistant.ask(Question.of("<img src=x onerror=alert(1)> what is <b>EMPO</b>?<script>alert(2)</script>"));
        assertTrue(answer.answer().startsWith("Entropy Minimized Policy Optimization (EMPO)"), answer.answer());
        assertEquals(List.of(), answer.notices(), "its script's figures are no claim's to check");
        assertFalse(answer.question().contains("<"), answer.question());
    }
}
