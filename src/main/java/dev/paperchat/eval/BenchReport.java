package dev.paperchat.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** What {@code bench --json} prints: medians over {@code runs}, latency percentiles in milliseconds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchReport(
        String model,
        String backend,
        int runs,
        int papers,
        long chunks,
        double embedRawPerSecond,
        double ingestChunksPerSecond,
        double ingestPapersPerSecond,
        double ingestToRawRatio,
        Percentiles queryEmbedMs,
        Percentiles searchMs,
        Percentiles searchBm25Ms,
        Percentiles searchVectorMs,
        Percentiles askFirstSentenceMs,
        Percentiles askMs,
        Percentiles citeTitleMs,
        Percentiles citeClaimMs,
        Percentiles citeLongestMs,
        Percentiles searchDuringIngestMs,
        Double coldStartMs,
        Double freshInstallMs,
        double heapMiB,
        double rssMiB,
        double indexMiB,
        double vectorRecallAt10,
        boolean quantized,
        Map<String, Double> phaseHeapMiB) {}
