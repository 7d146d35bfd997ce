package dev.paperchat.answer;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Leaves out the "<think>...</think>" blocks that reasoning models (DeepSeek-R1, QwQ, Qwen3)
 * write in the reply's text itself, before their answer or within it: they are no part of the
 * answer, and their sentences carry no citations. Streamed text is held while it may still open
 * or close a block.
 */
final class ThinkingFilter implements Consumer<String> {
    private static final String OPEN = "<think>";
    private static final String CLOSE = "</think>";
    /** A block, closed or cut off by the end of the reply, with the white space around it. */
    private static final Pattern BLOCK = Pattern.compile("(?s)\\s*<think>.*?(?:</think>|$)\\s*");

    private final Consumer<String> out;
    private final StringBuilder pending = new StringBuilder();
    private boolean thinking;
    /** Nothing passed on yet, or white space last: the text after a block starts without its own. */
    private boolean atBreak = true;
    /** A block came between text passed on and the text after it, which one space keeps apart. */
    private boolean blockBetween;

    ThinkingFilter(Consumer<String> out) {
        this.out = out;
    }

    /**
     * The reply without its thinking blocks: "A [1]. <think>...</think>B [2]." is "A [1]. B [2].", as streamed.
     * A closing tag that none opened ends thinking the reply began with: a server whose chat template
     * writes the opening tag into the prompt (DeepSeek-R1's distills, QwQ) sends only the closing one.
     */
    static String strip(String reply) {
        int close = reply.indexOf(CLOSE);
        int open = reply.indexOf(OPEN);
        String answer = close >= 0 && (open < 0 || open > close) ? reply.substring(close + CLOSE.length()) : reply;
        // A closing tag left after the blocks closes none, and the stream passes none on.
        return BLOCK.matcher(answer).replaceAll(" ").replace(CLOSE, "").strip();
    }

    /** Whether the reply held thinking: a block, or a closing tag that ends thinking it began with. */
    static boolean thought(String reply) {
        return reply.contains(OPEN) || reply.contains(CLOSE);
    }

    @Override
    public void accept(String token) {
        pending.append(token);
        while (true) {
            if (thinking) {
                int close = pending.indexOf(CLOSE);
                // Only what may still begin the closing tag is worth holding.
                if (close < 0) {
                    pending.delete(0, Math.max(0, pending.length() - CLOSE.length() + 1));
                    return;
                }
                pending.delete(0, close + CLOSE.length());
                thinking = false;
                blockBetween = true;
                continue;
            }
            int open = pending.indexOf(OPEN);
            int close = pending.indexOf(CLOSE);
            if (close >= 0 && (open < 0 || close < open)) {
                // Thinking the reply began without its opening tag: what came before was passed on already,
                // and the checked answer leaves it out (see strip); the tag itself is not passed on.
                pass(pending.substring(0, close).stripTrailing());
                pending.delete(0, close + CLOSE.length());
                blockBetween = true;
                continue;
            }
            if (open >= 0) {
                pass(pending.substring(0, open).stripTrailing());
                pending.delete(0, open + OPEN.length());
                thinking = true;
                continue;
            }
            // White space is held too until text follows it: before a block it is the block's, which one space replaces.
            int held = openingAtEnd();
            while (held < pending.length() && Character.isWhitespace(pending.charAt(pending.length() - held - 1))) held++;
            pass(pending.substring(0, pending.length() - held));
            pending.delete(0, pending.length() - held);
            return;
        }
    }

    /** Passes on what was held at the end of the reply: a "<" that began no block. */
    void finish() {
        if (!thinking) pass(pending.toString());
        pending.setLength(0);
    }

    /** The length of the longest end of the held text that may begin "<think>" or "</think>". */
    private int openingAtEnd() {
        for (int n = Math.min(CLOSE.length() - 1, pending.length()); n > 0; n--) {
            String end = pending.substring(pending.length() - n);
            if (OPEN.startsWith(end) || CLOSE.startsWith(end)) return n;
        }
        return 0;
    }

    private void pass(String text) {
        String shown = atBreak || blockBetween ? text.stripLeading() : text;
        if (shown.isEmpty()) return;
        if (blockBetween && !atBreak) shown = " " + shown;
        blockBetween = false;
        out.accept(shown);
        atBreak = Character.isWhitespace(shown.charAt(shown.length() - 1));
    }
}
