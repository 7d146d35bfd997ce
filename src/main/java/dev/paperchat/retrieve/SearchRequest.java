package dev.paperchat.retrieve;

import dev.paperchat.index.Filters;
import java.util.regex.Pattern;

/** A search: free text of any kind (a question, a claim, a half-remembered title), how many papers, filters. */
public record SearchRequest(String query, int k, Filters filters) {
    public static final int MAX_K = 50;
    public static final int MAX_QUERY_CHARS = 10_000;
    /**
     * "en-\ntropy" in text pasted from a PDF: a word broken at a line end, before a lower-case
     * letter. A compound broken at its own hyphen ("state-of-\nthe-art") loses it: PDF text
     * cannot tell the two apart, and a missed word costs more than a joined compound.
     */
    private static final Pattern BROKEN_WORD = Pattern.compile("(?<=\\p{Ll})-[ \\t]*+\\r?\\n[ \\t]*+(?=\\p{Ll})");
    private static final Pattern SOFT_HYPHEN = Pattern.compile("\u00ad");

    public SearchRequest {
        if (query != null) query = BROKEN_WORD.matcher(SOFT_HYPHEN.matcher(query).replaceAll("")).replaceAll("");
        if (query == null || query.isBlank()) throw new IllegalArgumentException("query must not be empty");
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query must be at most " + MAX_QUERY_CHARS + " characters, was " + query.length());
        }
        if (k < 1 || k > MAX_K) throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + k);
        if (filters == null) filters = Filters.NONE;
    }

    public SearchRequest(String query, int k) {
        this(query, k, Filters.NONE);
    }
}
