package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Papers read from one or more inputs, and the entries that were rejected.
 *
 * @param wholeSources the inputs read from start to end, whose papers are all here: an ingest may
 *                     remove what such an input stored before and holds no more. Papers gathered
 *                     otherwise (an index upgrade's batches) name none.
 */
public record ParseResult(List<Paper> papers, List<ParseError> errors, Set<String> wholeSources) {
    public ParseResult {
        papers = List.copyOf(papers);
        errors = List.copyOf(errors);
        wholeSources = Set.copyOf(wholeSources);
    }

    public ParseResult(List<Paper> papers, List<ParseError> errors) {
        this(papers, errors, Set.of());
    }

    public static ParseResult concat(List<ParseResult> results) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        Set<String> whole = new LinkedHashSet<>();
        for (ParseResult r : results) {
            papers.addAll(r.papers());
            errors.addAll(r.errors());
            whole.addAll(r.wholeSources());
        }
        return new ParseResult(papers, errors, whole);
    }
}
