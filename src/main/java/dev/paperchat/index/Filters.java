package dev.paperchat.index;

import java.time.LocalDate;

/** Optional restrictions on a search: a date range (inclusive) and an organisation. */
public record Filters(LocalDate from, LocalDate to, String organization) {
    public static final Filters NONE = new Filters(null, null, null);

    public Filters {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (organization != null && organization.isBlank()) organization = null;
    }

    public boolean isEmpty() {
        return from == null && to == null && organization == null;
    }

    /** The same test as the index applies, on a paper in memory. */
    public boolean matches(dev.paperchat.corpus.Paper paper) {
        if (organization != null && (paper.organization() == null || !paper.organization().equalsIgnoreCase(organization))) {
            return false;
        }
        if (from == null && to == null) return true;
        if (paper.date() == null || !paper.date().matches("\\d{4}-\\d{2}-\\d{2}")) return false;
        LocalDate date = LocalDate.parse(paper.date());
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
