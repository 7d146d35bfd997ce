package dev.paperchat.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.StatsView;
import dev.paperchat.corpus.Hash;
import dev.paperchat.corpus.JsonlParser;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseError;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.Source;
import dev.paperchat.index.IndexStats;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.IngestSummary;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Health, stats, ingest and the OpenAPI document. */
final class AdminRoutes {
    private final ApiServer server;
    private final LlmHealth llm;

    private static final Pattern LINE = Pattern.compile("\\bline (\\d{1,9})\\b");

    AdminRoutes(ApiServer server) {
        this.server = server;
        this.llm = new LlmHealth(server.config(), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build());
    }

    void register() {
        server.route(HandlerType.GET, "/api/health", this::health);
        server.route(HandlerType.GET, "/api/stats", this::stats);
        server.route(HandlerType.POST, "/api/ingest", this::ingest);
        server.route(HandlerType.GET, "/openapi.json", this::openapi);
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", server.state());
        if (server.ready()) {
            IndexStats stats = server.app().index().stats();
            body.put("papers", stats.papers());
            body.put("chunks", stats.chunks());
            body.put("model", stats.model());
        }
        body.put("llm", llm.status());
        if (!server.ready()) ctx.header("Retry-After", ApiServer.RETRY_WHILE_STARTING);
        ctx.status(server.ready() ? 200 : 503).json(body);
    }

    private void stats(Context ctx) {
        ctx.json(StatsView.of(server.app()));
    }

    /** Multipart files (field "file") or JSON {"papers": [...]}; always needs the API key. */
    private void ingest(Context ctx) {
        server.requireKey(ctx);
        PaperChat app = server.app();
        List<ParseResult> parsed = new ArrayList<>();
        String request = null;
        if (ctx.isMultipartFormData()) {
            List<UploadedFile> files = uploads(ctx);
            checkParts(ctx);
            if (files.isEmpty()) throw ApiException.badRequest("multipart upload needs at least one part named \"file\"");
            String format = ctx.formParam("format");
            if (format != null && app.reader().formats().stream().noneMatch(format::equalsIgnoreCase)) {
                throw ApiException.badRequest("field \"format\" must be one of " + String.join(", ", app.reader().formats()) + ", was \"" + format + "\"");
            }
            for (UploadedFile file : files) {
                byte[] content = bytes(file);
                parsed.add(app.reader().read(sourceName(file.filename(), content), content, format));
            }
        } else {
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            // curl -d sends its default form type with a JSON body; a CSV or a PDF is no JSON to parse.
            if (!type.isEmpty() && !type.matches("application/(?:[\\w.+-]*\\+)?json.*|application/x-www-form-urlencoded.*")) {
                throw new ApiException(415, "unsupported_media_type", "send multipart/form-data with files in field \"file\", "
                        + "or application/json {\"papers\": [...]}; got " + ctx.contentType());
            }
            JsonNode body = Requests.body(ctx, JsonNode.class);
            if (!body.isObject()) throw ApiException.badRequest("request body must be a JSON object {\"papers\": [...]}");
            body.fieldNames().forEachRemaining(field -> {
                if (!field.equals("papers")) throw ApiException.badRequest("unknown field \"" + field + "\"; known: papers");
            });
            JsonNode papers = body.get("papers");
            if (papers == null || !papers.isArray()) throw ApiException.badRequest("field \"papers\" must be a list of papers");
            if (papers.isEmpty()) throw ApiException.badRequest("field \"papers\" is an empty list: send at least one paper");
            StringBuilder jsonl = new StringBuilder();
            for (JsonNode paper : papers) jsonl.append(paper.toString()).append('\n');
            // Each distinct request is a source of its own: a later one holding the same paper with
            // fewer fields merges with it instead of replacing what an earlier request stored.
            String text = jsonl.toString();
            request = Source.requestName(Hash.sha256(text).substring(0, 12));
            parsed.add(app.reader().read(request, text.getBytes(StandardCharsets.UTF_8), "jsonl"));
        }
        ctx.json(inRequestTerms(app.ingester().ingest(ParseResult.concat(parsed), IngestListener.NONE), request));
    }

    /** A part the route does not know is refused, as an unknown field of a JSON body is; a "file" without a file name is said so. */
    private static void checkParts(Context ctx) {
        if (ctx.formParamMap().containsKey("file") && !ctx.uploadedFileMap().containsKey("file")) {
            throw ApiException.badRequest("part \"file\" has no file name: send it as a file (curl -F file=@papers.jsonl)");
        }
        TreeSet<String> unknown = new TreeSet<>(ctx.formParamMap().keySet());
        unknown.addAll(ctx.uploadedFileMap().keySet());
        unknown.removeAll(List.of("file", "format"));
        if (!unknown.isEmpty()) throw ApiException.badRequest("unknown field \"" + unknown.first() + "\"; known: file, format");
    }

