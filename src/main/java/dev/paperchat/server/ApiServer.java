package dev.paperchat.server;

import dev.paperchat.app.Config;
import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.index.IndexException;
import dev.paperchat.mcp.McpServers;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: JSON API, OpenAI-compatible /v1, and the chat page from web/. It listens
 * before the index is ready, answering 503 until {@link #ready} is called, so a health check
 * can watch a first start ingest the sample corpus.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private static final String ERROR_WRITTEN = "paperchat.error";
    private static final String FOREIGN_HOST = "this server answers on loopback without a key only to requests for localhost "
            + "or 127.0.0.1 (a page of another site resolving its name here must not read the collection); set api.key to serve other names";

    private final Config config;
    private final Javalin javalin;
    private final AtomicReference<PaperChat> app = new AtomicReference<>();
    private volatile String state = "starting";
    private final List<String> routes = new ArrayList<>();
    private final RateLimiter limiter;
    private final byte[] apiKey;
    private final Semaphore streams;
    private final McpSyncServer mcp;
    /** What the MCP endpoint answers: the transport's GET, POST and DELETE, and the browser's preflight. */
    private static final List<String> MCP_METHODS = List.of("GET", "POST", "DELETE", "OPTIONS");

    public ApiServer(Config config) {
        if (!config.loopbackOnly() && config.apiKey() == null) {
            throw new InvalidInputException("binding to " + config.host() + " exposes the API beyond this machine; "
                    + "set an API key (api.key, PAPERCHAT_API_KEY) or bind to 127.0.0.1");
        }
        this.config = config;
        this.limiter = new RateLimiter(config.rateLimitPerMinute());
        this.streams = new Semaphore(config.maxConcurrentStreams());
        this.apiKey = config.apiKey() == null ? null : config.apiKey().getBytes(StandardCharsets.UTF_8);
        HttpServletStreamableServerTransportProvider mcpTransport = McpServers.httpTransport(config.maxBodyBytes(), config.mcpSessionIdle());
        // A tool called while the first run ingests the sample is told to retry, as the API's 503 tells: no error of the server's own.
        this.mcp = McpServers.http(mcpTransport, () -> {
            PaperChat current = app.get();
            if (current == null) throw new IndexException.Busy("the index is not ready yet (" + state + "); retry shortly", null);
            return current;
        });
        this.javalin = Javalin.create(c -> {
            c.jetty.modifyServletContextHandler(handler -> {
                limitChunkedBodies(handler);
                mountMcp(handler, mcpTransport);
            });
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessages()));
            c.showJavalinBanner = false;
            // Platform threads: a search is work for the CPU, and virtual threads are never preempted, so two long lookups
            // on this many cores' carriers held /api/health for 20 s (measured); the OS shares the cores among threads.
            c.useVirtualThreads = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            // GET /api/ask is a known route asked with the wrong method: 405 says so, 404 would not.
            c.http.prefer405over404 = true;
            // Uploads too: Javalin's multipart defaults are unlimited, spooled to disk, then read whole.
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            c.jetty.multipartConfig.maxFileSize(config.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            // A client that sends its body a byte at a time (slowloris) is cut off, not waited for.
            c.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(config.readTimeoutSeconds() * 1000L));
            // Javalin answers a body cut short by the idle timeout itself; 408 says what happened.
            c.jetty.clientAbortStatus = 408;
            c.jetty.timeoutStatus = 408;
            c.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            // The checkout's web/ when there is one, so edits show on reload; else the page in the jar.
            boolean external = Files.isDirectory(config.webDir());
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = external ? config.webDir().toAbsolutePath().toString() : "/paperchat/web";
                files.location = external ? Location.EXTERNAL : Location.CLASSPATH;
            });
            if (!config.corsOrigins().isEmpty()) {
                c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> config.corsOrigins().forEach(rule::allowHost)));
            }
        });
        javalin.before(this::guard);
        errors();
        new PaperRoutes(this).register();
        new AskRoutes(this).register();
        new OpenAiRoutes(this).register();
        new AdminRoutes(this).register();
    }

    /**
     * Requests Jetty refuses before any handler sees them (a URI over 8 KB: 414, a malformed
     * request line: 400) get the API's JSON error too, not an HTML page.
     */
    private static final class JsonBadMessages extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json");
            // A passage pasted into a GET's query string is the usual cause: the POST forms carry it.
            String message = status == 414 ? "the URL is over 8 KB; send a long query, title or claim in a JSON body:"
                    + " POST /api/search {\"q\": ...} or POST /api/cite {\"claim\": ...}"
                    : reason == null ? HttpStatus.getMessage(status) : reason;
            return ByteBuffer.wrap(Json.write(new ErrorBody(statusName(status), message, status))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A body sent in chunks, with no length to refuse it by up front, is cut off at the same limit. */
    private void limitChunkedBodies(ServletContextHandler handler) {
        FilterHolder bodyLimit = new FilterHolder(new ChunkedBodyLimit(config.maxBodyBytes()));
        bodyLimit.setAsyncSupported(true);
        handler.addFilter(bodyLimit, "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    /** The MCP Streamable HTTP transport is a servlet beside Javalin's, behind the same key check. */
    private void mountMcp(ServletContextHandler handler, HttpServletStreamableServerTransportProvider transport) {
        ServletHolder servlet = new ServletHolder(transport);
        servlet.setAsyncSupported(true);
        handler.addServlet(servlet, McpServers.ENDPOINT);
        FilterHolder auth = new FilterHolder((Filter) (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse out = (HttpServletResponse) response;
            if (!hostAllowed(http.getHeader("Host"))) {
                mcpError(out, 403, FOREIGN_HOST);
                return;
            }
            // HttpServlet would echo a TRACE, Authorization header and all.
            if (!MCP_METHODS.contains(http.getMethod())) {
                out.setHeader("Allow", String.join(", ", MCP_METHODS));
                mcpError(out, 405, http.getMethod() + " is not allowed on " + McpServers.ENDPOINT);
                return;
            }
            String origin = http.getHeader("Origin");
            if (origin != null && !sameHost(origin, http.getHeader("Host"))) {
                // MCP's transport must check the origin of every request: a foreign page may not drive the tools.
                if (!corsAllows(origin)) {
                    mcpError(out, 403, "requests from " + origin + " are not allowed; add that origin to cors.origins to let its pages call this server");
                    return;
                }
                out.setHeader("Access-Control-Allow-Origin", origin);
                out.setHeader("Vary", "Origin");
                out.setHeader("Access-Control-Expose-Headers", "Mcp-Session-Id");
                if (http.getMethod().equals("OPTIONS")) {
                    out.setHeader("Access-Control-Allow-Methods", "GET, POST, DELETE");
                    out.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization, Mcp-Session-Id, Mcp-Protocol-Version, Last-Event-ID");
                    out.setHeader("Access-Control-Max-Age", "600");
                    out.setStatus(204);
                    return;
                }
            }
            long wait = limiter.secondsToWait(http.getRemoteAddr());
            out.setHeader("RateLimit-Limit", Integer.toString(config.rateLimitPerMinute()));
            out.setHeader("RateLimit-Remaining", Integer.toString(limiter.remaining(http.getRemoteAddr())));
            if (wait > 0) {
                out.setHeader("Retry-After", Long.toString(wait));
                mcpError(out, 429, "too many requests");
            } else if (apiKey != null && !keyMatches(http.getHeader("Authorization"))) {
                out.setHeader("WWW-Authenticate", "Bearer");
                mcpError(out, 401, "missing or wrong API key (send Authorization: Bearer KEY)");
            } else {
                chain.doFilter(request, response);
            }
        });
        auth.setAsyncSupported(true);
        handler.addFilter(auth, McpServers.ENDPOINT, EnumSet.of(DispatcherType.REQUEST));
        FilterHolder check = new FilterHolder(new McpHttpCheck(McpServers.requestCheck(this::app), transport.protocolVersions(),
                (int) Math.min(Integer.MAX_VALUE, config.maxBodyBytes())));
        check.setAsyncSupported(true);
        handler.addFilter(check, McpServers.ENDPOINT, EnumSet.of(DispatcherType.REQUEST));
    }

    private static void mcpError(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write(Json.write(new ErrorBody(statusName(status), message, status)));
    }

    /**
     * Whether {@code cors.origins} lists the origin, in the forms Javalin's CORS handling reads for
     * the API: "https://notebook.example", "notebook.example" (https), "https://*.example.org", "*".
     */
    boolean corsAllows(String origin) {
        String given = origin.strip().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        for (String listed : config.corsOrigins()) {
            String entry = listed.strip().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
            if (entry.equals("*")) return true;
            if (!entry.contains("://")) entry = "https://" + entry;
            int wildcard = entry.indexOf("://*.");
            boolean matches = wildcard < 0 ? given.equals(entry)
                    : given.startsWith(entry.substring(0, wildcard + 3)) && given.endsWith(entry.substring(wildcard + 4))
                    && given.length() > entry.length() - 1;
            if (matches) return true;
        }
        return false;
    }

    public ApiServer start() {
        javalin.start(config.host(), config.port());
        LOG.info("paperchat listening on http://{}:{}", config.host(), port());
        return this;
    }

    /** The index is open (and the sample ingested): routes start answering. */
    public void ready(PaperChat paperChat) {
        app.set(paperChat);
        state = "ready";
    }

    public void state(String state) {
        this.state = state;
    }

    public String state() {
        return state;
    }

    public int port() {
        return javalin.port();
    }

    public Config config() {
        return config;
    }

    /**
     * Every route as "METHOD /path", in registration order, but the HEAD each GET has, which HTTP
     * defines as the GET without its body; the OpenAPI test compares them with the spec.
     */
    public List<String> routes() {
        return routes.stream().filter(route -> !route.startsWith("HEAD ")).toList();
    }

    /** Seconds a client is asked to wait while the index opens (the sample corpus takes about 20 s) or another process writes it. */
    static final String RETRY_WHILE_STARTING = "5";

    /** The application, or 503 while the index is opening or the sample corpus is ingested. */
    PaperChat app() {
        PaperChat current = app.get();
        if (current == null) throw new ApiException(503, "not_ready", "the index is not ready yet (" + state + "); retry shortly");
        return current;
    }

    boolean ready() {
        return app.get() != null;
    }

    void route(HandlerType method, String path, Handler handler) {
        route(method, path, Set.of(), handler);
    }

    /** @param params the query parameters an API route takes: any other is refused with a 400 that names it, not ignored */
    void route(HandlerType method, String path, Set<String> params, Handler handler) {
        routes.add(method.name() + " " + path);
        javalin.addHttpHandler(method, path, !path.startsWith("/api/") ? handler : ctx -> {
            Requests.onlyParams(ctx, params);
            handler.handle(ctx);
        });
        // A HEAD is answered as its GET, without the body: Javalin alone says 200 to any path a GET route matches ("/api/papers/nope").
        if (method == HandlerType.GET) route(HandlerType.HEAD, path, params, handler);
    }

    /** The methods of the routes whose path matches, as a 405's Allow header names them: "GET, DELETE" of /api/papers/x. */
    private List<String> methodsOf(String path) {
        return routes.stream().map(route -> route.split(" ", 2))
                // Javalin's "<id>" takes slashes too (a DOI's), its "{model}" does not.
                .filter(route -> path.matches(Pattern.quote(route[1]).replaceAll("<[^>]+>", "\\\\E.+\\\\Q").replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")))
                .map(route -> route[0]).distinct().toList();
    }

    /** Runs a streaming response within the limit of concurrent streams, or refuses with 429. */
    void stream(Context ctx, Runnable body) {
        if (!streams.tryAcquire()) {
            ctx.header("Retry-After", "1");
            throw new ApiException(429, "too_many_streams", "at most " + config.maxConcurrentStreams() + " answers stream at once; retry shortly");
        }
        try {
            body.run();
        } finally {
            streams.release();
        }
    }

    private void guard(Context ctx) {
        if (!hostAllowed(ctx.host())) throw new ApiException(403, "forbidden", FOREIGN_HOST);
        String path = ctx.path();
        boolean api = path.startsWith("/api/") || path.startsWith("/v1/");
        String origin = ctx.header("Origin");
        boolean ownPage = origin != null && sameHost(origin, ctx.host());
        // Refused before any work: with origins listed, any other; with none, a page elsewhere's "simple" request (a text/plain
        // POST, a GET), which the browser sends unasked and would run a whole search or LLM call whose reply it then merely hides.
        // A JSON POST is asked of first, and its preflight finds no CORS: one that comes is the chat page's own behind a proxy
        // that rewrote Host.
        boolean refused = !config.corsOrigins().isEmpty() || simple(ctx);
        if (api && origin != null && !ownPage && refused && !path.equals("/api/health") && ctx.res().getHeader("Access-Control-Allow-Origin") == null) {
            throw new ApiException(403, "forbidden", "requests from " + origin
                    + " are not allowed; add that origin to cors.origins to let its pages call this API");
        }
        // Javalin's CORS handling marked the page's own requests 400 too, as their origin is not listed.
        if (ownPage && !config.corsOrigins().isEmpty()) ctx.status(200);
        // A CORS preflight never carries credentials; the request it clears does.
        if (!api || path.equals("/api/health") || ctx.method() == HandlerType.OPTIONS) return;
        long wait = limiter.secondsToWait(ctx.ip());
        ctx.header("RateLimit-Limit", Integer.toString(config.rateLimitPerMinute()));
        ctx.header("RateLimit-Remaining", Integer.toString(limiter.remaining(ctx.ip())));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiException(429, "rate_limited", "too many requests; at most " + config.rateLimitPerMinute() + " a minute per client");
        }
        if (apiKey != null) requireKey(ctx);
    }

    /** A request a browser sends from any page without asking first: a GET, or a POST of a form or plain text. */
    private static boolean simple(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) return true;
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        return ctx.method() == HandlerType.POST && !type.startsWith("application/json");
    }

    /**
     * The chat page's own requests carry the server's own origin. Its scheme is not compared: behind
     * a proxy that ends TLS the browser says https where the server sees http. Other origins are
     * judged by Javalin's CORS handling (schemes, wildcards), which sets Access-Control-Allow-Origin
     * for those listed in {@code cors.origins} and marks the rest 400 while letting them run: they
     * are refused before any work instead.
     */
    static boolean sameHost(String origin, String host) {
        int scheme = origin.indexOf("://");
        String authority = scheme < 0 ? origin : origin.substring(scheme + 3);
        return host != null && authority.replaceAll("/+$", "").equalsIgnoreCase(host);
    }

    /**
     * Without a key the server trusts whoever can reach loopback, so it must also be sure the
     * request was meant for it: a foreign web page can point its own name at 127.0.0.1 (DNS
     * rebinding) and would then read the API with the browser's help. With a key, the key decides.
     */
    boolean hostAllowed(String hostHeader) {
        if (apiKey != null || hostHeader == null) return true;
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        host = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d*$", "");
        return List.of("localhost", "127.0.0.1", "[::1]", config.host().toLowerCase(Locale.ROOT)).contains(host)
                || host.endsWith(".localhost");
    }

    /** Ingest and admin routes call this even when no key is configured: then they are refused. */
    void requireKey(Context ctx) {
        if (apiKey == null) {
            throw new ApiException(403, "forbidden", "this route needs an API key; start the server with --api-key KEY (or api.key, PAPERCHAT_API_KEY) and send it as Authorization: Bearer KEY");
        }
        if (!keyMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "missing or wrong API key (send Authorization: Bearer KEY)");
        }
    }

    private boolean keyMatches(String header) {
        // The scheme's name is case-insensitive (RFC 9110): "bearer KEY" is as good.
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        // Constant time: the comparison must not reveal how many leading characters were right.
        return given != null && MessageDigest.isEqual(apiKey, given.getBytes(StandardCharsets.UTF_8));
    }

    private void errors() {
        javalin.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 503) ctx.header("Retry-After", RETRY_WHILE_STARTING);
            error(ctx, e.status(), e.error(), e.getMessage());
        });
        javalin.exception(InvalidInputException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
        // Javalin refuses a body whose Content-Length is over the limit as "Content Too Large": the limit is named as for a chunked one.
        javalin.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), statusName(e.getStatus()),
                e.getStatus() == 413 ? tooLarge() : e.getMessage()));
        // A stream whose reader left, found while writing an error event: there is no one to tell.
        javalin.exception(Sse.ClientGone.class, (e, ctx) -> {});
        javalin.exception(IndexException.class, (e, ctx) -> failed(ctx, e));
        javalin.exception(Exception.class, (e, ctx) -> {
            if (timedOut(e)) {
                error(ctx, 408, "request_timeout", "the request body did not arrive within " + config.readTimeoutSeconds() + " s");
                return;
            }
            failed(ctx, e);
        });
        javalin.error(404, ctx -> {
            // A 404 thrown as ApiException already has its JSON body; only unknown routes need one.
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, 404, "not_found", "no route " + ctx.method() + " " + ctx.path());
            }
        });
        javalin.error(405, ctx -> {
            ctx.header("Allow", String.join(", ", methodsOf(ctx.path())));
            error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
        });
        // Jetty's own 413 has no body; one thrown as ApiException has its JSON already, with its own words.
        javalin.error(413, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, 413, "payload_too_large", tooLarge());
            }
        });
        // Javalin sets 408 itself for a body cut short by the idle timeout, with no body: say what happened, as JSON.
        javalin.error(408, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, 408, "request_timeout", "the request body did not arrive within " + config.readTimeoutSeconds() + " s");
            }
        });
    }

    /** A client that stopped sending: Jetty's idle timeout surfaces as a TimeoutException somewhere in the causes. */
    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException
                    || t instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    private String tooLarge() {
        return "request body over " + config.maxBodyBytes() + " bytes (limits.body-bytes)";
    }

    private static void failed(Context ctx, Exception e) {
        Failure failure = Failure.of(e, ctx.method().name(), ctx.path());
        // Another process's ingest ends; a wrong model or a broken index does not.
        if (failure.error().equals("index_busy")) ctx.header("Retry-After", RETRY_WHILE_STARTING);
        error(ctx, failure.status(), failure.error(), failure.message());
    }

    static void error(Context ctx, int status, String error, String message) {
        ctx.attribute(ERROR_WRITTEN, true);
        String text = message == null ? error : message;
        // OpenAI's clients read the error as an object; the same message and status stay beside it.
        Object shown = ctx.path().startsWith("/v1/") ? ErrorBody.OpenAi.of(status, text, error) : error;
        ctx.status(status).json(new ErrorBody(shown, text, status));
    }

    private static String statusName(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 429 -> "rate_limited";
            case 431 -> "headers_too_large";
            default -> "http_" + status;
        };
    }

    @Override
    public void close() {
        try {
            mcp.closeGracefully();
        } finally {
            javalin.stop();
        }
    }
}
