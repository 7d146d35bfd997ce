package dev.paperchat.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.corpus.Paper;

/**
 * One paper as the API and MCP give it: its record, with what a table reads beside it, its {@code year} (a number, or
 * null for "26 May"), {@code doi} and {@code arxivId}, which the record keeps among its aliases ("doi:10.1234/x").
 * The index stores the record alone: these are read from it.
 */
public final class PaperView {
    private PaperView() {}

    public static ObjectNode of(Paper paper) {
        ObjectNode json = Json.MAPPER.valueToTree(paper);
        json.put("year", Paper.yearOf(paper.date()));
        json.put("doi", paper.doi());
        json.put("arxivId", paper.arxivId());
        return json;
    }
}