    /** An error of a JSON request names the entry the client sent, "papers[1]", not a line of the file the request became. */
    private static IngestSummary inRequestTerms(IngestSummary summary, String request) {
        if (request == null) return summary;
        List<ParseError> errors = summary.errors().stream().map(e -> !e.file().equals(request) ? e
                : new ParseError(e.line() > 0 ? "papers[" + (e.line() - 1) + "]" : "papers", 0, entries(e.message()), e.kept())).toList();
        return new IngestSummary(summary.added(), summary.updated(), summary.unchanged(), summary.removed(), summary.rejected(),
                summary.papers(), summary.chunks(), summary.chunksEmbedded(), summary.seconds(), errors);
    }

    /** "was given on line 1" of a request's line is of its entry "papers[0]", and what a line must be is what an entry must be. */
    private static String entries(String message) {
        return LINE.matcher(message.replace(JsonlParser.ONE_PAPER_PER_LINE, "; each entry of \"papers\" is one paper, a JSON object"))
                .replaceAll(m -> "papers[" + (Integer.parseInt(m.group(1)) - 1) + "]");
    }

    /** Jetty reads the parts when first asked and fails with an IllegalStateException past the size limits. */
    private List<UploadedFile> uploads(Context ctx) {
        try {
            return ctx.uploadedFiles("file");
        } catch (IllegalStateException tooBig) {
            // Jetty allows a part's header line 998 characters, as mail does: a file name longer than that is no size limit's fault.
            if (String.valueOf(tooBig.getMessage()).startsWith("Header Line Exceeded")) {
                throw ApiException.badRequest("a part's header is over 998 characters (a file name that long?); send the file under a shorter name");
            }
            throw new ApiException(413, "payload_too_large", "upload over " + server.config().maxBodyBytes()
                    + " bytes (limits.body-bytes): " + tooBig.getMessage());
        } catch (Exception e) {
            // Jetty's parser throws an IOException for a body that is no multipart ("Missing initial multi part boundary").
            Throwable io = e instanceof IOException ? e : e.getCause();
            if (io instanceof IOException && !(io instanceof org.eclipse.jetty.io.EofException)) {
                throw ApiException.badRequest("malformed multipart body: " + io.getMessage());
            }
            throw e instanceof RuntimeException r ? r : new RuntimeException(e);
        }
    }

    /**
     * What a client names a part it was given no file name for: Python's requests names bytes after their field ("file"),
     * a browser a Blob "blob". No two files share it on purpose, so each distinct upload is a source of its own, as each
     * distinct JSON body is: as one source "file", every upload from a notebook had removed what the one before stored.
     */
    private static final Set<String> NO_FILE_NAME = Set.of("file", "blob");

    static String sourceName(String filename, byte[] content) {
        if (filename == null || !NO_FILE_NAME.contains(filename.strip().toLowerCase(Locale.ROOT))) return safeName(filename);
        return "upload-" + Hash.sha256(new String(content, StandardCharsets.ISO_8859_1)).substring(0, 12);
    }

    /** Upload names appear in error messages only; keep them to a plain base name. */
    static String safeName(String name) {
        String base = name == null ? "upload" : name.replace('\\', '/');
        // Only what no file name may hold goes: "論文.jsonl" and "文献.jsonl", or "refs (1).bib" and "refs [1].bib", stay two sources.
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}" + Paper.BIDI_CONTROLS + ":*?\"<>|]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) return "upload" + base;
        // An uploaded file is never taken for a request's body, whose papers a later request with their id corrects.
        return Source.isRequestName(base) ? "upload-" + base : base;
    }

    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read upload " + safeName(file.filename()) + ": " + e.getMessage());
        }
    }

    /** The document names the server it came from, so that a generated client calls this host and port. */
    private void openapi(Context ctx) throws IOException {
        try (InputStream in = AdminRoutes.class.getResourceAsStream("/openapi.json")) {
            ObjectNode spec = (ObjectNode) Json.MAPPER.readTree(in);
            spec.putArray("servers").addObject().put("url", ctx.scheme() + "://" + ctx.host());
            ctx.contentType("application/json").result(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
        }
    }
}
