package dev.paperchat.corpus;

/** Character offsets [start, end) into a paper's abstract. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
