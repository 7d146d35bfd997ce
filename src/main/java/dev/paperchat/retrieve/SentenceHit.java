package dev.paperchat.retrieve;

/** A sentence of a paper's abstract that matches the query, with its offsets in the abstract. */
public record SentenceHit(int index, int start, int end, String text, double score) {}
