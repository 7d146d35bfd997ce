package dev.paperchat.answer;

import java.util.Map;

/**
 * Where a notice points a reader for more: the chat page's control, the API's route and the
 * CLI's command, which a client of its own (an MCP agent) reads as its own tools by {@link #named}.
 */
public final class Controls {
    static final String MORE_SOURCES = "the chat page's Sources";
    static final String SEARCH = "GET /api/search, paperchat search";
    static final String LIST = "GET /api/papers, paperchat papers";

    private Controls() {}

    /** The notice with each pointer to a control replaced as {@code names} names it ("k" is the argument of its own). */
    public static String named(String notice, Map<String, String> names) {
        String named = notice;
        for (String control : new String[] {MORE_SOURCES, SEARCH, LIST}) {
            if (names.containsKey(control)) named = named.replace(control, names.get(control));
        }
        return named;
    }

    /** An MCP agent's tools: "ask for more with k (ask's argument k, at most 20)", "(search_papers)", "(list_papers)". */
    public static final Map<String, String> MCP = Map.of(MORE_SOURCES, "ask's argument k", SEARCH, "search_papers", LIST, "list_papers");
    /** An OpenAI client, which no chat page serves: "k" is a field of its request body (extra_body), the routes are the API's. */
    public static final Map<String, String> OPENAI = Map.of(MORE_SOURCES, "a field of the request, extra_body in OpenAI's clients", SEARCH, "GET /api/search", LIST, "GET /api/papers");
}
