package dev.paperchat.retrieve;

import dev.paperchat.corpus.Paper;
import dev.paperchat.index.Fields;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Filters as Lucene queries, and the same test on a paper in memory. */
final class FilterQueries {
    private FilterQueries() {}

    /** {@code query} (or everything of the type when null) restricted to one document type and the filters. */
    static Query restrict(Query query, String type, Filters filters) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (query != null) builder.add(query, BooleanClause.Occur.MUST);
        builder.add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER);
        if (filters.organization() != null) {
            builder.add(new TermQuery(new Term(Fields.ORG, filters.organization().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (filters.from() != null || filters.to() != null) {
            int from = filters.from() == null ? Integer.MIN_VALUE : (int) filters.from().toEpochDay();
            int to = filters.to() == null ? Integer.MAX_VALUE : (int) filters.to().toEpochDay();
            builder.add(IntPoint.newRangeQuery(Fields.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    static boolean matches(Paper paper, Filters filters) {
        if (filters.organization() != null
                && (paper.organization() == null || !paper.organization().equalsIgnoreCase(filters.organization()))) {
            return false;
        }
        if (filters.from() == null && filters.to() == null) return true;
        if (paper.date() == null || !paper.date().matches("\\d{4}-\\d{2}-\\d{2}")) return false;
        LocalDate date = LocalDate.parse(paper.date());
        return (filters.from() == null || !date.isBefore(filters.from())) && (filters.to() == null || !date.isAfter(filters.to()));
    }
}
