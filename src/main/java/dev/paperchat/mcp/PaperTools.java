package dev.paperchat.mcp;

import dev.paperchat.answer.Answer;
import dev.paperchat.answer.AnswerMode;
import dev.paperchat.answer.Citation;
import dev.paperchat.answer.Controls;
import dev.paperchat.answer.Question;
import dev.paperchat.answer.Turn;
import dev.paperchat.app.CiteView;
import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.PaperList;
import dev.paperchat.app.PaperView;
import dev.paperchat.app.SearchView;
import dev.paperchat.app.StatsView;
import dev.paperchat.corpus.Bibtex;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.index.Filters;
import dev.paperchat.index.IndexException;
import dev.paperchat.retrieve.SearchRequest;
import dev.paperchat.retrieve.SearchResult;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection as MCP tools and resources: the same search, ask, cite and BibTeX operations
 * as the HTTP API, with JSON schemas and descriptions an agent can act on. Bad arguments come
 * back as tool errors with a message, never as a dropped connection.
 */
public final class PaperTools {
    private static final Logger LOG = LoggerFactory.getLogger(PaperTools.class);
    /** The filters of the tools that search or list: as the HTTP API takes them. */
    private static final String FILTERS = """
            "from":{"type":"string","maxLength":40,"description":"Only papers dated on or after this day: YYYY-MM-DD, or a month or year (its first day); a time after the day (2025-01-01T00:00:00Z) is left aside, as the HTTP API leaves it. Papers whose record gives no year are left out"},
            "to":{"type":"string","maxLength":40,"description":"Only papers dated on or before this day: YYYY-MM-DD, or a month or year (its last day); a time after the day is left aside, as the HTTP API leaves it. Papers whose record gives no year are left out"},
            "org":{"type":"string","maxLength":200,"description":"Only papers from this organisation"}},""";
    private static final Map<String, String> TITLES = Map.of("search_papers", "Search papers", "ask", "Ask the collection",
            "find_by_title", "Find a paper by its title", "find_by_claim", "Find the source of a claim", "list_papers", "List papers",
            "collection_stats", "Collection statistics", "get_paper", "Get a paper", "get_bibtex", "Get a BibTeX entry");
    /** The OpenAPI component each tool's structured result is, as the HTTP API's body for the same operation is. */
    private static final Map<String, String> RESULTS = Map.of("search_papers", "SearchResults", "ask", "Answer", "find_by_title", "CiteResults",
            "find_by_claim", "CiteResults", "list_papers", "PaperList", "collection_stats", "Stats", "get_paper", "Paper");
    private static final String BIBTEX_RESULT = """
            {"type":"object","properties":{"bibtex":{"type":"string","description":"The paper's BibTeX entry"}},"required":["bibtex"]}""";
    /** Every tool reads the local collection and changes nothing: a client may run them without asking, and in parallel. */
    private static final ToolAnnotations READ_ONLY = new ToolAnnotations(null, true, false, true, false, null);
    /** ask may send the question and abstracts to an LLM server, which may be another machine's. */
    private static final ToolAnnotations READ_ONLY_OPEN = new ToolAnnotations(null, true, false, true, true, null);
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
    /** The characters of an unknown id an error quotes. */
    private static final int MAX_QUOTED_ID_CHARS = 200;
    private final AppSource app;
    private final McpJsonMapper json;

    public PaperTools(AppSource app, McpJsonMapper json) {
        this.app = app;
        this.json = json;
    }

