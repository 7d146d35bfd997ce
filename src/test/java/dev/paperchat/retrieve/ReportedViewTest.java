package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportedViewTest {
    @Test
    void should_flag_a_claim_of_the_view_a_sentence_gives_as_others_or_open() {
        String assumptions = "The paradigm shift has fueled two prevailing assumptions: (1) reasoning capabilities only emerge in sufficiently "
                + "large models, and (2) such reasoning requires training on massive datasets.";
        Optional<String> view = ReportedView.of("Reasoning capabilities only emerge in sufficiently large models.", assumptions);
        assertTrue(view.orElse("").contains("(\"prevailing assumptions\")"), view.toString());
        assertTrue(ReportedView.of("Random or incorrect reward signals reliably improve RL reasoning.",
                "Surprisingly, some studies even suggest that random or incorrect reward signals can enhance reasoning performance.").isPresent());
        assertTrue(ReportedView.of("Long thinking chains result in better reasoning.",
                "In this work, we challenge the assumption that long thinking chains results in better reasoning capabilities.").isPresent());
        assertTrue(ReportedView.of("Longer chain-of-thought always helps.", "Prior work reports that longer chain-of-thought always helps.").isPresent());
    }

    @Test
    void should_let_a_claim_pass_that_says_whose_view_it_is_or_the_papers_own_finding() {
        String assumptions = "This has fueled a prevailing assumption that reasoning only emerges in large models.";
        assertEquals(Optional.empty(), ReportedView.of("It is widely assumed that reasoning only emerges in large models.", assumptions));
        assertEquals(Optional.empty(), ReportedView.of("Prior work suggests reasoning only emerges in large models.", assumptions));
        assertEquals(Optional.empty(), ReportedView.of("A sparse subset of training samples triggers multi-modal reasoning.",
                "In this work, we challenge this assumption through a key observation: meaningful multi-modal reasoning is triggered by "
                        + "only a sparse subset of training samples."), "what follows 'challenge this assumption' is the paper's own");
        assertEquals(Optional.empty(), ReportedView.of("Small models reason well with little data.",
                "Contrary to the common belief that reasoning needs scale, we show that small models reason well with little data."),
                "the claim is what the sentence turns to");
        assertEquals(Optional.empty(), ReportedView.of("Entropy collapses early in training.", "We find that entropy collapses early in training."));
        assertEquals(Optional.empty(), ReportedView.of("Recent studies show that LLMs can perform lexical semantic tasks.",
                "Recent studies show that LLMs can be leveraged to perform lexical semantic tasks."), "the claim says whose finding it is");
        assertEquals(Optional.empty(), ReportedView.of("Current multimodal embedding methods treat MLLMs solely as encoders.",
                "While recent studies show that MLLMs perform well on such tasks, they treat MLLMs solely as encoders."),
                "the view ends with its opening clause");
        assertEquals(Optional.empty(), ReportedView.of("Improved performance comes from more efficient reasoning.",
                "It is unclear whether improved performance results from longer reasoning chains or more efficient reasoning."),
                "an open question, which the abstract goes on to answer");
    }
}
