package dev.paperchat.answer;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Leaves out the "<think>...</think>" block that reasoning models (DeepSeek-R1, QwQ, Qwen3)
 * write before their answer in the reply's text itself: it is no part of the answer, and its
 * sentences carry no citations. Streamed tokens are held while they may still open the block.
 */
final class ThinkingFilter implements Consumer<String> {
    private static final String OPEN = "<think>";
    private static final String CLOSE = "</think>";
    /** A leading block, closed or cut off by the end of the reply. */
    private static final Pattern LEADING_BLOCK = Pattern.compile("(?s)^\\s*<think>.*?(?:</think>|$)\\s*");

    private enum State { UNDECIDED, THINKING, PASSING }

    private final Consumer<String> out;
    private final StringBuilder held = new StringBuilder();
    private State state = State.UNDECIDED;

    ThinkingFilter(Consumer<String> out) {
        this.out = out;
    }

    /** The reply without its leading thinking block. */
    static String strip(String reply) {
        return LEADING_BLOCK.matcher(reply).replaceFirst("");
    }

    @Override
    public void accept(String token) {
        if (state == State.PASSING) {
            out.accept(token);
            return;
        }
        held.append(token);
        if (state == State.UNDECIDED) {
            String start = held.toString().stripLeading();
            if (OPEN.startsWith(start)) return;
            if (!start.startsWith(OPEN)) {
                pass(held.toString());
                return;
            }
            state = State.THINKING;
        }
        int close = held.indexOf(CLOSE);
        if (close >= 0) pass(held.substring(close + CLOSE.length()).stripLeading());
    }

    private void pass(String text) {
        state = State.PASSING;
        held.setLength(0);
        if (!text.isEmpty()) out.accept(text);
    }
}
