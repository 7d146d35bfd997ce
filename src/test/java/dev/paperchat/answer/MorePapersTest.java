package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MorePapersTest {
    private static final String LIST = "Papers in the collection that address this:\n- Clip-Cov (also KL-Cov): We clip. [1]\n"
            + "- \"The Climb Carves Wisdom Deeper Than the Summit: On Noisy Rewards\": We add noise. [2]";
    private static final String NEXT = "More papers on \"which methods avoid entropy collapse?\", after the 2 papers listed:\n- Lp-Reg: We regularise. [1]";

    @Test
    void should_read_a_request_for_more_papers_and_nothing_else() {
        for (String more : List.of("any others?", "Any other papers?", "what else?", "anything else?", "show me more", "more please",
                "are there more papers on this?", "what other papers are there?", "next page", "ok, any more?", "give me more papers",
                "more on this topic please")) {
            assertTrue(MorePapers.asks(more), more);
        }
        for (String other : List.of("any others that use Qwen?", "tell me more about Clip-Cov", "what else does Clip-Cov do?", "more about its results",
                "which other methods avoid collapse?", "others have tried RL")) {
            assertFalse(MorePapers.asks(other), other);
        }
    }

    @Test
    void should_take_the_question_of_the_first_list_and_every_paper_listed_for_it_since() {
        List<Turn> history = List.of(new Turn("user", "What is GRPO?"), new Turn("assistant", "GRPO (\"...\"): It groups. [1]"),
                new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", LIST),
                new Turn("user", "any others?"), new Turn("assistant", NEXT));
        MorePapers more = MorePapers.of("show me more", history).orElseThrow();
        assertEquals("which methods avoid entropy collapse?", more.topic());
        assertEquals(history.subList(0, 2), more.before());
        assertEquals(List.of("Lp-Reg", "Clip-Cov", "\"The Climb Carves Wisdom Deeper Than the Summit: On Noisy Rewards\""), more.shown());
    }

    @Test
    void should_go_on_only_with_a_list_of_papers_on_a_topic() {
        String figures = "Of the 101 papers found for cost, 5 state figures for it above 50%:\n- System-1.5 Reasoning, 92.31%: We cut. [1]";
        List<Turn> history = List.of(new Turn("user", "Which methods cut reasoning tokens by more than 50%?"), new Turn("assistant", figures));
        assertTrue(MorePapers.of("any others?", history).isEmpty());
        assertTrue(MorePapers.afterOtherList(history));
        assertFalse(MorePapers.afterOtherList(List.of(new Turn("user", "q"), new Turn("assistant", LIST))));
    }

    @Test
    void should_not_read_more_papers_after_an_answer_that_lists_none() {
        List<Turn> history = List.of(new Turn("user", "What is GRPO?"), new Turn("assistant", "GRPO (\"...\"): It groups. [1]"));
        assertTrue(MorePapers.of("what else?", history).isEmpty());
        assertTrue(MorePapers.of("what else?", List.of()).isEmpty());
        assertTrue(MorePapers.of("which of those use Qwen?", List.of(new Turn("user", "q"), new Turn("assistant", LIST))).isEmpty());
    }
}
