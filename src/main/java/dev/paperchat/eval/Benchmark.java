package dev.paperchat.eval;

import dev.paperchat.answer.AnswerMode;
import dev.paperchat.answer.Question;
import dev.paperchat.app.CiteView;
import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.FakeEmbeddingModel;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.IngestSummary;
import dev.paperchat.retrieve.Mode;
import dev.paperchat.retrieve.SearchRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Measures paperchat: raw embedding throughput beside full ingest throughput on the same
 * texts, query latencies, cold start and memory; on the sample corpus with the real model, or
 * on a synthetic corpus of any size with fake embeddings (index-only figures).
 *
 * @param papers 0 for the sample corpus, else the size of a synthetic corpus
 * @param ingestPapers how many sample papers each throughput run ingests
 * @param keptIndex where to build the synthetic index and keep it; a later run on the same
 *                  directory skips the unchanged papers, so it measures queries without
 *                  rebuilding (its ingest figures are then those of the skipping). Null: a
 *                  temporary directory, deleted afterwards.
 */
public record Benchmark(Config config, int runs, int papers, boolean fakeEmbeddings, int queries, int ingestPapers,
                        boolean coldStart, Path keptIndex, PrintStream log) {

    public BenchReport run() throws IOException {
        if (keptIndex != null && papers > 0) return synthetic(config.withIndex(keptIndex).withOpenSearchIndex(keptIndex.getFileName().toString()));
        Path work = Files.createTempDirectory("paperchat-bench-");
        List<Config> scratch = new ArrayList<>();
        try {
            return papers == 0 ? sample(name -> add(scratch, scratch(work, name))) : synthetic(add(scratch, scratch(work, "synthetic")));
        } finally {
            if (opensearch()) scratch.forEach(Benchmark::deleteOpenSearchIndex);
            delete(work);
        }
    }

    private boolean opensearch() {
        return config.backend().equals("opensearch");
    }

    /** A fresh index for one part of the benchmark: a directory, or an index of the cluster. */
    private Config scratch(Path work, String name) {
        return opensearch() ? config.withOpenSearchIndex("paperchat-bench-" + name) : config.withIndex(work.resolve(name));
    }

    private static Config add(List<Config> created, Config config) {
        created.add(config);
        return config;
    }

    private static void deleteOpenSearchIndex(Config scratch) {
        dev.paperchat.index.OpenSearchIndex.drop(scratch.opensearch());
    }

    /** @param scratch a fresh index of the given name */
    private BenchReport sample(Function<String, Config> scratch) throws IOException {
        Map<String, Double> phases = new LinkedHashMap<>();
        List<Paper> sample = SampleCorpus.read(dev.paperchat.corpus.CorpusReader.withAllFormats()).papers();
        List<Paper> subset = sample.subList(0, Math.min(ingestPapers, sample.size()));
        List<Double> raw = new ArrayList<>(), chunksPerSecond = new ArrayList<>(), papersPerSecond = new ArrayList<>();
        Config whole = scratch.apply("full");
        try (PaperChat app = new PaperChat(whole, embedder())) {
            List<String> texts = chunkTexts(subset);
            app.embedder().embedPassages(texts.subList(0, Math.min(8, texts.size()))); // warm-up
            resetPeaks();
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                app.embedder().embedPassages(texts);
                raw.add(texts.size() / seconds(t));
                IngestSummary s = ingestInto(scratch.apply("run-" + r), subset, app.embedder());
                chunksPerSecond.add(s.chunksEmbedded() / s.seconds());
                papersPerSecond.add(s.added() / s.seconds());
                log.printf("run %d/%d: raw %.1f passages/s, ingest %.1f chunks/s%n", r + 1, runs, raw.get(r), chunksPerSecond.get(r));
            }
            phases.put("ingest", peakHeapMiB());
            log.println("ingesting the whole sample corpus for the query figures, searching meanwhile...");
            IngestSummary[] full = new IngestSummary[1];
            Percentiles duringIngest = searchDuring(app, sample,
                    () -> full[0] = app.ingester().ingest(new ParseResult(sample, List.of()), IngestListener.NONE));
            resetPeaks();
            Latencies latencies = latencies(app, sample);
            phases.put("serve", peakHeapMiB());
            Double cold = coldStart ? coldStart(r -> whole) : null;
            if (coldStart) log.println("fresh installs: a new JVM ingests the bundled corpus into an empty index, then answers...");
            Double fresh = coldStart ? coldStart(r -> scratch.apply("fresh-" + r)) : null;
            double rawMedian = Percentiles.median(raw), ingestMedian = Percentiles.median(chunksPerSecond);
            return new BenchReport(app.embedder().name(), app.index().backend(), runs, (int) full[0].papers(), full[0].chunks(), rawMedian, ingestMedian,
                    Percentiles.median(papersPerSecond), Percentiles.round(ingestMedian / rawMedian), latencies.queryEmbedMs(),
                    latencies.searchMs(), latencies.bm25Ms(), latencies.vectorMs(), latencies.askFirstSentenceMs(), latencies.askMs(), latencies.citeTitleMs(),
                    latencies.citeClaimMs(), latencies.citeLongestMs(), duringIngest, cold, fresh, phases.values().stream().max(Double::compare).orElse(0.0), rssMiB(),
                    mib(app.index().sizeOnDisk()), vectorRecall(app, sample), config.quantizedIndex(), phases);
        }
    }

    /** HNSW recall@10 against an exact scan at the vector leg's own fan-out, for queries made of the corpus's sentences. */
    private double vectorRecall(PaperChat app, List<Paper> corpus) {
        Random random = new Random(13);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < Math.min(queries, 20); i++) {
            Paper p = corpus.get(random.nextInt(corpus.size()));
            vectors.add(app.embedder().embedQuery(Sentences.split(p.abstractText()).get(0).of(p.abstractText())));
        }
        return Math.round(app.index().vectorRecall(vectors, 10, dev.paperchat.retrieve.HybridRetriever.VECTOR_DEPTH) * 1000) / 1000.0;
    }

    private BenchReport synthetic(Config target) {
        Map<String, Double> phases = new LinkedHashMap<>();
        List<Paper> corpus = new SyntheticCorpus(SampleCorpus.read(dev.paperchat.corpus.CorpusReader.withAllFormats()).papers())
                .generate(papers, 42);
        try (PaperChat app = new PaperChat(target, embedder())) {
            resetPeaks();
            log.printf("ingesting %d synthetic papers (%s)...%n", papers, app.embedder().name());
            app.retriever().warm(); // as serve does before it answers: a kept index's title matchers
            IngestSummary[] ingested = new IngestSummary[1];
            Percentiles duringIngest = searchDuring(app, corpus, () -> ingested[0] = app.ingester().ingest(
                    new ParseResult(corpus, List.of()), new IngestListener() {
                        @Override
                        public void progressed(int done) {
                            if (done % 10_000 < 32) log.printf("  %d/%d papers%n", done, papers);
                        }
                    }));
            IngestSummary s = ingested[0];
            phases.put("ingest", peakHeapMiB());
            resetPeaks();
            Latencies latencies = latencies(app, corpus);
            phases.put("serve", peakHeapMiB());
            return new BenchReport(app.embedder().name(), app.index().backend(), runs, (int) s.papers(), s.chunks(), 0,
                    Percentiles.round(s.chunksEmbedded() / s.seconds()), Percentiles.round(s.added() / s.seconds()), 0,
                    latencies.queryEmbedMs(), latencies.searchMs(), latencies.bm25Ms(), latencies.vectorMs(),
                    latencies.askFirstSentenceMs(), latencies.askMs(),
                    latencies.citeTitleMs(), latencies.citeClaimMs(), latencies.citeLongestMs(), duringIngest, null, null,
                    phases.values().stream().max(Double::compare).orElse(0.0), rssMiB(), mib(app.index().sizeOnDisk()),
                    vectorRecall(app, corpus), config.quantizedIndex(), phases);
        }
    }

    /** Query latencies over questions made from the corpus: half claims (a sentence), half titles. */
    private Latencies latencies(PaperChat app, List<Paper> corpus) {
        List<String> claims = new ArrayList<>(), titles = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < queries; i++) {
            Paper p = corpus.get(random.nextInt(corpus.size()));
            var spans = Sentences.split(p.abstractText());
            claims.add(spans.get(random.nextInt(spans.size())).of(p.abstractText()));
            titles.add(p.title().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < Math.min(10, queries); i++) app.retriever().search(new SearchRequest(claims.get(i), 10)); // warm-up
        List<Double> embed = new ArrayList<>(), search = new ArrayList<>(), askFirst = new ArrayList<>(), ask = new ArrayList<>();
        List<Double> citeTitle = new ArrayList<>(), citeClaim = new ArrayList<>(), bm25 = new ArrayList<>(), vector = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < queries; i++) {
                String q = claims.get(i);
                embed.add(time(() -> app.embedder().embedQuery(q)));
                search.add(time(() -> app.retriever().search(new SearchRequest(q, 10))));
                bm25.add(time(() -> app.retriever().search(new SearchRequest(q, 10), Mode.BM25)));
                vector.add(time(() -> app.retriever().search(new SearchRequest(q, 10), Mode.VECTOR)));
                long start = System.nanoTime();
                long[] first = {0};
                app.assistant().ask(new Question(q, List.of(), Question.DEFAULT_K, AnswerMode.EXTRACTIVE, null),
                        delta -> { if (first[0] == 0) first[0] = System.nanoTime(); });
                ask.add((System.nanoTime() - start) / 1e6);
                askFirst.add((first[0] - start) / 1e6);
                String title = titles.get(i);
                citeTitle.add(time(() -> app.lookup().byTitle(title, 5)));
                citeClaim.add(time(() -> app.lookup().byClaim(q, 5)));
            }
        }
        List<Double> citeLongest = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (String text : longestLookups(corpus)) citeLongest.add(time(() -> CiteView.lookUp(app.lookup(), "title", text, 5)));
        }
        return new Latencies(Percentiles.of(embed), Percentiles.of(search), Percentiles.of(bm25), Percentiles.of(vector),
                Percentiles.of(askFirst), Percentiles.of(ask), Percentiles.of(citeTitle), Percentiles.of(citeClaim), Percentiles.of(citeLongest));
    }

    /**
     * Lookups as long as the API takes: a pasted list of titles, a passage of abstracts, and short
     * capitalised names of random letters (the shape that once took 16 s, every word a candidate name).
     */
    private static List<String> longestLookups(List<Paper> corpus) {
        StringBuilder titles = new StringBuilder(), passage = new StringBuilder(), names = new StringBuilder();
        for (Paper p : corpus) {
            if (titles.length() + p.title().length() + 2 <= SearchRequest.MAX_QUERY_CHARS) titles.append(p.title()).append(". ");
            if (passage.length() + p.abstractText().length() + 1 <= SearchRequest.MAX_QUERY_CHARS) passage.append(p.abstractText()).append(' ');
        }
        Random random = new Random(17);
        while (names.length() < SearchRequest.MAX_QUERY_CHARS - 8) {
            names.append((char) ('A' + random.nextInt(26)));
            for (int i = 2 + random.nextInt(4); i > 0; i--) names.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
            names.append(' ');
        }
        return List.of(titles.toString().strip(), passage.toString().strip(), names.toString().strip());
    }

    /** {@code bm25Ms} and {@code vectorMs}: one leg of the search alone, to show where its time goes. */
    private record Latencies(Percentiles queryEmbedMs, Percentiles searchMs, Percentiles bm25Ms, Percentiles vectorMs,
                             Percentiles askFirstSentenceMs, Percentiles askMs, Percentiles citeTitleMs, Percentiles citeClaimMs,
                             Percentiles citeLongestMs) {}

    /**
     * Hybrid search latency while {@code ingest} runs, as a server answers during an ingest: one
     * search after another, with a pause of 50 ms between them, from a second thread.
     */
    private Percentiles searchDuring(PaperChat app, List<Paper> corpus, Runnable ingest) {
        List<Double> times = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread searcher = Thread.ofPlatform().name("bench-search").start(() -> {
            Random random = new Random(11);
            while (!done.get()) {
                Paper p = corpus.get(random.nextInt(corpus.size()));
                String claim = Sentences.split(p.abstractText()).get(0).of(p.abstractText());
                times.add(time(() -> app.retriever().search(new SearchRequest(claim, 10))));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            ingest.run();
        } finally {
            done.set(true);
            try {
                searcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Percentiles.of(times.isEmpty() ? List.of(0.0) : times);
    }

    /**
     * Process start to the end of the first answer, a new JVM each run: on an existing index, or
     * on an empty one, which the process first fills with the bundled corpus (a fresh install).
     */
    private Double coldStart(IntFunction<Config> indexOfRun) {
        List<Double> times = new ArrayList<>();
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int r = 0; r < runs; r++) {
            try {
                List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "--add-modules",
                        "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), "dev.paperchat.cli.Main", "ask"));
                command.addAll(indexOptions(indexOfRun.apply(r)));
                command.addAll(List.of("--mode", "extractive", "--json", "which methods avoid entropy collapse?"));
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    log.println("cold start run failed; skipped");
                    continue;
                }
                times.add((System.nanoTime() - start) / 1e6);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return times.isEmpty() ? null : Percentiles.median(times);
    }

    /** The command-line options that point a new process at the same index. */
    private static List<String> indexOptions(Config target) {
        if (target.backend().equals("lucene")) return List.of("--index", target.index().toString());
        List<String> options = new ArrayList<>(List.of("--backend", "opensearch", "--opensearch-url",
                String.join(",", target.opensearch().urls().stream().map(Object::toString).toList()),
                "--opensearch-index", target.opensearch().index()));
        if (target.opensearch().username() != null) options.addAll(List.of("--opensearch-user", target.opensearch().username()));
        return options;
    }

    private Embedder embedder() {
        return fakeEmbeddings ? new Embedder(new FakeEmbeddingModel(384), FakeEmbeddingModel.NAME, "") : null;
    }

    private static IngestSummary ingestInto(Config target, List<Paper> papers, Embedder embedder) {
        try (PaperChat app = new PaperChat(target, embedder)) {
            return app.ingester().ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
        }
    }

    private static List<String> chunkTexts(List<Paper> papers) {
        List<String> texts = new ArrayList<>();
        for (Paper p : papers) {
            for (var chunk : Chunker.DEFAULT.chunk(p.id(), p.abstractText())) texts.add(p.title() + "\n" + chunk.text(p.abstractText()));
        }
        return texts;
    }

    private static double time(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return mib(peak);
    }

    /** Resident memory of this process now (Linux), 0 elsewhere. */
    private static double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Percentiles.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static double mib(long bytes) {
        return Percentiles.round(bytes / (1024.0 * 1024.0));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
