package dev.paperchat.index;

import java.util.Locale;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Filters as Lucene queries. */
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
        if (filters.hasDateRange()) {
            int from = filters.from() == null ? Integer.MIN_VALUE : (int) filters.from().toEpochDay();
            int to = filters.to() == null ? Integer.MAX_VALUE : (int) filters.to().toEpochDay();
            builder.add(IntPoint.newRangeQuery(Fields.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }
}
