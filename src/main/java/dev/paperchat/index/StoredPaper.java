package dev.paperchat.index;

import dev.paperchat.corpus.Paper;

/** A paper as the index holds it, with the hashes an ingest compares to skip unchanged work. */
public record StoredPaper(Paper paper, String textHash, String recordHash) {}
