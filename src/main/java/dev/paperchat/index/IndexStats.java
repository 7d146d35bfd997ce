package dev.paperchat.index;

/** What an index holds, and which embedding model wrote it. */
public record IndexStats(long papers, long chunks, String model, int dimension, long generation) {}
