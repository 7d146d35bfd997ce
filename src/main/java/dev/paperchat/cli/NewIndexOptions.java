package dev.paperchat.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the commands that may create an OpenSearch index (ingest, and those that ingest the sample into an empty one): its layout. */
final class NewIndexOptions {
    @Option(names = "--opensearch-shards", paramLabel = "N", description = "Shards of a new OpenSearch index (default: 1).")
    Integer opensearchShards;

    @Option(names = "--opensearch-replicas", paramLabel = "N", description = "Replicas of each shard of a new OpenSearch index (default: 1).")
    Integer opensearchReplicas;

    /** The settings given, with {@code others}, as {@link CommonOptions#config(Map)} takes them. */
    Map<String, String> flags(Map<String, String> others) {
        Map<String, String> flags = new HashMap<>(others);
        if (opensearchShards != null) flags.put("opensearch.shards", opensearchShards.toString());
        if (opensearchReplicas != null) flags.put("opensearch.replicas", opensearchReplicas.toString());
        return flags;
    }

    Map<String, String> flags() {
        return flags(Map.of());
    }
}
