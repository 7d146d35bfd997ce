package dev.paperchat.index;

import dev.paperchat.corpus.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Optional restrictions on a search: a date range (inclusive) and an organisation. */
public record Filters(LocalDate from, LocalDate to, String organization) {
    public static final Filters NONE = new Filters(null, null, null);
    /** Longer than any organisation's name; a longer one would be echoed whole in every notice that names the filters. */
    public static final int MAX_ORGANIZATION_CHARS = 200;
    /** A time of day after a date, with its zone or offset if any. */
    private static final Pattern DATE_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<=^\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?$");

    public Filters {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (organization != null) organization = organization.isBlank() ? null : organization.strip();
        int characters = organization == null ? 0 : organization.codePointCount(0, organization.length());
        if (characters > MAX_ORGANIZATION_CHARS) {
            throw InvalidInputException.of("org", "must be at most " + MAX_ORGANIZATION_CHARS + " characters, was " + characters);
        }
    }

    /**
     * Filters as a reader types them: a day, a month or a year ("2022" from its first day, to its
     * last), blank for none.
     *
     * @throws InvalidInputException naming the field that is no date
     */
    public static Filters parse(String from, String to, String organization) {
        return new Filters(named("from", from, false), named("to", to, true), organization);
    }

    private static LocalDate named(String field, String value, boolean last) {
        try {
            return day(value, last);
        } catch (IllegalArgumentException e) {
            String given = value.length() <= 40 ? value : value.substring(0, 40) + "... (" + value.length() + " characters)";
            throw InvalidInputException.of(field, "must be a date like 2025-01-31, 2025-01 or 2025, was " + given + noSuchDay(value));
        }
    }

    /** Why a value of a date's shape names no day: ", which does not exist (February 2023 has 28 days)". */
    private static String noSuchDay(String value) {
        var shape = DATE_SHAPE.matcher(value.strip());
        if (!shape.matches()) return "";
        int year = Integer.parseInt(shape.group(1));
        int month = Integer.parseInt(shape.group(2));
        if (month < 1 || month > 12) return ", whose month " + month + " does not exist";
        if (shape.group(3) == null) return "";
        YearMonth yearMonth = YearMonth.of(year, month);
        return ", a day that does not exist (" + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
                + " has " + yearMonth.lengthOfMonth() + " days)";
    }

    /**
     * The day a bound means: the day given, or the first (or {@code last}) day of the month or year
     * given; null for none.
     *
     * @throws InvalidInputException when the value is no such date
     */
    public static LocalDate day(String value, boolean last) {
        if (value == null || value.isBlank()) return null;
        // "2025-01-01T00:00:00Z", as pandas' isoformat() writes a day: the day is read, its time of no record's.
        List<LocalDate> period = periodOrNone(TIME_OF_DAY.matcher(value.strip()).replaceFirst(""));
        if (period.isEmpty()) throw new InvalidInputException("'" + value + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        return last ? period.get(period.size() - 1) : period.get(0);
    }

    private static List<LocalDate> periodOrNone(String date) {
        try {
            return period(date);
        } catch (DateTimeException e) {
            return List.of();
        }
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

    /** A date range's blind spot, which no result shows: many records give a day and month only ("7 Apr"). */
    public static final String UNDATED_LEFT_OUT = "A date range leaves out papers without a year.";

    public boolean hasDateRange() {
        return from != null || to != null;
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
