package dev.paperchat.index;

/** A chunk of a paper, as character offsets into its abstract, and its cosine to a query. */
public record ChunkScore(int start, int end, double cosine) {}
