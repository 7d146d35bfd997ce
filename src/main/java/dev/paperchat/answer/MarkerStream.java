package dev.paperchat.answer;

import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Passes an LLM's streamed tokens on as the checked answer will read: a marker that points to no
 * source ("[9]" of 8) is left out of the stream too, not only out of the final answer. Text that
 * may still become a marker ("[", "[1,") and trailing spaces are held until the next token
 * decides them, so the pieces passed on join to exactly the checked answer's text.
 */
final class MarkerStream implements Consumer<String> {
    /** An unclosed "[" followed only by what a marker or a range holds. */
    private static final Pattern OPEN_MARKER = Pattern.compile("\\[[\\d\\s,\\-\u2013]{0,24}");

    private final Consumer<String> out;
    private final int sourceCount;
    private final StringBuilder raw = new StringBuilder();
    private int passed;

    MarkerStream(Consumer<String> out, int sourceCount) {
        this.out = out;
        this.sourceCount = sourceCount;
    }

    @Override
    public void accept(String token) {
        raw.append(token);
        int open = raw.lastIndexOf("[");
        boolean undecided = open >= 0 && OPEN_MARKER.matcher(raw).region(open, raw.length()).matches();
        pass(checked(undecided ? open : raw.length()).stripTrailing());
    }

    /** Passes on what is held at the end of the reply. */
    void finish() {
        pass(checked(raw.length()).strip());
    }

    private String checked(int end) {
        return CitationChecker.withValidMarkers(raw.substring(0, end), sourceCount, new ArrayList<>()).stripLeading();
    }

    private void pass(String text) {
        if (text.length() <= passed) return;
        out.accept(text.substring(passed));
        passed = text.length();
    }
}
