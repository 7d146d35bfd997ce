package dev.paperchat.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Optional restrictions on a search: a date range (inclusive) and an organisation. */
public record Filters(LocalDate from, LocalDate to, String organization) {
    public static final Filters NONE = new Filters(null, null, null);

    public Filters {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (organization != null) organization = organization.isBlank() ? null : organization.strip();
    }

    /** "from 2025-01-01, organisation tencent": the filters as a reader would name them. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (from != null) parts.add("from " + from);
        if (to != null) parts.add("to " + to);
        if (organization != null) parts.add("organisation " + organization);
        return String.join(", ", parts);
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
