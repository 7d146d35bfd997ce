package dev.paperchat.answer;

/**
 * A claim's support: marker {@code [n]} points to source n (a paper) and to the sentence of
 * its abstract, quoted verbatim with its character offsets, that supports the claim.
 *
 * @param supported false when no sentence citing it is backed by it (the LLM cited the paper for
 *                  something its abstract does not state): the quote is the closest there is, not evidence
 */
public record Citation(int marker, String paperId, String title, String sentence, int start, int end, double score, boolean supported) {
    /** What a text-only reader sees after a quote that is not {@link #supported}. */
    public static final String NOT_EVIDENCE = " (closest sentence; not evidence for the answer)";

    /** The same quote, kept as the paper's closest sentence rather than as evidence. */
    public Citation asClosestOnly() {
        return new Citation(marker, paperId, title, sentence, start, end, score, false);
    }
}
