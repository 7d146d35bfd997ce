package dev.paperchat.cli;

import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.ParseError;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.IngestSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sun.misc.Signal;
import sun.misc.SignalHandler;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add papers from files or directories to the index; unchanged papers are skipped.")
final class IngestCommand implements Callable<Integer> {
    /** The source name of what {@code ingest -} reads. */
    private static final String STDIN = "stdin";

    @Mixin
    CommonOptions common;

    @Mixin
    NewIndexOptions newIndex;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (read recursively).")
    List<Path> paths = List.of();

    @Option(names = "--sample", description = "Ingest the bundled sample corpus (with any PATHs given).")
    boolean sample;

    @Option(names = "--format", description = "Format of standard input (-) or of files with another extension: listing, jsonl, bibtex, ris, arxiv, csl-json.")
    String format;

    @Override
    public Integer call() {
        if (paths.isEmpty() && !sample) throw new InvalidInputException("give files or directories to ingest, or --sample");
        List<String> formats = CorpusReader.withAllFormats().formats();
        if (format != null && formats.stream().noneMatch(format::equalsIgnoreCase)) {
            throw new InvalidInputException("--format must be one of " + String.join(", ", formats) + ", was '" + format + "'");
        }
        // Nothing to read is a mistyped command, not a partial ingest: no index is opened or made for it.
        if (!sample && paths.stream().noneMatch(p -> p.toString().equals("-") || Files.exists(p))) {
            throw new InvalidInputException("no such file or directory: " + String.join(", ", paths.stream().map(Path::toString).toList()));
        }
        try (PaperChat app = new PaperChat(common.config(newIndex.flags()))) {
            List<ParseResult> read = new ArrayList<>();
            if (sample) read.add(SampleCorpus.read(app.reader()));
            if (!paths.isEmpty()) read.add(read(app));
            ParseResult all = ParseResult.concat(read);
            // The same paper from the sample and a file, or a file and standard input, is stored once: the ingester merges them.
            // Standard input is no file of its own: what one pipe held says nothing of what another stored.
            Set<String> whole = new HashSet<>(all.wholeSources());
            whole.remove(STDIN);
            ParseResult parsed = new ParseResult(all.papers(), all.errors(), whole, all.directories());
            IngestSummary summary;
            Optional<Integer> stopped;
            try (ProgressListener progress = new ProgressListener()) {
                summary = app.ingester().ingest(parsed, progress);
                stopped = progress.stoppedStatus();
            }
            print(summary);
            // Scripts learn that something was left out; what was read is stored all the same. An entry with no abstract (a
            // library's book or talk) is no paper lost: a library full of books had failed every run of a script.
            return stopped.orElse(summary.errors().stream().anyMatch(IngestCommand::lost) ? 1 : 0);
        }
    }

    /** Files and directories, with "-" for standard input. */
    private ParseResult read(PaperChat app) {
        List<ParseResult> results = new ArrayList<>();
        List<Path> files = paths.stream().filter(p -> !p.toString().equals("-")).toList();
        if (!files.isEmpty()) results.add(app.reader().read(files, format));
        if (files.size() < paths.size()) {
            try {
                // As much as a file may hold, and one byte more to tell a longer input by.
                byte[] input = System.in.readNBytes(Math.toIntExact(CorpusReader.MAX_FILE_BYTES + 1));
                // An empty pipe is said alike whatever --format: a file of nothing, not a file of an unknown format.
                results.add(input.length > CorpusReader.MAX_FILE_BYTES
                        ? new ParseResult(List.of(), List.of(new ParseError(STDIN, 0, "standard input holds more than " + CorpusReader.MAX_FILE_BYTES
                                + " bytes, the most a file may hold: split it into files")))
                        : new String(input, StandardCharsets.UTF_8).isBlank()
                        ? new ParseResult(List.of(), List.of(ParseError.warning(STDIN, 0, "standard input is empty: no papers to read")))
                        : app.reader().read(STDIN, input, format));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard input", e);
            }
        }
        return ParseResult.concat(results);
    }

