package dev.paperchat.retrieve;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.index.Filters;

/**
 * A search: free text of any kind (a question, a claim, a half-remembered title), how many papers, filters.
 *
 * @param title whether the text is a title looked up, whose "RL" may be its "Reinforcement Learning"
 */
public record SearchRequest(String query, int k, Filters filters, boolean title) {
    public static final int MAX_K = 50;
    public static final int MAX_QUERY_CHARS = 10_000;
    /** What a text of punctuation or symbols alone is told, of its field's name: random papers would be an answer to nothing. */
    public static final String NO_WORDS = "holds no letters or digits to search for";

    public SearchRequest {
        query = TypedText.plain(query);
        if (TypedText.isBlank(query)) throw new InvalidInputException("query must not be empty");
        if (!TypedText.hasWords(query)) throw InvalidInputException.of("query", NO_WORDS);
        if (characters(query) > MAX_QUERY_CHARS) {
            throw new InvalidInputException("query must be at most " + MAX_QUERY_CHARS + " characters, was " + characters(query));
        }
        if (k < 1 || k > MAX_K) throw new InvalidInputException("k must be between 1 and " + MAX_K + ", was " + k);
        if (filters == null) filters = Filters.NONE;
    }

    public SearchRequest(String query, int k, Filters filters) {
        this(query, k, filters, false);
    }

    public SearchRequest(String query, int k) {
        this(query, k, Filters.NONE);
    }

    /**
     * The search for a page of results, {@code k} after the first {@code offset}: the first
     * {@code offset + k}, of the {@link #MAX_K} a search ranks. The last page is short: a client
     * that pages by 20 gets the last 10 at offset 40, as a paging loop expects, not an error.
     */
    public static SearchRequest page(String query, int offset, int k, Filters filters) {
        if (offset < 0 || offset >= MAX_K) throw InvalidInputException.of("offset", "must be between 0 and " + (MAX_K - 1) + ", was " + offset);
        return new SearchRequest(query, Math.min(MAX_K, offset + k), filters);
    }

    public static SearchRequest forTitle(String title, int k) {
        return new SearchRequest(title, k, Filters.NONE, true);
    }

    /** The text's length in characters as a reader counts them: an emoji is one, though Java holds it in two chars. */
    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The request with the query rewritten (mended, respelled); a rewrite past the limit, of a query at it, keeps the query as given. */
    public SearchRequest withQuery(String other) {
        return characters(other) > MAX_QUERY_CHARS ? this : new SearchRequest(other, k, filters, title);
    }

    public SearchRequest withFilters(Filters other) {
        return new SearchRequest(query, k, other, title);
    }
}
