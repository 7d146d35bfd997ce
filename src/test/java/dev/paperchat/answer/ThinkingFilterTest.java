package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThinkingFilterTest {
    /** The text passed on when the reply arrives in pieces of the given size, as a stream splits it anywhere. */
    private static String streamed(String reply, int piece) {
        List<String> out = new ArrayList<>();
        ThinkingFilter filter = new ThinkingFilter(out::add);
        for (int i = 0; i < reply.length(); i += piece) filter.accept(reply.substring(i, Math.min(reply.length(), i + piece)));
        filter.finish();
        return String.join("", out);
    }

    @Test
    void should_leave_out_every_thinking_block_from_the_reply_and_the_stream_however_it_is_split() {
        String reply = "<think>\nSource 2 looks right.\n</think>\n\nClip-Cov controls entropy [1]. <think>hidden SECRET</think> Lp-Reg "
                + "protects rare tokens [2], and 3 < 4 holds.";
        String answer = "Clip-Cov controls entropy [1]. Lp-Reg protects rare tokens [2], and 3 < 4 holds.";
        assertEquals(answer, ThinkingFilter.strip(reply));
        for (int piece : new int[] {1, 2, 3, 5, 7, 1000}) assertEquals(answer, streamed(reply, piece), "pieces of " + piece);
    }

    /** The streamed pieces join to the checked answer: a block between sentences leaves one space, with or without its own. */
    @Test
    void should_keep_one_space_where_a_block_stood_between_two_sentences() {
        for (String reply : List.of("Clip-Cov controls entropy [1]. <think>inner musing</think>Lp-Reg protects rare tokens [2].",
                "Clip-Cov controls entropy [1].<think>inner musing</think>Lp-Reg protects rare tokens [2].",
                "Clip-Cov controls entropy [1].\n<think>inner musing</think>\n\nLp-Reg protects rare tokens [2].")) {
            String answer = "Clip-Cov controls entropy [1]. Lp-Reg protects rare tokens [2].";
            assertEquals(answer, ThinkingFilter.strip(reply), reply);
            for (int piece : new int[] {1, 2, 3, 5, 7, 31, 32, 1000}) assertEquals(answer, streamed(reply, piece), reply + " in pieces of " + piece);
        }
    }

    @Test
    void should_leave_out_a_block_the_reply_ends_in_and_keep_a_last_angle_bracket() {
        assertEquals("Lp-Reg helps [2].", ThinkingFilter.strip("Lp-Reg helps [2]. <think>and then I"));
        assertEquals("Lp-Reg helps [2].", streamed("Lp-Reg helps [2]. <think>and then I", 4).strip(), "a space already passed on may stay");
        assertEquals("a <", streamed("a <", 1), "a \"<\" that began no block is passed on at the end");
        assertEquals("<thinking> is no block", streamed("<thinking> is no block", 3));
    }

    @Test
    void should_leave_out_what_came_before_a_closing_tag_that_none_opened() {
        String reply = "Okay, source 3 says [3]. Let me answer.\n</think>\n\nLp-Reg helps [2]. <think>more</think> Clip-Cov too [1].";
        assertEquals("Lp-Reg helps [2]. Clip-Cov too [1].", ThinkingFilter.strip(reply));
        assertTrue(ThinkingFilter.thought(reply));
        for (int piece : new int[] {1, 3, 8, 1000}) {
            String streamed = streamed(reply, piece);
            assertTrue(streamed.endsWith("Lp-Reg helps [2]. Clip-Cov too [1].") && !streamed.contains("think>"), streamed);
        }
        assertEquals("a </b> b", ThinkingFilter.strip("a </b> b"));
        assertEquals("A [1]. B [2].", ThinkingFilter.strip("<think>x</think>A [1]. </think>B [2]."), "a closing tag after the blocks is dropped, as streamed");
    }
}
