package dev.paperchat.answer;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Passes an LLM's streamed tokens on as the checked answer will read: a marker that points to no
 * source ("[9]" of 8) is left out of the stream too, not only out of the final answer. Text that
 * may still become a marker ("[", "[1,", "[Sou", "(source") and trailing spaces are held until the next token
 * decides them, so the pieces passed on join to exactly the checked answer's text.
 */
final class MarkerStream implements Consumer<String> {
    /** No marker runs longer (ten "source 100" in brackets, or a "†" note of 60 characters): text further back is decided. */
    private static final int LONGEST_MARKER = 160;

    private final Consumer<String> out;
    private final int sourceCount;
    private final StringBuilder raw = new StringBuilder();
    /** The checked text of the reply up to {@link #decidedUpTo}, where a sentence or line began: checked once, not again at every token. */
    private final StringBuilder decided = new StringBuilder();
    private int decidedUpTo;
    /** Where the search for the next place to decide up to goes on from. */
    private int scanned;
    private int passed;

    MarkerStream(Consumer<String> out, int sourceCount) {
        this.out = out;
        this.sourceCount = sourceCount;
    }

    @Override
    public void accept(String token) {
        raw.append(token);
        pass(checked(heldFrom()).stripTrailing());
    }

    /**
     * Where the text that may still become a marker starts: the earliest bracket near the end whose
     * text so far is the start of one ("[Source 1, Sou", "[1\u2020Quiet-STaR (2024"), else the end.
     */
    private int heldFrom() {
        for (int at = Math.max(0, raw.length() - LONGEST_MARKER); at < raw.length(); at++) {
            char c = raw.charAt(at);
            if ((c == '[' || c == '(' || c == '\u3010') && CitationChecker.mayBecomeMarker(raw.subSequence(at, raw.length()))) return at;
        }
        return raw.length();
    }

    /** Passes on what is held at the end of the reply. */
    void finish() {
        pass(checked(raw.length()).strip());
    }

    private String checked(int end) {
        decide(end - LONGEST_MARKER);
        String rest = CitationChecker.withValidMarkers(raw.substring(decidedUpTo, Math.max(decidedUpTo, end)), sourceCount, new ArrayList<>());
        return (decided + rest).stripLeading();
    }

    /**
     * Checks the reply up to the last start of a sentence or line before {@code limit}: no marker runs across one, and a
     * marker's gap is closed within the sentence, so the text before it reads the same whatever follows.
     */
    private void decide(int limit) {
        int cut = -1;
        for (; scanned < limit; scanned++) {
            if (scanned >= decidedUpTo + 2 && startsSentence(scanned)) cut = scanned;
        }
        if (cut < 0) return;
        decided.append(CitationChecker.withValidMarkers(raw.substring(decidedUpTo, cut), sourceCount, new ArrayList<>()));
        decidedUpTo = cut;
    }

    private boolean startsSentence(int at) {
        char before = raw.charAt(at - 1);
        return Character.isLetterOrDigit(raw.charAt(at))
                && (before == '\n' || Character.isWhitespace(before) && ".!?\n".indexOf(raw.charAt(at - 2)) >= 0);
    }

    private void pass(String text) {
        if (text.length() <= passed) return;
        out.accept(text.substring(passed));
        passed = text.length();
    }
}
