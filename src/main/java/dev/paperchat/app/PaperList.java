package dev.paperchat.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.paperchat.corpus.Dated;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.Paper;
import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.OrganisationReading;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the collection, in id order, as {@code papers --json} prints it and {@code GET
 * /api/papers} returns it: what a notebook pages through to see every paper, or those of a year or
 * an organisation.
 *
 * @param total the papers the filters pass, on all pages
 */
public record PaperList(int total, int offset, int limit, List<String> notices, List<Entry> papers) {
    public static final int MAX_LIMIT = 500;

    /**
     * A paper's record, its abstract only when asked for: a notebook that builds a table of the
     * collection needs it, a page that lists titles does not ({@code GET /api/papers/{id}} gives it too).
     */
    public record Entry(String id, String title, String date, String organization, List<String> authors, String doi, String arxivId,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String abstractText) implements Dated {
        static Entry of(Paper p, boolean withAbstract) {
            return new Entry(p.id(), p.title(), p.date(), p.organization(), p.authors(), p.doi(), p.arxivId(), withAbstract ? p.abstractText() : null);
        }
    }

    public static PaperList of(PaperChat app, Filters filters, int offset, int limit) {
        return of(app, filters, offset, limit, false);
    }

    /** @param abstracts whether each entry carries its abstract */
    public static PaperList of(PaperChat app, Filters filters, int offset, int limit, boolean abstracts) {
        if (offset < 0) throw new InvalidInputException("offset must be 0 or more, was " + offset);
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidInputException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        OrganisationReading organisation = app.retriever().readOrganisation(filters);
        return app.index().read(snapshot -> {
            List<String> ids = snapshot.paperIds(organisation.filters());
            int from = Math.min(offset, ids.size());
            List<String> page = ids.subList(from, from + Math.min(limit, ids.size() - from));
            Map<String, Paper> papers = snapshot.papers(page);
            List<Entry> entries = page.stream().map(papers::get).filter(Objects::nonNull).map(p -> Entry.of(p, abstracts)).toList();
            Optional<String> notice = organisation.notice(entries.stream().map(Entry::organization).filter(Objects::nonNull).findFirst());
            List<String> notices = new ArrayList<>(notice.stream().toList());
            // "total" counts the dated papers of the range: those whose record has no year are in none, and the reader is told how many.
            if (filters.hasDateRange()) notices.add(undatedLeftOut(snapshot.papers(snapshot.paperIds(withoutDates(organisation.filters()))).values()));
            return new PaperList(ids.size(), offset, limit, List.copyOf(notices), entries);
        });
    }

    private static Filters withoutDates(Filters filters) {
        return new Filters(null, null, filters.organization());
    }

    /** "A date range leaves out papers without a year: 1 of the 4 papers the other filters match has none." */
    private static String undatedLeftOut(Collection<Paper> matching) {
        long undated = matching.stream().filter(paper -> Filters.period(paper.date()).isEmpty()).count();
        String base = Filters.UNDATED_LEFT_OUT.substring(0, Filters.UNDATED_LEFT_OUT.length() - 1);
        return base + ": " + undated + " of the " + matching.size() + " papers the other filters match "
                + (undated == 1 ? "has" : "have") + " none" + (undated == 0 ? "." : " (a listing without a date range shows them).");
    }
}
