package dev.paperchat.answer;

import dev.paperchat.index.Filters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which papers from 2024 study latent reasoning?", "work published since 2023": a year the
 * question puts on the papers is read as the date filter, as if it were set in the Options panel.
 * A year that names something else ("results on AIME 2024") is left in the question.
 */
final class DateFilter {
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";
    /**
     * "papers from 2024", "published in 2023", "since 2022", "before 2025", "2024 papers". The
     * removed text starts at the group "cut", so that "papers" stays in the question.
     */
    private static final Pattern DATED = Pattern.compile(
            "\\b(?:papers?|works?|research|studies|publications?|articles?)\\s+"
                    + "(?<cut>(?<relation>from|in|during|since|after|before)\\s+(?:the\\s+year\\s+)?)" + YEAR + "\\b"
                    + "|(?<cut2>\\b(?:(?:published|released|posted|appeared|came\\s+out)\\s+(?<relation2>in|during|since|after|before)"
                    // "from before 2024": the "from" goes with the relation it precedes.
                    + "|(?:from\\s+)?(?<relation4>since|after|before))\\s+)" + YEAR.replace("year", "year2") + "\\b"
                    + "|(?<cut3>)\\b" + YEAR.replace("year", "year3") + "(?=\\s+(?:papers?|works?|publications?)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "from 2021 to 2022", "between 2021 and 2022", "papers published 2021-2022": two years, the
     * first word or the papers named before them, so that "AIME 2024-2025" stays a benchmark.
     */
    private static final Pattern RANGE = Pattern.compile(
            "(?:\\b(?:papers?|works?|research|studies|publications?|published|released)\\s+(?:(?:in|during)\\s+)?(?<cut>)|(?<cut2>\\b(?:from|between)\\s+))"
                    + "(?<first>(?:19|20)\\d\\d)\\s*+(?:-|\u2013|\\bto\\b|\\bthrough\\b|\\buntil\\b|\\band\\b)\\s*+(?<last>(?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "from 2022 onwards", "until 2021", "up to 2021": one end of a range ("from 2024 on RL" is no "from 2024 on"). */
    private static final Pattern OPEN_RANGE = Pattern.compile(
            "(?<cut>\\b(?:from|since)\\s+)(?<since>(?:19|20)\\d\\d)\\s+(?:onwards?\\b|on(?=\\s*+(?:[.?!,]|$)))"
                    + "|(?<cut2>\\b(?:until|till|through|up\\s+to)\\s+)(?<until>(?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "papers on reasoning from 2023": a year that ends a question about papers, however far from the word. */
    private static final Pattern LAST_WORDS = Pattern.compile("(?<cut>\\b(?:from|in|during)\\s+)(?<year>(?:19|20)\\d\\d)(?=[\\s.?!]*$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_PAPERS = Pattern.compile("\\b(?:papers?|works?|research|studies|publications?|articles?|publish(?:es|ed)?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param from the first day the papers may be dated, or null
     * @param to the last day, or null
     * @param phrase the question's words that set it ("from 2024")
     * @param rest the question without them, searched within the dates
     */
    record Dated(LocalDate from, LocalDate to, String phrase, String rest) {
        Question appliedTo(Question asked) {
            Filters filters = new Filters(from, to, asked.filters().organization());
            return new Question(rest.isBlank() ? asked.text() : rest, asked.history(), asked.k(), asked.mode(), filters);
        }

        /** Whether the question asks only for the papers of those dates: "Which papers were published in December 2024?". */
        boolean asksOnlyForItsPapers() {
            return topic().isEmpty();
        }

        /** What the papers of the dates should be about: "RL" of "What was published in December 2025 about RL?". */
        String topic() {
            return OrganisationFilter.topicOf(rest);
        }

        String notice() {
            return "\"" + phrase + "\" in the question was read as a date filter: only papers " + range()
                    + " were searched, and papers without a year are left out.";
        }

        /** "dated December 2024", "dated September to December 2025", "dated 2024", "dated 2022-01-01 or later". */
        String range() {
            if (from == null || to == null) return from != null ? "dated " + from + " or later" : "dated " + to + " or earlier";
            boolean months = from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth() && from.getYear() == to.getYear();
            if (!months) return "dated " + from + " to " + to;
            if (from.getMonthValue() == 1 && to.getMonthValue() == 12) return "dated " + from.getYear();
            String first = from.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), last = to.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return "dated " + (first.equals(last) ? first : first + " to " + last) + " " + from.getYear();
        }
    }

    /**
     * A month or part of a year, which no benchmark is named by, and how the papers stand to it:
     * "published in December 2024", "since July 2025", "after June 2025", "from late 2025", "in
     * the first half of 2024". A month needs its preposition ("what may 2024 bring?" names none).
     */
    private static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern PERIOD = Pattern.compile(
            "(?<cut>\\b(?:(?<verb>published|released|posted|appeared|came\\s+out)\\s+)?(?:(?<relation>in|from|during|since|after|before|until|till|through)\\s+)?(?:the\\s+)?)"
                    + "(?:(?<month>" + MONTH_NAME + ")\\.?\\s+"
                    + "|(?<part>early|mid|late)(?:-|\\s+)|(?<half>first|second)\\s+half\\s+of\\s+)(?<year>(?:19|20)\\d\\d)\\b(?<onwards>\\s+onwards?\\b)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * "from June 2024 to March 2025", "between Jan 2025 and May 2025": from the first month's first day to the last's last.
     * The first month's year may go unsaid: "between March and June 2025" (and "from November to February 2025" begins in 2024).
     */
    private static final Pattern MONTH_RANGE = Pattern.compile("(?<cut>\\b(?:(?:published|released|posted|appeared|came\\s+out)\\s+)?(?:from|between)\\s+)(?<first>" + MONTH_NAME + ")\\.?(?:\\s+(?<firstYear>(?:19|20)\\d\\d))?"
            + "\\s*+(?:-|\u2013|\\bto\\b|\\bthrough\\b|\\buntil\\b|\\band\\b)\\s*+(?<last>" + MONTH_NAME + ")\\.?\\s+(?<lastYear>(?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    /** The months in each third of a year, which "early", "mid" and "late" mean. */
    private static final int MONTHS_A_THIRD = 4;

    private DateFilter() {}

    static Optional<Dated> find(String question) {
        Matcher months = MONTH_RANGE.matcher(question);
        if (months.find()) {
            YearMonth last = month(months.group("lastYear"), months.group("last"));
            YearMonth first = month(months.group("firstYear") != null ? months.group("firstYear") : months.group("lastYear"), months.group("first"));
            if (months.group("firstYear") == null && first.isAfter(last)) first = first.minusYears(1);
            if (!first.isAfter(last)) return Optional.of(dated(question, months, months.start("cut"), first.atDay(1), last.atEndOfMonth()));
        }
        Matcher period = PERIOD.matcher(question);
        while (period.find()) {
            // "How do late-2024 models do?" puts no date on papers, as "published in late 2024" does.
            if (period.group("relation") == null && period.group("verb") == null) continue;
            return Optional.of(period(question, period));
        }
        Matcher range = RANGE.matcher(question);
        if (range.find()) {
            int first = Integer.parseInt(range.group("first")), last = Integer.parseInt(range.group("last"));
            if (first <= last) return Optional.of(dated(question, range, range.start(range.group("cut") != null ? "cut" : "cut2"),
                    LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)));
        }
        Matcher open = OPEN_RANGE.matcher(question);
        if (open.find()) {
            boolean since = open.group("since") != null;
            LocalDate from = since ? LocalDate.of(Integer.parseInt(open.group("since")), 1, 1) : null;
            LocalDate to = since ? null : LocalDate.of(Integer.parseInt(open.group("until")), 12, 31);
            return Optional.of(dated(question, open, open.start(since ? "cut" : "cut2"), from, to));
        }
        Matcher m = DATED.matcher(question);
        if (!m.find()) return lastWords(question);
        String group = m.group("year") != null ? "" : m.group("year2") != null ? "2" : "3";
        int year = Integer.parseInt(m.group("year" + group));
        String relation = group.equals("3") ? "in" : group.equals("2") && m.group("relation2") == null ? m.group("relation4").toLowerCase(Locale.ROOT)
                : m.group("relation" + group).toLowerCase(Locale.ROOT);
        LocalDate first = LocalDate.of(year, 1, 1), last = LocalDate.of(year, 12, 31);
        LocalDate from = switch (relation) {
            case "after" -> first.plusYears(1);
            case "before" -> null;
            default -> first;
        };
        LocalDate to = switch (relation) {
            case "since", "after" -> null;
            case "before" -> last.minusYears(1);
            default -> last;
        };
        return Optional.of(dated(question, m, m.start("cut" + group), from, to));
    }

    /** "published 2025", "dated 2025": how a condition on listed papers gives a year without a preposition. */
    private static final Pattern BARE_YEAR = Pattern.compile("^(?:dated|published|released|posted|appeared)(?:\\s+in)?\\s+(?=(?:19|20)\\d\\d\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The dates a condition on listed papers is, when it is no more than dates: "published in 2025",
     * "from 2025", "dated 2025" of "which of those were published in 2025?"; none for "from 2025 on RL".
     */
    static Optional<Dated> ofCondition(String condition) {
        String asPapers = "papers " + BARE_YEAR.matcher(condition.strip()).replaceFirst("from ");
        return find(asPapers).filter(d -> d.rest().replaceAll("[\\s?.!]", "").equalsIgnoreCase("papers"));
    }

    /** "what about 2024?", "and the ones from 2023?", "what about papers since July 2025?": dates alone, after a question. */
    private static final Pattern ABOUT_DATES = Pattern.compile("^\\W*+(?:and\\s++)?(?:(?:what|how)\\s++about\\s++)?(?:the\\s++|those\\s++)?"
            + "(?:(?:ones|papers)\\s++)?(?<dates>[^?!.]{4,40}?)(?:\\s++(?:ones|papers))?\\s*+[?!.]*+\\s*+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATION_FIRST = Pattern.compile("(?i)^(?:from|in|during|since|after|before|until|till|through|between|up\\s+to|published|dated)\\b");

    /**
     * "What about 2024?" after "Which methods avoid entropy collapse?": the question before, asked again of those
     * dates, as "What about Tencent?" is of an organisation's papers; empty when the question says more than dates.
     */
    static Optional<Dated> askedAgainOf(String question, String before) {
        Matcher about = ABOUT_DATES.matcher(question);
        if (!about.matches()) return Optional.empty();
        String dates = about.group("dates").strip();
        String asked = "papers " + (RELATION_FIRST.matcher(dates).lookingAt() ? dates : "from " + dates);
        // "Which papers from 2024 mention GSM8K?" asked again of 2025 is asked without its own year, which would set other dates.
        String again = find(before).map(Dated::rest).orElse(before);
        return find(asked).filter(d -> d.rest().equalsIgnoreCase("papers")).map(d -> new Dated(d.from(), d.to(), d.phrase(), again));
    }

    private static Optional<Dated> lastWords(String question) {
        Matcher last = LAST_WORDS.matcher(question);
        if (!last.find() || !ABOUT_PAPERS.matcher(question.substring(0, last.start())).find()) return Optional.empty();
        int year = Integer.parseInt(last.group("year"));
        return Optional.of(dated(question, last, last.start("cut"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** The months a period spans, and the dates before, after, since or until it that its relation asks for. */
    private static Dated period(String question, Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        YearMonth first, last;
        if (m.group("month") != null) {
            first = last = month(m.group("year"), m.group("month"));
        } else if (m.group("half") != null) {
            first = YearMonth.of(year, m.group("half").equalsIgnoreCase("first") ? 1 : 7);
            last = first.plusMonths(5);
        } else {
            first = YearMonth.of(year, 1 + MONTHS_A_THIRD * List.of("early", "mid", "late").indexOf(m.group("part").toLowerCase(Locale.ROOT)));
            last = first.plusMonths(MONTHS_A_THIRD - 1);
        }
        String relation = m.group("onwards") != null ? "since" : m.group("relation") == null ? "in" : m.group("relation").toLowerCase(Locale.ROOT);
        LocalDate from = switch (relation) {
            case "since" -> first.atDay(1);
            case "after" -> last.plusMonths(1).atDay(1);
            case "before", "until", "till", "through" -> null;
            default -> first.atDay(1);
        };
        LocalDate to = switch (relation) {
            case "since", "after" -> null;
            case "before" -> first.minusMonths(1).atEndOfMonth();
            default -> last.atEndOfMonth();
        };
        return dated(question, m, m.start("cut"), from, to);
    }

    /** "June" or "Jun." of a year. */
    private static YearMonth month(String year, String name) {
        return YearMonth.of(Integer.parseInt(year), MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
    }

    /** "How many papers use GRPO and were [published in 2025]?": the clause's verb the date leaves behind, which no paper writes of its topic. */
    private static final Pattern LEFT_CLAUSE = Pattern.compile("(?i)\\s++(?:and|that|which)\\s++(?:were|was|are|is)\\s*+$");

    /** The dates, and the question without the words that set them, from {@code cut} to the match's end. */
    private static Dated dated(String question, Matcher m, int cut, LocalDate from, LocalDate to) {
        String phrase = question.substring(cut, m.end()).strip();
        String before = LEFT_CLAUSE.matcher(question.substring(0, cut)).replaceFirst(" ");
        String rest = (before + question.substring(m.end())).replaceAll("\\s++([?.!,])", "$1").replaceAll("\\s{2,}", " ").strip();
        return new Dated(from, to, phrase, rest);
    }
}