    public List<SyncToolSpecification> tools() {
        return List.of(
                tool("search_papers", "Search the paper collection for a question, claim, topic or half-remembered title. "
                        + "Returns the best papers with id, title, score and the sentence that matches best; covered=false "
                        + "when the collection does not seem to hold the subject, and they are only the closest.", """
                        {"type":"object","properties":{
                          "query":{"type":"string","minLength":1,"maxLength":10000,"description":"What to look for"},
                          "k":{"type":"integer","minimum":1,"maximum":50,"description":"Number of papers (default 10)"},
                          "offset":{"type":"integer","minimum":0,"maximum":49,"description":"How many of the best papers to leave out, for the next page (default 0; a search ranks 50, so the last page is short)"},
                          """ + FILTERS + """
                         "required":["query"],"additionalProperties":false}""", this::search),
                tool("ask", "Answer a question from the collection. Every claim in the answer is marked [n]; citations give "
                        + "the paper id, title and the verbatim sentence of the abstract that supports it. covered=false means "
                        + "the collection does not hold the answer. Without an LLM it answers at once; when the server has one (mode "
                        + "auto or llm), an answer may take up to the LLM's timeout (60 s by default): send a progressToken and reset "
                        + "your request timeout on progress, which comes as the answer is written (at most once a second).", """
                        {"type":"object","properties":{
                          "question":{"type":"string","minLength":1,"description":"The question in the reader's words, or a claim to check (at most the server's limit, 4,000 characters unless configured otherwise)"},
                          "k":{"type":"integer","minimum":1,"maximum":20,"description":"Number of source papers (default 8)"},
                          "mode":{"type":"string","enum":["auto","llm","extractive"],"description":"Who writes the answer (default auto)"},
                          "history":{"type":"array","maxItems":50,"description":"Earlier turns, oldest first, for a follow-up (\\"and which of those use Qwen?\\")",
                            "items":{"type":"object","properties":{"role":{"type":"string","enum":["user","assistant"]},"content":{"type":"string","description":"A turn's text; a user turn at most 10000 characters"}},
                              "required":["role","content"],"additionalProperties":false}},
                          """ + FILTERS + """
                         "required":["question"],"additionalProperties":false}""", this::ask),
                tool("find_by_title", "Find a paper by its title, a partial title, its acronym or method name; typos are "
                        + "tolerated. Returns matches with a confidence: 0.7 or more names the paper (found=true), less is only related.", """
                        {"type":"object","properties":{"title":{"type":"string","minLength":1,"maxLength":10000,"description":"The title as remembered, whole or in part, or a pasted reference"},
                          "k":{"type":"integer","minimum":1,"maximum":20,"description":"Number of matches (default 5)"}},"required":["title"],"additionalProperties":false}""",
                        args -> lookup(args, "title")),
                tool("find_by_claim", "Find the papers whose abstract sentences come closest to a claim, each with the exact "
                        + "sentence. found=true means the collection has sentences on the claim's subject, not that they state "
                        + "it: read the sentence before citing it. found=false when nothing comes close.", """
                        {"type":"object","properties":{"claim":{"type":"string","minLength":1,"maxLength":10000,"description":"A claim, or a passage of claims, each looked up apart"},
                          "k":{"type":"integer","minimum":1,"maximum":20,"description":"Number of papers (default 5)"}},"required":["claim"],"additionalProperties":false}""",
                        args -> lookup(args, "claim")),
                tool("list_papers", "List the papers of the collection in id order, a page at a time: id, date, organisation and "
                        + "title, with the total the filters pass. Page on with offset.", """
                        {"type":"object","properties":{
                          "offset":{"type":"integer","minimum":0,"maximum":2147483647,"description":"Papers to skip (default 0)"},
                          "limit":{"type":"integer","minimum":1,"maximum":500,"description":"Papers to list (default 50)"},
                          """ + FILTERS + """
                         "additionalProperties":false}""", this::list),
                tool("collection_stats", "What the collection holds: its number of papers, and every organisation papers come "
                        + "from with its number of papers (the names the org argument of the other tools takes).", """
                        {"type":"object","properties":{},"additionalProperties":false}""", args -> stats()),
                tool("get_paper", "Get one paper with all metadata and its abstract, by paper id, DOI, arXiv id or BibTeX key.", """
                        {"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Paper id, DOI, arXiv id or BibTeX key"}},"required":["id"],"additionalProperties":false}""", this::paper),
                tool("get_bibtex", "Get a BibTeX entry for a paper, by paper id, DOI, arXiv id or BibTeX key.", """
                        {"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":1000,"description":"Paper id, DOI, arXiv id or BibTeX key"}},"required":["id"],"additionalProperties":false}""", this::bibtex));
    }

    /** Each paper as {@code paper://{id}} (id, DOI or arXiv id, percent-encoded): title, metadata and abstract as JSON. */
    public SyncResourceTemplateSpecification paperResource() {
        ResourceTemplate template = ResourceTemplate.builder("paper://{id}", "paper")
                .description("A paper of the collection: title, metadata and abstract. {id} is a paper id, DOI, arXiv id or BibTeX key, percent-encoded"
                        + " (a DOI's slash as %2F: paper://10.48550%2FarXiv.2501.00001)").mimeType("application/json").build();
        return new SyncResourceTemplateSpecification(template, (exchange, request) -> {
            Paper paper = idOf(request.uri()).flatMap(id -> app.get().index().paperByAnyId(id))
                    .orElseThrow(() -> McpError.RESOURCE_NOT_FOUND.apply(quoted(request.uri())));
            return ReadResourceResult.builder(List.of(TextResourceContents.builder(request.uri(), Json.write(PaperView.of(withFileNames(paper))))
                    .mimeType("application/json").build())).build();
        });
    }

