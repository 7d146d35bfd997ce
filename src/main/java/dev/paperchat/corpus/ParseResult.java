package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Papers read from one or more inputs, and the entries that were rejected.
 *
 * @param wholeSources the inputs read from start to end, whose papers are all here: an ingest may
 *                     remove what such an input stored before and holds no more. Papers gathered
 *                     otherwise (an index upgrade's batches) name none.
 * @param directories  each directory walked whole, with every file in it now, read or not: an
 *                     ingest may remove what a file that was in it before stored
 */
public record ParseResult(List<Paper> papers, List<ParseError> errors, Set<String> wholeSources, Map<String, Set<String>> directories) {
    public ParseResult {
        papers = List.copyOf(papers);
        errors = List.copyOf(errors);
        wholeSources = Set.copyOf(wholeSources);
        directories = Map.copyOf(directories);
    }

    public ParseResult(List<Paper> papers, List<ParseError> errors, Set<String> wholeSources) {
        this(papers, errors, wholeSources, Map.of());
    }

    public ParseResult(List<Paper> papers, List<ParseError> errors) {
        this(papers, errors, Set.of());
    }

    /** The same inputs with other papers (merged, say). */
    public ParseResult withPapers(List<Paper> papers) {
        return new ParseResult(papers, errors, wholeSources, directories);
    }

    /** The same inputs with more errors or warnings, after their own. */
    public ParseResult withErrors(List<ParseError> more) {
        List<ParseError> all = new ArrayList<>(errors);
        all.addAll(more);
        return new ParseResult(papers, all, wholeSources, directories);
    }

    public static ParseResult concat(List<ParseResult> results) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        Set<String> whole = new LinkedHashSet<>();
        Map<String, Set<String>> directories = new LinkedHashMap<>();
        for (ParseResult r : results) {
            papers.addAll(r.papers());
            errors.addAll(r.errors());
            whole.addAll(r.wholeSources());
            directories.putAll(r.directories());
        }
        return new ParseResult(papers, errors, whole, directories);
    }
}
