package dev.paperchat.retrieve;

import java.util.List;

/**
 * The papers a search found, best first, and whether the collection holds real evidence
 * for the query: when {@code covered} is false, answerers say "not found" instead of guessing.
 */
public record SearchResult(String query, List<PaperHit> hits, boolean covered, double confidence, long generation) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
