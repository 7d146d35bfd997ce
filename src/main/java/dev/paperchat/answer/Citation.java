package dev.paperchat.answer;

import java.util.List;

/**
 * A claim's support: marker {@code [n]} points to source n (a paper) and to the sentence of
 * its abstract, quoted verbatim with its character offsets, that supports the claim.
 *
 * @param supported false when no sentence citing it is backed by it (the LLM cited the paper for
 *                  something its abstract does not state): the quote is the closest there is, not evidence
 * @param claims    the claims of an LLM's answer, without their markers, that this quote was found for: a paper
 *                  cited for three sentences may give three quotes, and a reader tells them apart by these. Empty
 *                  for an extractive answer, whose text quotes the sentence itself
 */
public record Citation(int marker, String paperId, String title, String sentence, int start, int end, double score, boolean supported,
                       List<String> claims) {
    /** What a text-only reader sees after a quote that is not {@link #supported}. */
    public static final String NOT_EVIDENCE = " (closest sentence; not evidence for the answer)";

    public Citation {
        claims = List.copyOf(claims);
    }

    /** The same quote, kept as the paper's closest sentence rather than as evidence. */
    public Citation asClosestOnly() {
        return new Citation(marker, paperId, title, sentence, start, end, score, false, claims);
    }
}
