package dev.paperchat.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads papers from files and directories in any supported format, reports what it cannot
 * read with file and line, and merges the same paper found in several places.
 */
public final class CorpusReader {
    /**
     * Larger files are refused whole rather than read into memory: read, decoded and parsed, a file takes several times its
     * size, and a 250 MB one had run the launcher's 1 GiB heap out of memory, losing the run's every file.
     */
    public static final long MAX_FILE_BYTES = 64L << 20;

    private final List<PaperParser> parsers;

    public CorpusReader(List<PaperParser> parsers) {
        this.parsers = List.copyOf(parsers);
    }

    public static CorpusReader withAllFormats() {
        // Order matters for files without a telling extension: content checks go from most to least specific.
        return new CorpusReader(List.of(new JsonlParser(), new BibtexParser(), new RisParser(), new ArxivAtomParser(),
                new CslJsonParser(), new ListingParser()));
    }

    public List<String> formats() {
        return parsers.stream().map(PaperParser::format).toList();
    }

    /** Reads every path (files, or directories walked recursively) and merges duplicates. */
    public ParseResult read(List<Path> paths) {
        return read(paths, null);
    }

    /**
     * @param format the format every file is read as (every file of a directory then counts,
     *               whatever its name), or null to choose by name and content
     */
    public ParseResult read(List<Path> paths, String format) {
        List<ParseResult> results = new ArrayList<>();
        for (Path path : paths) {
            Path root = canonical(path);
            for (Path file : files(path, format != null, results)) results.add(readFile(file, nameUnder(root, path, file), format));
        }
        ParseResult all = ParseResult.concat(results);
        List<ParseError> conflicts = PaperMerger.conflictsAcrossFiles(all.papers());
        ParseResult merged = all.withPapers(PaperMerger.mergeDuplicates(all.papers()));
        return conflicts.isEmpty() ? merged : merged.withErrors(conflicts);
    }

