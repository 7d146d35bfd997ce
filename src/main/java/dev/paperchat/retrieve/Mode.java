package dev.paperchat.retrieve;

/** Which retrieval legs run: both fused (the default), or one alone for comparison. */
public enum Mode {
    HYBRID, BM25, VECTOR
}
