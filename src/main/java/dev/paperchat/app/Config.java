package dev.paperchat.app;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.index.OpenSearchIndex;
import dev.paperchat.retrieve.SearchRequest;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * All settings, read once: defaults, then the config file, then {@code PAPERCHAT_*}
 * environment variables, then command-line flags; each later source wins.
 */
public record Config(
        Path index,
        String backend,
        OpenSearchIndex.Settings opensearch,
        String embeddingModel,
        int embeddingThreads,
        boolean quantizedIndex,
        int searchThreads,
        Path modelsDir,
        Path promptsDir,
        Path webDir,
        String host,
        int port,
        String apiKey,
        List<String> corsOrigins,
        String llmBaseUrl,
        String llmProvider,
        String llmModel,
        String llmApiKey,
        double llmTemperature,
        Duration llmTimeout,
        int llmMaxTokens,
        int llmContextTokens,
        int maxQuestionChars,
        long maxBodyBytes,
        int maxConcurrentStreams,
        int readTimeoutSeconds,
        int rateLimitPerMinute,
        Duration mcpSessionIdle) {

    /** Keys as written in the config file; the environment variable is PAPERCHAT_ + upper case, dots and dashes as _. */
    public static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("index", Path.of(System.getProperty("user.home"), ".paperchat", "index").toString());
        d.put("index.backend", "lucene");
        d.put("opensearch.url", "");
        d.put("opensearch.index", "paperchat");
        d.put("opensearch.username", "");
        d.put("opensearch.password", "");
        d.put("opensearch.shards", "1");
        d.put("opensearch.replicas", "1");
        d.put("embedding.model", "bge-small-en-v1.5-q");
        d.put("embedding.threads", "1");
        d.put("index.quantized", "false");
        d.put("search.threads", "2");
        d.put("models.dir", home().resolve("models").toString());
        d.put("prompts.dir", home().resolve("prompts").toString());
        d.put("web.dir", home().resolve("web").toString());
        d.put("host", "127.0.0.1");
        d.put("port", "7070");
        d.put("api.key", "");
        d.put("cors.origins", "");
        d.put("llm.base-url", "");
        d.put("llm.provider", "openai");
        d.put("llm.model", "");
        d.put("llm.api-key", "");
        d.put("llm.temperature", "0.1");
        d.put("llm.timeout-seconds", "60");
        d.put("llm.max-tokens", "700");
        // The context many local servers start with (llama.cpp's server, Ollama): a longer prompt is cut silently, its start first.
        d.put("llm.context-tokens", "4096");
        d.put("limits.question-chars", "4000");
        d.put("limits.body-bytes", String.valueOf(2L << 20));
        d.put("limits.streams", "16");
        d.put("limits.read-timeout-seconds", "10");
        d.put("limits.requests-per-minute", "600");
        d.put("mcp.session-idle-seconds", "1800");
        return Map.copyOf(d);
    }

    /**
     * Where paperchat's own folders (models, prompts, web) are: $PAPERCHAT_HOME, set by the
     * launcher; else here, when they are here; else the project the jar was built in
     * ({@code java -jar ~/paperchat/target/paperchat.jar serve} from another directory).
     */
    static Path home() {
        String home = System.getenv("PAPERCHAT_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        Path here = Path.of(".");
        if (isHome(here)) return here;
        try {
            Path code = Path.of(Config.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = code.getParent() == null ? null : code.getParent().getParent();
            if (project != null && isHome(project)) return project;
        } catch (URISyntaxException | RuntimeException e) {
            // No code source to go by (an unusual class loader): the working directory it is.
        }
        return here;
    }

    private static boolean isHome(Path dir) {
        return Files.isDirectory(dir.resolve("prompts")) && Files.isDirectory(dir.resolve("web"));
    }

    /** Loads the layers; {@code flags} holds only the keys given on the command line. */
    public static Config load(Map<String, String> env, Map<String, String> flags) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        // An empty value is how a shell unsets it.
        String named = env.get("PAPERCHAT_CONFIG") == null || env.get("PAPERCHAT_CONFIG").isBlank() ? null : env.get("PAPERCHAT_CONFIG");
        Path file = named != null ? path(named) : Path.of(System.getProperty("user.home"), ".paperchat", "config.properties");
        // The default file is optional; one named on purpose that is not there is a mistake to hear of.
        if (named != null && !Files.isRegularFile(file)) throw new InvalidInputException("PAPERCHAT_CONFIG names no file: " + file);
        values.putAll(readFile(file));
        for (String key : DEFAULTS.keySet()) {
            String value = env.get(envName(key));
            if (value != null) values.put(key, value);
        }
        flags.forEach((key, value) -> {
            if (value != null) values.put(key, value);
        });
        return fromMap(values);
    }

    /** The defaults with some settings replaced, keyed as in the config file. */
    public static Config of(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        overrides.forEach((key, value) -> {
            if (!DEFAULTS.containsKey(key)) throw new InvalidInputException("unknown setting \"" + key + "\"");
            values.put(key, value);
        });
        return fromMap(values);
    }

    public static Config defaults(Path index) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        values.put("index", index.toString());
        return fromMap(values);
    }

    public static String envName(String key) {
        return "PAPERCHAT_" + key.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_");
    }

    private static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) return Map.of();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!DEFAULTS.containsKey(key)) {
                throw new InvalidInputException("unknown setting \"" + key + "\" in " + file + closest(key).map(k -> " (did you mean " + k + "?)").orElse("")
                        + "; known: " + new TreeSet<>(DEFAULTS.keySet()));
            }
            values.put(key, properties.getProperty(key).strip());
        }
        return values;
    }

    /** The known setting one or two edits from a misspelt one: "idnex" is "index". */
    private static Optional<String> closest(String key) {
        return DEFAULTS.keySet().stream().filter(known -> editDistance(key, known) <= 2)
                .min(Comparator.comparingInt(known -> editDistance(key, known)));
    }

    private static int editDistance(String a, String b) {
        // Lucene's distance is a similarity: 1 less the edits over the longer length.
        return Math.round((1 - new org.apache.lucene.search.spell.LevenshteinDistance().getDistance(a, b)) * Math.max(a.length(), b.length()));
    }

    /**
     * A path as a shell would read it: "~/papers/index" in the config file or PAPERCHAT_INDEX, which
     * no shell expands there, is in the home directory, not in a folder named "~" where the command runs.
     */
    static Path path(String value) {
        if (value.equals("~")) return Path.of(System.getProperty("user.home"));
        if (value.startsWith("~/") || value.startsWith("~" + File.separator)) return Path.of(System.getProperty("user.home"), value.substring(2));
        return Path.of(value);
    }

    static Config fromMap(Map<String, String> v) {
        return new Config(
                path(v.get("index")),
                v.get("index.backend"),
                new OpenSearchIndex.Settings(urls("opensearch.url", v.get("opensearch.url")), v.get("opensearch.index"),
                        blankToNull(v.get("opensearch.username")), blankToNull(v.get("opensearch.password")),
                        intIn(v, "opensearch.shards", 1, 1024), intIn(v, "opensearch.replicas", 0, 16)),
                v.get("embedding.model"),
                intIn(v, "embedding.threads", 1, 64),
                bool(v, "index.quantized"),
                intIn(v, "search.threads", 1, 64),
                path(v.get("models.dir")),
                path(v.get("prompts.dir")),
                path(v.get("web.dir")),
                v.get("host"),
                intIn(v, "port", 0, 65535),
                blankToNull(v.get("api.key")),
                v.get("cors.origins").isBlank() ? List.of() : List.of(v.get("cors.origins").split("\\s*,\\s*")),
                llmUrl(blankToNull(v.get("llm.base-url"))),
                v.get("llm.provider"),
                blankToNull(v.get("llm.model")),
                blankToNull(v.get("llm.api-key")),
                number(v, "llm.temperature", 0, 2),
                Duration.ofSeconds(intIn(v, "llm.timeout-seconds", 1, 3600)),
                intIn(v, "llm.max-tokens", 16, 32768),
                intIn(v, "llm.context-tokens", 1024, 10_000_000),
                intIn(v, "limits.question-chars", 10, SearchRequest.MAX_QUERY_CHARS),
                (long) number(v, "limits.body-bytes", 1024, 1L << 30),
                intIn(v, "limits.streams", 1, 1024),
                intIn(v, "limits.read-timeout-seconds", 1, 3600),
                intIn(v, "limits.requests-per-minute", 1, 1_000_000),
                Duration.ofSeconds(intIn(v, "mcp.session-idle-seconds", 1, 86_400)));
    }

    public Config {
        if (!List.of("lucene", "opensearch").contains(backend)) {
            throw new InvalidInputException("index.backend (--backend) must be lucene or opensearch, was " + backend);
        }
        if (backend.equals("opensearch") && opensearch.urls().isEmpty()) {
            throw new InvalidInputException("--backend opensearch needs --opensearch-url (e.g. http://127.0.0.1:9200)");
        }
        if (llmBaseUrl != null && llmContextTokens < llmMaxTokens + 512) {
            throw new InvalidInputException("llm.context-tokens (" + llmContextTokens + ") must leave at least 512 tokens for the prompt above"
                    + " llm.max-tokens (" + llmMaxTokens + ")");
        }
        if (!List.of("openai", "ollama").contains(llmProvider)) {
            throw new InvalidInputException("llm.provider must be openai or ollama, was " + llmProvider);
        }
    }

    public boolean llmConfigured() {
        return llmBaseUrl != null;
    }

    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    public Config withIndex(Path index) {
        return with(index, opensearch);
    }

    /** The same settings with another OpenSearch index name. */
    public Config withOpenSearchIndex(String name) {
        return with(index, new OpenSearchIndex.Settings(opensearch.urls(), name, opensearch.username(), opensearch.password(),
                opensearch.shards(), opensearch.replicas()));
    }

    private Config with(Path index, OpenSearchIndex.Settings opensearch) {
        return new Config(index, backend, opensearch, embeddingModel, embeddingThreads, quantizedIndex, searchThreads, modelsDir, promptsDir, webDir,
                host, port, apiKey, corsOrigins, llmBaseUrl, llmProvider, llmModel, llmApiKey, llmTemperature, llmTimeout,
                llmMaxTokens, llmContextTokens, maxQuestionChars, maxBodyBytes, maxConcurrentStreams, readTimeoutSeconds, rateLimitPerMinute,
                mcpSessionIdle);
    }

    /** The settings as printed at start, with secrets masked. */
    public String describe() {
        return "index=" + (backend.equals("lucene") ? index : opensearch.urls() + "/" + opensearch.index()) + " model=" + embeddingModel + " host=" + host + " port=" + port
                + " apiKey=" + (apiKey == null ? "none" : "***") + " llm=" + (llmBaseUrl == null ? "none" : llmProvider + " "
                + llmBaseUrl + " model=" + (llmModel == null ? "default (llm.model not set)" : llmModel) + " key=" + (llmApiKey == null ? "none" : "***"));
    }

    private static boolean bool(Map<String, String> v, String key) {
        String raw = v.get(key).strip().toLowerCase(Locale.ROOT);
        if (!raw.equals("true") && !raw.equals("false")) throw new InvalidInputException(key + " must be true or false, was " + raw);
        return raw.equals("true");
    }

    /** Comma-separated URLs of {@code key}; each must be http(s)://host[:port][/path]. */
    private static List<URI> urls(String key, String raw) {
        if (raw == null || raw.isBlank()) return List.of();
        List<URI> urls = new ArrayList<>();
        for (String part : raw.split("\\s*,\\s*")) {
            URI uri;
            try {
                uri = new URI(part.strip());
            } catch (URISyntaxException e) {
                throw new InvalidInputException(key + ": not a URL: \"" + part + "\"");
            }
            if (!List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                throw new InvalidInputException(key + " must be http(s)://host[:port], was \"" + part + "\"");
            }
            urls.add(uri);
        }
        return urls;
    }

    /** The LLM server's URL, checked when the server starts rather than at its first answer ("localhost:8080" lacks its scheme). */
    private static String llmUrl(String raw) {
        if (raw == null) return null;
        if (urls("llm.base-url (--llm-base-url)", raw).size() != 1) {
            throw new InvalidInputException("llm.base-url (--llm-base-url) is one URL, such as http://127.0.0.1:8080/v1, was \"" + raw + "\"");
        }
        // The client adds the endpoint's path itself: given twice, every request would go to /chat/completions/chat/completions.
        if (raw.matches("(?i).*/chat/completions/*")) {
            throw new InvalidInputException("llm.base-url (--llm-base-url) is the server's base URL, without /chat/completions: "
                    + raw.replaceFirst("(?i)/chat/completions/*$", ""));
        }
        // "HTTP://..." is http: the scheme's case means nothing.
        int scheme = raw.indexOf("://");
        return raw.substring(0, scheme).toLowerCase(Locale.ROOT) + raw.substring(scheme);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int intIn(Map<String, String> v, String key, int min, int max) {
        double value = number(v, key, min, max);
        if (value != Math.rint(value)) throw new InvalidInputException(key + " must be a whole number, was " + v.get(key));
        return (int) value;
    }

    private static double number(Map<String, String> v, String key, double min, double max) {
        String raw = v.get(key);
        double value;
        try {
            value = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key + " must be a number, was \"" + raw + "\"");
        }
        if (!(value >= min && value <= max)) { // NaN fails both comparisons
            throw new InvalidInputException(key + " must be between " + fmt(min) + " and " + fmt(max) + ", was " + raw);
        }
        return value;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