    /** A DOI's slash comes percent-encoded (paper://10.48550%2FarXiv.2501.00001): a template variable holds no "/". */
    private static Optional<String> idOf(String uri) {
        // As long as an id may be, as the tools' schemas and the API allow.
        if (uri.length() > "paper://".length() + 3 * Paper.MAX_ID_CHARS) return Optional.empty();
        try {
            // Spaces copied around an id are no part of it, as get_paper reads them.
            return Optional.of(URLDecoder.decode(uri.substring("paper://".length()).replace("+", "%2B"), StandardCharsets.UTF_8).strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a broken escape ("%ZZ") names no paper
        }
    }

    private SyncToolSpecification tool(String name, String description, String schema,
                                       Function<Map<String, Object>, CallToolResult> handler) {
        return tool(name, description, schema, (args, progress) -> handler.apply(args));
    }

    private SyncToolSpecification tool(String name, String description, String schema,
                                       BiFunction<Map<String, Object>, Consumer<String>, CallToolResult> handler) {
        Tool.Builder builder = Tool.builder(name).title(TITLES.get(name)).description(description).inputSchema(json, schema)
                .annotations(name.equals("ask") ? READ_ONLY_OPEN : READ_ONLY);
        Tool tool = (RESULTS.containsKey(name) ? builder.outputSchema(OutputSchemas.of(RESULTS.get(name))) : builder.outputSchema(json, BIBTEX_RESULT)).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            try {
                Consumer<String> progress = progress(exchange, request.progressToken());
                awaitApp(progress);
                return handler.apply(request.arguments() == null ? Map.of() : request.arguments(), progress);
            } catch (RuntimeException e) {
                // Bad arguments, an unknown paper, an index not ready yet: the agent reads why, the session lives on.
                // Anything else is a bug, which the server's log must show as the HTTP API's does.
                if (e instanceof IndexException.Busy) LOG.warn("tool {}: {}", name, e.getMessage());
                else if (!(e instanceof InvalidInputException)) LOG.error("tool {} failed", name, e);
                // "argument \"from\" must be a date...", as the tools name their arguments.
                String message = e instanceof InvalidInputException invalid ? invalid.namedAs(field -> "argument \"" + field + "\"")
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return CallToolResult.builder().addTextContent(message).isError(true).build();
            }
        }).build();
    }

    /**
     * A first run's tool call waits for the sample's ingest (half a minute, longer on a busy machine): a
     * client that sent a progressToken hears why, and one that resets its timeout on progress waits.
     */
    private void awaitApp(Consumer<String> progress) {
        while (!app.ready()) {
            progress.accept("the index is empty: ingesting the sample corpus first (300 papers, about half a minute, once)");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private CallToolResult search(Map<String, Object> args) {
        int offset = integer(args, "offset", 0);
        SearchRequest request = SearchRequest.page(text(args, "query"), offset, integer(args, "k", 10),
                Filters.parse(optional(args, "from"), optional(args, "to"), optional(args, "org")));
        SearchResult found = app.get().retriever().search(request);
        SearchView view = SearchView.of(found, request.filters(), offset);
        StringBuilder text = new StringBuilder();
        // A respelt word, how the organisation was read ("Tencnet": none; names near it) is what makes an empty result make sense.
        view.notices().forEach(notice -> text.append(notice).append('\n'));
        // An agent reading only the text must learn, as one reading "covered" does, that these are merely the closest.
        if (!view.covered() && !view.results().isEmpty()) text.append("Weak evidence: ").append(request.filters().isEmpty() ? "the collection does"
                : "the papers matching the filters do").append(" not seem to cover this; the closest papers are:\n");
        for (SearchView.Result r : view.results()) {
            // What a filter by date or organisation read, an agent that reads only the text sees too.
            text.append(r.title()).append(" [id ").append(r.id()).append(", score ").append(r.score())
                    .append(r.date() == null ? "" : ", " + r.date()).append(r.organization() == null ? "" : ", " + r.organization())
                    .append("]\n  \"").append(r.sentence()).append("\"\n");
        }
        return result(view.results().isEmpty() ? text + "No papers found." : text.toString(), view);
    }

    private CallToolResult list(Map<String, Object> args) {
        int offset = integer(args, "offset", 0), limit = integer(args, "limit", 50);
        PaperList page = PaperList.of(app.get(), Filters.parse(optional(args, "from"), optional(args, "to"), optional(args, "org")), offset, limit);
        StringBuilder text = new StringBuilder();
        page.notices().forEach(notice -> text.append(notice).append('\n'));
        text.append(page.papers().isEmpty() ? "No papers on this page; " : "Papers " + (offset + 1) + " to " + (offset + page.papers().size()) + " of ")
                .append(page.total()).append(page.papers().isEmpty() ? " in all.\n" : ":\n");
        for (PaperList.Entry e : page.papers()) {
            text.append(e.id()).append(" | ").append(e.date() == null ? "-" : e.date()).append(" | ")
                    .append(e.organization() == null ? "-" : e.organization()).append(" | ").append(e.title()).append('\n');
        }
        return result(text.toString(), page);
    }

    private CallToolResult stats() {
        StatsView stats = StatsView.of(app.get());
        StringBuilder text = new StringBuilder(stats.papers() + " papers.");
        if (!stats.organisations().isEmpty()) {
            text.append(" Organisations (papers): ").append(String.join(", ", stats.organisations().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList())).append('.');
        }
        return result(text.toString(), stats);
    }

    /**
     * Progress notifications for a client that sent a progressToken, at most one a second: an LLM
     * that writes slowly keeps a client that resets its timeout on progress waiting, rather than
     * giving up before the answer (the TypeScript SDK gives up after 60 s by default).
     */
    private static Consumer<String> progress(McpSyncServerExchange exchange, Object token) {
        if (token == null) return message -> {};
        AtomicLong sent = new AtomicLong(), lastAt = new AtomicLong(System.nanoTime());
        return message -> {
            long now = System.nanoTime();
            if (now - lastAt.get() < PROGRESS_EVERY_NANOS) return;
            lastAt.set(now);
            exchange.progressNotification(new ProgressNotification(token, sent.incrementAndGet(), null, message));
        };
    }

    private CallToolResult ask(Map<String, Object> args, Consumer<String> progress) {
        String asked = text(args, "question");
        int maxChars = app.get().config().maxQuestionChars();
        if (SearchRequest.characters(asked) > maxChars) {
            throw new InvalidInputException("argument \"question\" must be at most " + maxChars + " characters, was " + SearchRequest.characters(asked));
        }
        Question question = new Question(asked, history(args), integer(args, "k", Question.DEFAULT_K),
                AnswerMode.parse(optional(args, "mode")), Filters.parse(optional(args, "from"), optional(args, "to"), optional(args, "org")));
        StringBuilder written = new StringBuilder();
        Answer answer = app.get().assistant().ask(question, delta -> {
            written.append(delta);
            progress.accept("writing the answer: " + written.length() + " characters");
        }, sources -> progress.accept(sources.size() + " papers found; the LLM is writing from them")).withControls(Controls.MCP);
        StringBuilder text = new StringBuilder(answer.answer()).append(answer.unsupportedNote());
        if (!answer.citations().isEmpty()) text.append("\n\nCitations:\n");
        answer.citations().forEach(c -> text.append("[").append(c.marker()).append("] ").append(c.title())
                .append(" [id ").append(c.paperId()).append("]: \"").append(c.sentence()).append("\"")
                .append(c.supported() ? "" : Citation.NOT_EVIDENCE).append('\n'));
        if (!answer.notices().isEmpty()) text.append(answer.citations().isEmpty() ? "\n\nNotes:\n" : "\nNotes:\n");
        answer.notices().forEach(notice -> text.append("- ").append(notice).append('\n'));
        return result(text.toString(), answer);
    }

    private CallToolResult lookup(Map<String, Object> args, String by) {
        String query = text(args, by);
        int k = integer(args, "k", 5);
        CiteView view = CiteView.lookUp(app.get().lookup(), by, query, k);
        StringBuilder text = new StringBuilder();
        view.notices().forEach(notice -> text.append(notice).append('\n'));
        if (view.claims().isEmpty()) appendLookup(text, view);
        for (int i = 0; i < view.claims().size(); i++) {
            text.append("\nClaim ").append(i + 1).append(": \"").append(view.claims().get(i).query()).append("\"\n");
            appendLookup(text, view.claims().get(i));
        }
        return result(text.toString(), view);
    }

    private static void appendLookup(StringBuilder text, CiteView view) {
        if (!view.respelled().isEmpty()) text.append(view.respellingNotice()).append('\n');
        if (view.saysNotFound()) text.append(view.notFound()).append(view.results().isEmpty() ? "\n" : " Closest:\n");
        if (view.found() && view.by().equals("claim")) text.append("Closest sentences; check that one states the claim before citing it:\n");
        view.results().forEach(r -> text.append(r.title()).append(" [id ").append(r.id()).append(", confidence ")
                .append(r.confidence()).append("]\n  \"").append(r.sentence()).append("\"\n")
                .append(CiteView.note(r).isEmpty() ? "" : "  " + CiteView.note(r) + "\n"));
    }

    private CallToolResult paper(Map<String, Object> args) {
        Paper paper = find(text(args, "id"));
        StringBuilder text = new StringBuilder(paper.title()).append("\nid: ").append(paper.id());
        if (!paper.authors().isEmpty()) text.append("\nauthors: ").append(String.join(", ", paper.authors()));
        else if (paper.authorCount() != null) text.append("\nauthors: ").append(paper.authorCount()).append(" (names not recorded)");
        if (paper.date() != null) text.append("\ndate: ").append(paper.date());
        if (paper.organization() != null) text.append("\norganisation: ").append(paper.organization());
        if (paper.venue() != null) text.append("\nvenue: ").append(paper.venue());
        if (!paper.aliases().isEmpty()) text.append("\nalso known as: ").append(String.join(", ", paper.aliases()));
        if (!paper.links().isEmpty()) text.append("\nlinks: ").append(String.join(" ", paper.links()));
        return result(text.append("\n\n").append(paper.abstractText()).toString(), PaperView.of(withFileNames(paper)));
    }

    /** The files a paper came from by their names: an agent, and the LLM provider it may send them to, need not read the user's folders. */
    private static Paper withFileNames(Paper paper) {
        return paper.withSources(paper.sources().stream().map(s -> new Source(Path.of(s.file()).getFileName().toString(), s.line())).toList());
    }

    private CallToolResult bibtex(Map<String, Object> args) {
        String entry = Bibtex.entry(find(text(args, "id")));
        return result(entry, Map.of("bibtex", entry));
    }

    /** Spaces an agent copied around an id are no part of it. */
    private Paper find(String id) {
        String stripped = id.strip();
        return app.get().index().paperByAnyId(stripped).orElseThrow(() -> new InvalidInputException("no paper with id " + quoted(stripped)
                + " (a paper id, DOI, arXiv id or BibTeX key); ids come from search_papers, find_by_title and list_papers"));
    }

    /**
     * A pasted page is no id: an error quotes its start, not all of it back into the agent's context, and its control and
     * bidirectional characters as escapes: "\u202Egnp.exe" is not shown as "exe.png".
     */
    private static String quoted(String id) {
        String shown = id.length() <= MAX_QUOTED_ID_CHARS ? id : id.substring(0, MAX_QUOTED_ID_CHARS) + "... (" + id.length() + " characters)";
        return UNPRINTABLE.matcher(shown).replaceAll(m -> Matcher.quoteReplacement(String.format("\\u%04X", (int) m.group().charAt(0))));
    }

    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}" + Paper.BIDI_CONTROLS + "]");

    private CallToolResult result(String text, Object structured) {
        return CallToolResult.builder().addTextContent(text).structuredContent(Json.MAPPER.convertValue(structured, Map.class)).build();
    }

    private static String text(Map<String, Object> args, String name) {
        Object value = args.get(name);
        if (!(value instanceof String s) || TypedText.isBlank(s)) throw new InvalidInputException("argument \"" + name + "\" must be a non-empty string");
        return s;
    }

    private static String optional(Map<String, Object> args, String name) {
        Object value = args.get(name);
        return value instanceof String s && !TypedText.isBlank(s) ? s : null;
    }

    private static int integer(Map<String, Object> args, String name, int defaultValue) {
        Object value = args.get(name);
        if (value == null) return defaultValue;
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new InvalidInputException("argument \"" + name + "\" must be an integer, was " + value);
        }
        if (n.doubleValue() != n.intValue()) {
            throw new InvalidInputException("argument \"" + name + "\" must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", was " + value);
        }
        return n.intValue();
    }

    /** The schema has checked the shape; a client that skips validation gets the same errors as the API's. */
    private static List<Turn> history(Map<String, Object> args) {
        if (!(args.get("history") instanceof List<?> turns)) return List.of();
        if (turns.size() > Turn.MAX_HISTORY) {
            throw new InvalidInputException("argument \"history\" must have at most " + Turn.MAX_HISTORY + " turns, had " + turns.size());
        }
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            if (!(turns.get(i) instanceof Map<?, ?> t) || !(t.get("content") instanceof String content)) {
                throw new InvalidInputException("argument \"history\" must be a list of {role, content}");
            }
            try {
                history.add(new Turn(String.valueOf(t.get("role")), content));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("argument \"history[" + i + "]\": " + e.getMessage());
            }
        }
        return history;
    }
}
