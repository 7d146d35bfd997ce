package dev.paperchat.app;

import dev.paperchat.answer.ForeignQuestion;
import dev.paperchat.corpus.Dated;
import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.SearchResult;
import dev.paperchat.retrieve.SentenceHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A search as {@code search --json} prints it and {@code GET /api/search} returns it. */
public record SearchView(String query, boolean covered, double confidence, Map<String, String> respelled, List<String> notices,
                         int offset, List<Result> results) {

    public record Result(String id, String title, double score, String sentence, int start, int end, String date,
                         String organization, List<String> links) implements Dated {}

    /** @param filters the search's filters, whose date range the notices say leaves out papers without a year */
    public static SearchView of(SearchResult result, Filters filters) {
        return of(result, filters, 0);
    }

    /** @param offset how many of the best results the page leaves out, as {@link dev.paperchat.retrieve.SearchRequest#page} searched them */
    public static SearchView of(SearchResult result, Filters filters, int offset) {
        List<String> notices = new ArrayList<>(result.notices());
        if (!result.respelled().isEmpty()) notices.add(result.respellingNotice());
        if (ForeignQuestion.asked(result.query())) notices.add(ForeignQuestion.SEARCH_NOTICE);
        // Weak evidence among the papers a filter leaves says nothing of the rest of the collection.
        if (!result.covered() && !filters.isEmpty()) notices.add("Only papers matching the filters (" + filters.describe()
                + ") were searched: " + (result.hits().isEmpty() ? "none matches them." : "none of them seems to cover this."));
        if (filters.hasDateRange()) notices.add(Filters.UNDATED_LEFT_OUT);
        return new SearchView(result.query(), result.covered(), round(result.confidence()), result.respelled(), List.copyOf(notices),
                offset, result.hits().stream().skip(offset).map(SearchView::result).toList());
    }

    private static Result result(PaperHit hit) {
        SentenceHit best = hit.bestSentence();
        return new Result(hit.paper().id(), hit.paper().title(), round(hit.score()),
                best == null ? null : best.text(), best == null ? -1 : best.start(), best == null ? -1 : best.end(),
                hit.paper().date(), hit.paper().organization(), hit.paper().links());
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
