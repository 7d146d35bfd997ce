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
        return period(paper.date()).stream().anyMatch(day -> (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to)));
    }

    /**
     * The first and last day a date may mean: the day itself, or the month or year a BibTeX or RIS
     * record gives ("2022-09", "2022"); none for a date without a year ("7 Apr"). A date range
     * takes a paper when either day falls in it, so "2022 papers" holds one dated 2022-09 or 2022.
     */
    public static List<LocalDate> period(String date) {
        if (date == null) return List.of();
        if (date.matches("\\d{4}-\\d{2}-\\d{2}")) return List.of(LocalDate.parse(date));
        if (date.matches("\\d{4}-\\d{2}")) {
            LocalDate first = LocalDate.parse(date + "-01");
            return List.of(first, first.withDayOfMonth(first.lengthOfMonth()));
        }
        if (date.matches("\\d{4}")) return List.of(LocalDate.of(Integer.parseInt(date), 1, 1), LocalDate.of(Integer.parseInt(date), 12, 31));
        return List.of();
    }
}
