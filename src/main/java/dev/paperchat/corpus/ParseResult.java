package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.List;

/** Papers read from one or more inputs, and the entries that were rejected. */
public record ParseResult(List<Paper> papers, List<ParseError> errors) {
    public ParseResult {
        papers = List.copyOf(papers);
        errors = List.copyOf(errors);
    }

    public static ParseResult concat(List<ParseResult> results) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        for (ParseResult r : results) {
            papers.addAll(r.papers());
            errors.addAll(r.errors());
        }
        return new ParseResult(papers, errors);
    }
}