    static final int MAX_PRINTED_ERRORS = 200;

    private void print(IngestSummary s) {
        // Rejections first, as they are papers lost; a message of many lines is one line ("field \"arxivId\" is not read" of every
        // paper would bury them); a file of 100,000 bad lines is said in its first lines and a count; --json gives them all.
        List<String> printed = new ArrayList<>(grouped(s.errors().stream().filter(IngestCommand::lost).toList(), "rejected "));
        printed.addAll(withoutAbstracts(s.errors().stream().filter(e -> e.titleWithoutAbstract() != null).toList()));
        printed.addAll(grouped(s.errors().stream().filter(ParseError::kept).toList(), "warning "));
        printed.stream().limit(MAX_PRINTED_ERRORS).forEach(System.err::println);
        if (printed.size() > MAX_PRINTED_ERRORS) {
            System.err.println("... and " + (printed.size() - MAX_PRINTED_ERRORS) + " more warnings and rejections"
                    + (common.json ? " (all of them are in the JSON summary)" : " (--json lists all of them)"));
        }
        if (common.json) {
            System.out.println(Json.write(s));
            return;
        }
        int withoutAbstract = s.withoutAbstract();
        System.out.printf("%d new, %d updated, %d unchanged, %d removed, %d rejected%s; %s and %s in the index (%s embedded in %.1f s)%n",
                s.added(), s.updated(), s.unchanged(), s.removed(), s.rejected() - withoutAbstract,
                withoutAbstract == 0 ? "" : ", " + withoutAbstract + " without an abstract skipped", count(s.papers(), "paper"), count(s.chunks(), "chunk"),
                count(s.chunksEmbedded(), "chunk"), s.seconds());
    }

    /** A rejection that lost a paper: not a warning, nor an entry with no abstract, which no collection of abstracts holds. */
    private static boolean lost(ParseError error) {
        return !error.kept() && error.titleWithoutAbstract() == null;
    }

    /** The entries of each file skipped for want of an abstract, on one line: "skipped lib.bib: lines 5, 8, ... : 44980 entries without an abstract". */
    static List<String> withoutAbstracts(List<ParseError> skipped) {
        Map<String, List<ParseError>> byFile = skipped.stream().collect(Collectors.groupingBy(ParseError::file, LinkedHashMap::new, Collectors.toList()));
        return byFile.values().stream().map(same -> "skipped " + (same.size() == 1 ? same.get(0).toString().replaceFirst("; skipped$", "") : same.get(0).file() + ": lines " + lines(same)
                + ": " + same.size() + " entries without an abstract (books, talks, ...), which a collection of abstracts does not hold")).toList();
    }

    /**
     * Each message once per file, with its lines: "warning a.jsonl: lines 2, 3, 4 and 297 more: field ... is not read"; a
     * message of a value in quotes ("date '6 Jan' is not ...") is one message whatever the value.
     */
    static List<String> grouped(List<ParseError> errors, String kind) {
        Map<List<String>, List<ParseError>> byMessage = errors.stream()
                .collect(Collectors.groupingBy(e -> List.of(e.file(), QUOTED.matcher(e.message()).replaceAll("''")), LinkedHashMap::new, Collectors.toList()));
        return byMessage.values().stream().flatMap(same -> same.size() == 1 || same.stream().anyMatch(e -> e.line() < 1)
                ? same.stream().map(e -> kind + e) : Stream.of(kind + onOneLine(same))).toList();
    }

    /** "a.jsonl: lines 2, 3, 4, 5, 6 and 295 more: the first line's message", "(and alike)" when the others' values differ. */
    private static String onOneLine(List<ParseError> same) {
        String message = same.get(0).message();
        return same.get(0).file() + ": lines " + lines(same) + ": " + message + (same.stream().allMatch(e -> e.message().equals(message)) ? "" : " (and alike)");
    }

