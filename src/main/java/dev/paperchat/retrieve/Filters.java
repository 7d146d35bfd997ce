package dev.paperchat.retrieve;

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
}
