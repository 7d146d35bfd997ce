package dev.paperchat.cli;

import dev.paperchat.app.Config;
import dev.paperchat.app.Json;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.eval.BenchReport;
import dev.paperchat.eval.Benchmark;
import dev.paperchat.eval.Percentiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest throughput against the raw embedding throughput, query latencies, cold start and memory.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    NewIndexOptions newIndex;

    @Option(names = "--runs", defaultValue = "5", description = "Runs per figure; medians are printed (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--papers", defaultValue = "0", description = "Size of a synthetic corpus built from the sample's sentences (0: the sample corpus itself).")
    int papers;

    @Option(names = "--fake-embeddings", description = "Random vectors instead of the model: index-only figures for large --papers.")
    boolean fake;

    @Option(names = "--quantized", description = "Write vectors as int8 scalar-quantised HNSW.")
    boolean quantized;

    @Option(names = "--queries", defaultValue = "50", description = "Queries per run for the latency figures (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--ingest-papers", defaultValue = "40", description = "Sample papers per ingest-throughput run (default ${DEFAULT-VALUE}).")
    int ingestPapers;

    @Option(names = "--keep-index", paramLabel = "DIR", description = "Build the synthetic index (--papers) in DIR and keep it; "
            + "a later run on DIR skips the unchanged papers and measures queries without rebuilding.")
    Path keptIndex;

    @Option(names = "--no-cold-start", description = "Skip the cold-start runs (each starts a new JVM).")
    boolean noColdStart;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || runs > 100) throw new InvalidInputException("--runs must be between 1 and 100, was " + runs);
        if (papers < 0) throw new InvalidInputException("--papers must be at least 0, was " + papers);
        if (queries < 1) throw new InvalidInputException("--queries must be at least 1, was " + queries);
        if (ingestPapers < 1) throw new InvalidInputException("--ingest-papers must be at least 1, was " + ingestPapers);
        Map<String, String> flags = new HashMap<>();
        if (quantized) flags.put("index.quantized", "true");
        Config config = common.config(newIndex.flags(flags));
        BenchReport report = new Benchmark(config, runs, papers, fake, queries, ingestPapers, !noColdStart && papers == 0, keptIndex, System.err).run();
        System.out.print(common.json ? Json.write(report) + "\n" : table(report));
        return 0;
    }

    static String table(BenchReport r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("paperchat bench: %d papers, %d chunks, model %s, %s %s index, %d runs, %d cores, java %s%n",
                r.papers(), r.chunks(), r.model(), r.backend(), r.quantized() ? "int8-quantised" : "float32", r.runs(),
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature()));
        if (r.embedRawPerSecond() > 0) {
            out.append(String.format("%-34s %10.1f passages/s%n", "raw embedding (median)", r.embedRawPerSecond()));
        }
        out.append(String.format("%-34s %10.1f chunks/s  %.1f papers/s%n", "ingest (median)", r.ingestChunksPerSecond(), r.ingestPapersPerSecond()));
        if (r.ingestToRawRatio() > 0) out.append(String.format("%-34s %10.2f%n", "ingest / raw embedding", r.ingestToRawRatio()));
        out.append(String.format("%-34s %8s %8s %8s %8s %8s %6s%n", "latency (ms)", "p50", "p95", "p99", "min", "max", "n"));
        row(out, "query embedding (floor)", r.queryEmbedMs());
        row(out, "search (hybrid)", r.searchMs());
        row(out, "  BM25 alone (no feedback)", r.searchBm25Ms());
        row(out, "  vector alone", r.searchVectorMs());
        row(out, "ask extractive: first sentence", r.askFirstSentenceMs());
        row(out, "ask extractive: complete", r.askMs());
        row(out, "cite by title", r.citeTitleMs());
        row(out, "cite by claim", r.citeClaimMs());
        row(out, "cite a 10,000-character text", r.citeLongestMs());
        row(out, "search during an ingest", r.searchDuringIngestMs());
        if (r.coldStartMs() != null) out.append(String.format("%-34s %10.0f ms (median)%n", "cold start to first answer", r.coldStartMs()));
        if (r.freshInstallMs() != null) {
            out.append(String.format("%-34s %10.0f ms (median)%n", "fresh install to first answer", r.freshInstallMs()));
        }
        out.append(String.format("%-34s %10.1f MiB  %s%n", "peak heap", r.heapMiB(), r.phaseHeapMiB()));
        out.append(String.format("%-34s %10.1f MiB%n", "peak resident memory", r.rssMiB()));
        if (r.indexMiB() >= 0) out.append(String.format("%-34s %10.1f MiB%n", "index on disk", r.indexMiB()));
        out.append(String.format("%-34s %10.3f (HNSW as searched, against an exact scan)%n", "vector recall@10", r.vectorRecallAt10()));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Percentiles p) {
        out.append(String.format("%-34s %8.2f %8.2f %8.2f %8.2f %8.2f %6d%n", name, p.p50(), p.p95(), p.p99(), p.min(), p.max(), p.n()));
    }
}
