package dev.paperchat.cli;

import dev.paperchat.app.Config;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.index.PaperIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command takes: where the index is, and whether to print JSON. */
final class CommonOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: $PAPERCHAT_INDEX or ~/.paperchat/index).")
    Path index;

    @Option(names = "--backend", paramLabel = "lucene|opensearch", description = "Where the index is: lucene (embedded, default) or opensearch (a cluster).")
    String backend;

    @Option(names = "--opensearch-url", paramLabel = "URL[,URL...]", description = "OpenSearch nodes, e.g. http://127.0.0.1:9200 (password: $PAPERCHAT_OPENSEARCH_PASSWORD).")
    String opensearchUrl;

    @Option(names = "--opensearch-index", paramLabel = "NAME", description = "OpenSearch index name (default: paperchat).")
    String opensearchIndex;

    @Option(names = "--opensearch-user", paramLabel = "NAME", description = "OpenSearch user for basic authentication.")
    String opensearchUser;

    @Option(names = "--json", description = "Print one JSON document on stdout; progress and logs go to stderr.")
    boolean json;

    @Option(names = "--model", paramLabel = "NAME", description = "Embedding model: bge-small-en-v1.5-q (bundled) or a directory under models/.")
    String model;

    Config config(Map<String, String> extraFlags) {
        Map<String, String> flags = new HashMap<>(extraFlags);
        if (index != null) flags.put("index", index.toString());
        if (model != null) flags.put("embedding.model", model);
        if (backend != null) flags.put("index.backend", backend);
        if (opensearchUrl != null) flags.put("opensearch.url", opensearchUrl);
        if (opensearchIndex != null) flags.put("opensearch.index", opensearchIndex);
        if (opensearchUser != null) flags.put("opensearch.username", opensearchUser);
        return Config.load(System.getenv(), flags);
    }

    Config config() {
        return config(Map.of());
    }

    /**
     * For commands that only read (search, cite, stats): a mistyped --index must not quietly become
     * a new, empty index. Those that ingest the sample into an empty index (serve, ask, eval, mcp) do not ask.
     */
    Config existingIndex() {
        Config config = config();
        if (config.backend().equals("lucene") && Files.isRegularFile(config.index())) {
            throw new InvalidInputException(config.index() + " is a file, not an index directory; give --index (or PAPERCHAT_INDEX) a directory");
        }
        if (config.backend().equals("lucene") && !Files.isDirectory(config.index())) {
            throw new InvalidInputException("no index at " + config.index() + "; create one with: paperchat ingest --index "
                    + config.index() + " PATH..., or start paperchat serve, which ingests the sample corpus");
        }
        // A command that only reads must not leave an empty index in a directory of other files.
        if (config.backend().equals("lucene") && !PaperIndex.existsAt(config.index())) {
            Optional<String> file = firstFile(config.index());
            // No index is made among a user's files: ingest them into a new directory instead.
            throw new InvalidInputException(file.isEmpty()
                    ? config.index() + " is an empty directory, no paperchat index; give the --index of one, "
                            + "or create one there with: paperchat ingest --index " + config.index() + " PATH..."
                    : config.index() + " holds other files (" + file.get() + "), no paperchat index; give the --index of one, "
                            + "or ingest these files into a new directory: paperchat ingest --index NEW_DIR " + config.index());
        }
        return config;
    }

    private static Optional<String> firstFile(Path directory) {
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