    /** "2, 3, 4, 5, 6 and 295 more": the first lines, and how many more. */
    private static String lines(List<ParseError> same) {
        return same.stream().limit(GROUPED_LINES).map(e -> String.valueOf(e.line())).collect(Collectors.joining(", "))
                + (same.size() > GROUPED_LINES ? " and " + (same.size() - GROUPED_LINES) + " more" : "");
    }

    private static final Pattern QUOTED = Pattern.compile("'[^']*+'");

    /** The lines a message of many names before counting the rest. */
    private static final int GROUPED_LINES = 5;

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Draws a progress bar on a terminal. Where stderr is a file or a CI log, redrawing would
     * leave one long garbled line, so each tenth done is a line of its own there, and so is each
     * half minute without one: a log that stays silent for minutes looks hung.
     *
     * <p>Ctrl-C or a kill (SIGINT, SIGTERM) stops the ingest after the batch it is embedding, which
     * keeps what it wrote, and says so. The signals are caught rather than heard in a shutdown hook:
     * once the JVM stops, ONNX Runtime's own hook closes the model under a batch being embedded. A
     * second signal halts at once, without the JVM's hooks, leaving the index at its last commit.
     */
    private static final class ProgressListener implements IngestListener, AutoCloseable {
        private static final long QUIET_MS = 30_000;
        private static final List<String> STOPPING_SIGNALS = List.of("INT", "TERM");
        private final boolean terminal = Terminal.interactive();
        private final Map<String, SignalHandler> before = new HashMap<>();
        private ProgressBar bar;
        private volatile Signal stoppedBy;
        private volatile int papers;
        private volatile int done;
        private int tenthsPrinted;
        private long printedAt;

        @Override
        public void started(int papers) {
            this.papers = papers;
            for (String name : STOPPING_SIGNALS) {
                try {
                    before.put(name, Signal.handle(new Signal(name), this::stop));
                } catch (IllegalArgumentException notOnThisPlatform) {
                    // The JVM keeps its own handling: the ingest then stops with the process, at its last commit.
                }
            }
            if (!terminal) {
                System.err.println("Ingesting " + count(papers, "paper"));
                printedAt = System.currentTimeMillis();
                return;
            }
            bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(papers).setUnit(" papers", 1)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void progressed(int papersDone) {
            done = papersDone;
            if (bar != null) bar.stepTo(papersDone);
            if (terminal || papers == 0) return;
            int tenths = (int) (10L * papersDone / papers);
            if (tenths > tenthsPrinted || System.currentTimeMillis() - printedAt >= QUIET_MS) {
                tenthsPrinted = Math.max(tenths, tenthsPrinted);
                printedAt = System.currentTimeMillis();
                System.err.printf("Ingesting: %d/%d papers%n", papersDone, papers);
            }
        }

        @Override
        public boolean stopRequested() {
            return stoppedBy != null;
        }

        private void stop(Signal signal) {
            if (stoppedBy != null) {
                System.err.printf("%ningest halted: the index keeps its last commit%n");
                Runtime.getRuntime().halt(128 + signal.getNumber());
            }
            stoppedBy = signal;
            System.err.printf("%nstopping: storing the papers written so far (again to stop at once)%n");
        }

        /** The exit status of a command a signal stopped before its end, as a shell gives it: 128 and the signal's number. */
        Optional<Integer> stoppedStatus() {
            return Optional.ofNullable(stoppedBy).filter(signal -> done < papers).map(signal -> 128 + signal.getNumber());
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
            before.forEach((name, handler) -> Signal.handle(new Signal(name), handler));
            // A signal during the last batch came too late to stop anything: the ingest ended as it would have.
            if (stoppedBy != null && done < papers) {
                System.err.printf("ingest stopped after %d of %d papers: those %d are stored, the rest are not;"
                        + " run the same command again to go on (stored papers are skipped)%n", done, papers, done);
            }
        }
    }
}