    /**
     * The papers of a source read again by its name, for a paper that loses another source: a file
     * by its absolute path, or a file of the bundled sample; none for an upload, whose bytes are gone.
     */
    public Optional<List<Paper>> reread(String source) {
        if (source.startsWith(SampleCorpus.PREFIX)) return SampleCorpus.file(this, source);
        try {
            Path path = Path.of(source);
            if (!path.isAbsolute() || !Files.isRegularFile(path)) return Optional.empty();
            return Optional.of(read(List.of(path)).papers());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Parses one named input that is already in memory (an upload, standard input). */
    public ParseResult read(String name, byte[] bytes, String format) {
        Optional<String> binary = TextLines.binaryKind(bytes);
        if (binary.isPresent()) {
            return failure(name, "not a text file: its bytes are " + binary.get() + "; paperchat reads text (" + String.join(", ", formats())
                    + "): unpack it, or export it as text");
        }
        TextLines text = TextLines.decode(name, bytes);
        Optional<PaperParser> parser = format == null ? detect(name, text.lines()) : byFormat(format);
        if (parser.isEmpty()) {
            // A listing page's text has no first line of its own to tell it by: the reader is told how to name it.
            return new ParseResult(List.of(), List.of(new ParseError(name, 1, "unknown format; supported: " + String.join(", ", formats())
                    + "; name it with --format (the format field of an upload), as --format listing for a listing page's text")));
        }
        ParseResult parsed;
        try {
            parsed = parser.get().parse(name, text.lines());
        } catch (RuntimeException e) {
            // A parser library failing on input it should have rejected costs this file, never the ingest.
            parsed = new ParseResult(List.of(), List.of(new ParseError(name, 0, parser.get().format() + " parser failed: " + e)));
        }
        List<ParseError> errors = new ArrayList<>(text.errors());
        errors.addAll(parsed.errors());
        errors.addAll(PaperMerger.conflicts(parsed.papers()));
        int firstLine = firstTextLine(text.lines());
        if (parsed.papers().isEmpty() && parsed.errors().isEmpty() && firstLine > 0) {
            // A BibTeX file named .ris, or a wrong --format, must not pass for a file of no papers.
            errors.add(new ParseError(name, firstLine, "no " + parser.get().format() + " records found; if the file is in another format, say which ("
                    + String.join("|", formats()) + ": ingest's --format, or an upload's field \"format\")"));
        }
        return new ParseResult(parsed.papers(), errors, Set.of(name));
    }

    private ParseResult readFile(Path file, String name, String format) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return failure(name, "file is " + size + " bytes, at most " + MAX_FILE_BYTES + " allowed");
            }
            return read(name, Files.readAllBytes(file), format);
        } catch (IOException e) {
            return failure(name, "cannot read: " + unreadable(e));
        }
    }

    /**
     * A path given to read as one name however it was spelt ("corpus/a.txt", "/work/corpus/a.txt",
     * or through a symbolic link to its folder): a file read again is the same source, and its
     * papers follow it. A file given is named in its folder's real path, a link to it by the link's own name.
     */
    static Path canonical(Path given) {
        Path absolute = given.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(absolute)) return absolute.toRealPath();
            Path parent = absolute.getParent();
            return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
        } catch (IOException | SecurityException gone) {
            return absolute;
        }
    }

    /**
     * A file found under the path given, named under that path's canonical name as it was walked:
     * a link within the folder to a file elsewhere is the folder's file, whose deletion removes its papers.
     */
    private static String nameUnder(Path root, Path given, Path file) {
        return file.equals(given) ? root.toString() : root.resolve(given.relativize(file)).normalize().toString();
    }

    /** Why a file cannot be read, in words: "permission denied", not "java.nio.file.AccessDeniedException: /a/b". */
    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "it is gone";
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    private List<Path> files(Path path, boolean anyName, List<ParseResult> results) {
        if (!Files.exists(path)) {
            results.add(failure(path.toString(), "no such file or directory"));
            return List.of();
        }
        if (!Files.isDirectory(path)) return List.of(path);
        List<Path> files = new ArrayList<>();
        Set<String> present = new HashSet<>();
        Path root = canonical(path);
        try {
            // FOLLOW_LINKS reports a symlink loop to visitFileFailed instead of walking it forever.
            Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                /** A hidden folder (".git", ".cache") is skipped as a hidden file is; what it held before is kept. */
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(path) || !dir.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
                    present.add(nameUnder(root, path, dir));
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    present.add(nameUnder(root, path, file));
                    if (name.startsWith(".")) return FileVisitResult.CONTINUE;
                    if (!attrs.isRegularFile()) {
                        // A link whose target is gone, a pipe, a device: said, as its papers, stored before, are kept.
                        results.add(new ParseResult(List.of(), List.of(ParseError.warning(file.toString(), 0, attrs.isSymbolicLink()
                                ? "skipped: a symbolic link to nothing (its target is gone)" : "skipped: not a regular file"))));
                        return FileVisitResult.CONTINUE;
                    }
                    if (anyName || detect(name, List.of()).isPresent() || detect(name, List.of(head(file))).isPresent()) {
                        files.add(file);
                    } else {
                        results.add(new ParseResult(List.of(), List.of(ParseError.warning(nameUnder(root, path, file), 0,
                                "skipped: not in a format paperchat reads by its name or first line; give --format to read it as one"))));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A file or folder that cannot be read is still there: nothing under it counts as gone.
                    present.add(nameUnder(root, path, file));
                    results.add(e instanceof FileSystemLoopException
                            ? new ParseResult(List.of(), List.of(ParseError.warning(file.toString(), 0, "skipped: a symbolic link back into a directory above it")))
                            : failure(file.toString(), "skipped: cannot read: " + unreadable(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
            results.add(new ParseResult(List.of(), List.of(), Set.of(), Map.of(root.toString(), present)));
        } catch (IOException e) {
            results.add(failure(path.toString(), "cannot walk directory: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    /** The first line that is not blank of a file's first 4 KiB, read only when its name tells no format. */
    private static String head(Path file) {
        try (var in = Files.newInputStream(file)) {
            // Decoded as the file is: its byte order mark or UTF-16 would hide a JSON file's "{".
            return TextLines.decode(file.toString(), in.readNBytes(4096)).lines().stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static int firstTextLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i + 1;
        return 0;
    }

    /** By extension first; by the first line only when no extension is known (standard input, uploads). */
    private Optional<PaperParser> detect(String name, List<String> lines) {
        Optional<PaperParser> byName = parsers.stream().filter(p -> p.accepts(name, "")).findFirst();
        if (byName.isPresent()) return byName;
        String head = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        return parsers.stream().filter(p -> p.accepts(name, head)).findFirst();
    }

    private Optional<PaperParser> byFormat(String format) {
        return parsers.stream().filter(p -> p.format().equalsIgnoreCase(format)).findFirst();
    }

    private static ParseResult failure(String file, String message) {
        return new ParseResult(List.of(), List.of(new ParseError(file, 0, message)));
    }
}
