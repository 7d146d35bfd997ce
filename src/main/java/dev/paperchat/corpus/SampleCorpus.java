package dev.paperchat.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sample collection that ships inside paperchat, so a fresh install answers at once. */
public final class SampleCorpus {
    private static final String DIR = "/corpus/";
    /** How the sample's files are named as sources. */
    static final String PREFIX = "sample/";

    private SampleCorpus() {}

    public static ParseResult read(CorpusReader reader) {
        List<ParseResult> results = new ArrayList<>();
        for (String name : resource("files.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            results.add(reader.read(PREFIX + name, bytes(name), "listing"));
        }
        ParseResult all = ParseResult.concat(results);
        return new ParseResult(PaperMerger.mergeDuplicates(all.papers()), all.errors());
    }

    /** The papers of one file of the sample, by its source name ("sample/003_....txt"); none for a name the sample lacks. */
    static Optional<List<Paper>> file(CorpusReader reader, String source) {
        if (!source.startsWith(PREFIX)) return Optional.empty();
        String name = source.substring(PREFIX.length());
        if (resource("files.txt").lines().map(String::strip).noneMatch(name::equals)) return Optional.empty();
        return Optional.of(reader.read(source, bytes(name), "listing").papers());
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = SampleCorpus.class.getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("sample corpus file missing from the build: " + DIR + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + DIR + name, e);
        }
    }
}
