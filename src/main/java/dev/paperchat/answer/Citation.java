package dev.paperchat.answer;

/**
 * A claim's support: marker {@code [n]} points to source n (a paper) and to the sentence of
 * its abstract, quoted verbatim with its character offsets, that supports the claim.
 */
public record Citation(int marker, String paperId, String title, String sentence, int start, int end, double score) {}
