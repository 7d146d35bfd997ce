package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.SearchResult;
import dev.paperchat.retrieve.SentenceHit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExtractiveAnswererTest {
    private static PaperHit hit(String title, String abstractText, List<String> names, double score) {
        Paper paper = Paper.of(title, abstractText, List.of(), null, null, null, null, new Source("t", 1));
        List<SentenceHit> sentences = new ArrayList<>();
        int start = 0;
        for (String sentence : abstractText.split("(?<=\\.) ")) {
            sentences.add(new SentenceHit(sentences.size(), start, start + sentence.length(), sentence, score - 0.01 * sentences.size()));
            start += sentence.length() + 1;
        }
        return new PaperHit(paper, names, score, 1, 1, score, 0, sentences);
    }

    @Test
    void should_start_a_name_spelt_out_in_words_with_a_capital_and_leave_lower_case_names_alone() {
        assertEquals("Continuously-valued tokens (CoT2)", ExtractiveAnswerer.displayed("continuously-valued tokens (CoT2)"));
        assertEquals("s1", ExtractiveAnswerer.displayed("s1"));
        assertEquals("short-m@k", ExtractiveAnswerer.displayed("short-m@k"));
        assertEquals("rStar-Math", ExtractiveAnswerer.displayed("rStar-Math"));
        assertEquals("Test-time scaling (TTS)", ExtractiveAnswerer.displayed("test-time scaling (TTS)"), "only the first letter changes");
    }

    @Test
    void should_name_the_other_methods_a_paper_introduces_that_its_line_does_not_show() {
        PaperHit hit = hit("OpenThinkIMG: Learning to Think with Images", "We build OpenThinkIMG. We train it with V-ToolRL.",
                List.of("OpenThinkIMG", "V-ToolRL", "LVLMs"), 0.9);
        assertEquals("OpenThinkIMG (also V-ToolRL)", ExtractiveAnswerer.label(hit, hit.sentences().get(0)));
        assertEquals("OpenThinkIMG", ExtractiveAnswerer.label(hit, hit.sentences().get(1)), "the sentence names it already");
        PaperHit titled = hit("NRR-Core: Non-Resolution Reasoning", "We build NRR-Core.", List.of("NRR-Core", "Non-Resolution"), 0.9);
        assertEquals("NRR-Core", ExtractiveAnswerer.label(titled, titled.sentences().get(0)), "the title shows it already");
    }

    @Test
    void should_head_a_one_paper_answer_with_its_name_and_title_and_give_an_unnamed_paper_s_title_once() {
        PaperHit named = hit("OpenThinkIMG: Learning to Think with Images", "We build OpenThinkIMG.", List.of("OpenThinkIMG"), 0.9);
        assertEquals("OpenThinkIMG (\"OpenThinkIMG: Learning to Think with Images\")", ExtractiveAnswerer.heading(named));
        PaperHit unnamed = hit("Reinforcement Learning for Reasoning in Small LLMs", "Small models can reason.", List.of(), 0.9);
        assertEquals("\"Reinforcement Learning for Reasoning in Small LLMs\"", ExtractiveAnswerer.heading(unnamed));
        ExtractiveAnswerer.Draft draft = new ExtractiveAnswerer().answer("how well do small models reason?",
                new SearchResult("q", List.of(unnamed), true, 1.0, 1), delta -> {});
        assertTrue(draft.text().startsWith("\"Reinforcement Learning for Reasoning in Small LLMs\": Small models can reason. [1]"), draft.text());
    }

    @Test
    void should_show_a_paper_that_repeats_another_s_sentence_by_what_else_it_says() {
        String shared = "We propose to collocate neural modules for image captioning with a linguistic loss.";
        PaperHit first = hit("Learning to Collocate Neural Modules", shared + " It works on COCO.", List.of(), 0.9);
        PaperHit journal = hit("Learning to Collocate Visual-Linguistic Neural Modules", shared + " It also answers visual questions.", List.of(), 0.89);
        PaperHit copy = hit("A Third Copy", shared, List.of(), 0.88);
        ExtractiveAnswerer.Draft draft = new ExtractiveAnswerer().answer("which image captioning methods collocate modules?",
                new SearchResult("q", List.of(first, journal, copy), true, 1.0, 1), delta -> {});
        assertEquals(List.of(1, 2), draft.citations().stream().map(Citation::marker).toList(), draft.text());
        assertTrue(draft.text().contains("It also answers visual questions. [2]"), draft.text());
        assertEquals(1, draft.text().split(Pattern.quote(shared), -1).length - 1, "the shared sentence is shown once");
    }
    @Test
    void should_quote_in_a_list_what_a_paper_does_over_the_problem_it_starts_from_when_both_fit_about_as_well() {
        PaperHit background = hit("Cheap Reasoning", "Reasoning models think too long, and both fixes are expensive. We propose CheapThink, which stops early.",
                List.of("CheapThink"), 0.9);
        PaperHit other = hit("Short Chains", "Short chains suffice on easy problems.", List.of(), 0.88);
        ExtractiveAnswerer.Draft draft = new ExtractiveAnswerer().answer("which methods make reasoning models think less?",
                new SearchResult("q", List.of(background, other), true, 1.0, 1), delta -> {});
        assertTrue(draft.text().contains("- CheapThink: We propose CheapThink, which stops early. [1]"), draft.text());
        PaperHit far = hit("Cheap Reasoning", "Reasoning models think too long, and both fixes are expensive. We propose CheapThink, which stops early.",
                List.of("CheapThink"), 0.9);
        List<SentenceHit> apart = List.of(far.sentences().get(0), new SentenceHit(1, far.sentences().get(1).start(), far.sentences().get(1).end(),
                far.sentences().get(1).text(), 0.5));
        PaperHit weakProposal = new PaperHit(far.paper(), far.names(), 0.9, 1, 1, 0.9, 0, apart);
        ExtractiveAnswerer.Draft kept = new ExtractiveAnswerer().answer("which methods make reasoning models think less?",
                new SearchResult("q", List.of(weakProposal, other), true, 1.0, 1), delta -> {});
        assertTrue(kept.text().contains("- CheapThink: Reasoning models think too long"), "a proposal that fits much less well is not quoted: " + kept.text());
    }

    @Test
    void should_quote_in_a_list_what_a_paper_found_for_a_question_asking_whether_and_what_it_proposes_for_one_asking_for_methods() {
        String text = "We propose to truncate reflections once an answer appears. Our analysis reveals that reflections rarely alter the initial answer.";
        PaperHit firstTry = hit("First Try Matters", text, List.of(), 0.9);
        PaperHit other = hit("Short Chains", "Short chains suffice on easy problems.", List.of(), 0.88);
        ExtractiveAnswerer.Draft whether = new ExtractiveAnswerer().answer("do reflections ever change the answer?",
                new SearchResult("q", List.of(firstTry, other), true, 1.0, 1), delta -> {});
        assertTrue(whether.text().contains(": Our analysis reveals that reflections rarely alter the initial answer. [1]"), whether.text());
        ExtractiveAnswerer.Draft methods = new ExtractiveAnswerer().answer("which methods cut reflections short?",
                new SearchResult("q", List.of(firstTry, other), true, 1.0, 1), delta -> {});
        assertTrue(methods.text().contains(": We propose to truncate reflections once an answer appears. [1]"), methods.text());
        ExtractiveAnswerer.Draft capable = new ExtractiveAnswerer().answer("can reasoning be shortened by cutting reflections?",
                new SearchResult("q", List.of(firstTry, other), true, 1.0, 1), delta -> {});
        assertTrue(capable.text().contains(": We propose to truncate reflections"), "a method that does it answers \"can...\": " + capable.text());
    }

    @Test
    void should_quote_in_a_list_the_paper_s_own_sentence_over_one_about_the_work_before_it_when_both_fit_about_as_well() {
        PaperHit prior = hit("Label-Free Reasoning", "However, these approaches depend on labelled answers. Our training uses no labels at all.", List.of(), 0.9);
        PaperHit other = hit("Short Chains", "Short chains suffice on easy problems.", List.of(), 0.88);
        ExtractiveAnswerer.Draft draft = new ExtractiveAnswerer().answer("which methods train reasoning without labels?",
                new SearchResult("q", List.of(prior, other), true, 1.0, 1), delta -> {});
        assertTrue(draft.text().contains(": Our training uses no labels at all. [1]"), draft.text());
        PaperHit alone = hit("Label-Free Reasoning", "However, these approaches depend on labelled answers. Labels are scarce.", List.of(), 0.9);
        ExtractiveAnswerer.Draft kept = new ExtractiveAnswerer().answer("which methods train reasoning without labels?",
                new SearchResult("q", List.of(alone, other), true, 1.0, 1), delta -> {});
        assertTrue(kept.text().contains(": However, these approaches depend on labelled answers. [1]"),
                "with no sentence of its own the best one stays: " + kept.text());
    }

    @Test
    void should_not_let_one_sentence_that_repeats_the_question_cut_every_other_paper_from_a_list() {
        PaperHit echo = hit("SwitchThink", "SwitchThink curbs overthinking.", List.of("SwitchThink"), 1.3);
        PaperHit second = hit("Think Wisely", "We shorten reasoning on easy problems.", List.of(), 0.85);
        PaperHit third = hit("Adaptive Thinking", "We let the model decide when to think.", List.of(), 0.8);
        PaperHit far = hit("Image Captions", "We caption images.", List.of(), 0.4);
        ExtractiveAnswerer.Draft draft = new ExtractiveAnswerer().answer("methods to curb overthinking",
                new SearchResult("q", List.of(echo, second, third, far), true, 1.0, 1), delta -> {});
        assertEquals(List.of(1, 2, 3), draft.citations().stream().map(Citation::marker).toList(),
                "cut at three quarters of the second best: " + draft.text());
    }
}
