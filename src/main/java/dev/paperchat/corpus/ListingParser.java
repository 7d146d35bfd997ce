package dev.paperchat.corpus;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text dump of a papers listing page: per paper a title line, a blank line, the abstract
 * paragraph, a blank line, then optional metadata lines ({@code • 6 authors} or an organisation
 * line such as {@code tencent Tencent}, then {@code ·}, then a date with an optional upvote count).
 * Lines before the first paper (the page's header) are skipped.
 */
public final class ListingParser implements PaperParser {
    /** Longer single lines are read as abstracts, never as titles. */
    static final int MAX_TITLE_CHARS = 300;
    /** Shorter paragraphs are page furniture or titles, not abstracts. */
    static final int MIN_ABSTRACT_CHARS = 80;

    private static final Pattern AUTHORS = Pattern.compile("•\\s*(\\d+)\\s+authors?");
    private static final Pattern DATE = Pattern.compile(
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?(?:\\s+(\\d+))?");
    /** An organisation's handle in lower case on a listing page: "tencent", "alibaba-inc". */
    private static final Pattern LOWER_HANDLE = Pattern.compile("[\\p{Ll}\\d][\\p{Ll}\\d._-]*+");
    /** A date written otherwise: "2025-01-20", "2025", "Spring 2023"; a line of a few words with a year in it names no organisation. */
    private static final Pattern OTHER_DATE = Pattern.compile("((?:19|20)\\d{2}(?:-\\d{1,2}(?:-\\d{1,2})?)?)(?:\\s+(\\d+))?|(?:\\S+\\s+){0,2}(?:19|20)\\d{2}(?:\\s+\\S+)?");
    /** Between the page's metadata items: "• 4 authors · Aug 15, 2025". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*·\\s*");
    /**
     * A date alone on its line, as the page writes it ("Aug 15, 2025") or otherwise ("2025-08-15",
     * "2025"), perhaps after the "·" of an organisation the line leaves out: no paper's title.
     */
    private static final Pattern DATE_ALONE = Pattern.compile("(?:·\\s*+)?(?:" + DATE.pattern() + "|(?:19|20)\\d{2}(?:-\\d{1,2}(?:-\\d{1,2})?)?(?:\\s+\\d+)?)");
    /** An upvote count on a line of its own; "2025" is a year. */
    private static final Pattern COUNT = Pattern.compile("(?!(?:19|20)\\d{2}$)\\d{1,6}");

    @Override
    public String format() {
        return "listing";
    }

    @Override
    public boolean accepts(String fileName, String head) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public ParseResult parse(String file, List<String> lines) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        List<ParseError> header = new ArrayList<>();
        List<Block> blocks = runOnTitlesSplitOff(Block.split(lines), file, errors);
        boolean seenPaper = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isMetadata()) {
                // Metadata that follows an abstract is consumed with its paper below.
                if (seenPaper) errors.add(new ParseError(file, block.line(), "metadata lines with no paper before them"));
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (!block.isTitleLike()) {
                if (seenPaper) errors.add(new ParseError(file, block.line(), describe(block)));
                continue;
            }
            Block afterNext = i + 2 < blocks.size() ? blocks.get(i + 2) : null;
            // A short abstract is still one when the paper's metadata follows it; when that is a date alone, when it is
            // prose: the page's header ("Daily Papers", "byAK and the research community", "Jul 29") is none.
            boolean shortAbstract = next != null && !next.isMetadata() && afterNext != null && afterNext.isMetadata()
                    && (afterNext.hasMarker() || next.text().endsWith("."));
            if (next == null || !(next.isAbstractLike() || shortAbstract)) {
                if (seenPaper) errors.add(new ParseError(file, block.line(), "title with no abstract: \"" + abbreviate(block.text()) + "\""));
                // Before the first paper is the page's header ("Daily Papers", "Get trending papers..."), skipped; a title and a
                // sentence there may be a paper whose abstract is too short to tell, which the reader should hear of.
                else if (next != null && !next.isMetadata() && next.text().endsWith(".")) header.add(ParseError.warning(file, block.line(),
                        "read as the page's header, not a paper: \"" + abbreviate(block.text()) + "\" and a paragraph too short to tell from a title"
                                + " (an abstract under " + MIN_ABSTRACT_CHARS + " characters, or of one sentence and at most 200, needs metadata after it)"));
                continue;
            }
            Block meta = i + 2 < blocks.size() && blocks.get(i + 2).isMetadata() ? blocks.get(i + 2) : null;
            String problem = checkSizes(block, next);
            if (problem != null) {
                errors.add(new ParseError(file, block.line(), problem));
            } else {
                try {
                    papers.add(toPaper(file, block, next, meta, errors));
                } catch (RuntimeException e) {
                    errors.add(new ParseError(file, block.line(), ParseError.reason(e) + "; skipped"));
                }
            }
            seenPaper = true;
            i += meta == null ? 1 : 2;
        }
        // A file of no paper says why in one line, which names what a header warning would.
        if (papers.isEmpty() && errors.isEmpty() && !blocks.isEmpty()) errors.add(noPapers(file, blocks));
        else errors.addAll(0, header);
        return new ParseResult(papers, errors);
    }

    /**
     * A metadata block whose last lines are no metadata ran into the next paper, its blank line
     * lost ("• 3 authors · Aug 15, 2025" then "Next Paper's Title"): those lines are a block of their
     * own, said in a warning, not the paper's organisation.
     */
    private static List<Block> runOnTitlesSplitOff(List<Block> blocks, String file, List<ParseError> errors) {
        List<Block> split = new ArrayList<>();
        for (Block block : blocks) {
            int end = block.isMetadata() ? block.metadataLines() : block.lines().size();
            if (end == 0 || end == block.lines().size()) {
                split.add(block);
                continue;
            }
            split.add(new Block(block.line(), block.lines().subList(0, end)));
            split.add(new Block(block.line() + end, block.lines().subList(end, block.lines().size())));
            errors.add(ParseError.warning(file, block.line() + end, "no blank line between the paper's metadata above and this line;"
                    + " read as the start of the next paper"));
        }
        return split;
    }

    /**
     * Why a file gave no paper: most often an abstract too short to tell from a title. The title
     * and paragraph shown are those with the longest paragraph, not a page's short header lines.
     */
    private static ParseError noPapers(String file, List<Block> blocks) {
        int best = -1;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block next = blocks.get(i + 1);
            if (!blocks.get(i).isTitleLike() || next.isMetadata()) continue;
            if (best < 0 || next.text().length() > blocks.get(best + 1).text().length()) best = i;
        }
        if (best < 0) {
            return new ParseError(file, blocks.get(0).line(), "no papers found: a listing is, for each paper, a title line, an abstract "
                    + "paragraph and optional metadata lines (\"\u2022 3 authors\"), with blank lines between them");
        }
        Block title = blocks.get(best);
        Block next = blocks.get(best + 1);
        int length = next.text().length();
        String why = length < MIN_ABSTRACT_CHARS ? "; an abstract has at least " + MIN_ABSTRACT_CHARS
                : " but does not read as an abstract (over " + MAX_TITLE_CHARS + " characters, or two sentences or more, or over 200 "
                + "characters, ending with a full stop)";
        return new ParseError(file, next.line(), "no papers found: the paragraph after \"" + abbreviate(title.text()) + "\" is " + length
                + " characters" + why + " unless metadata follows it after a blank line (\"\u2022 3 authors\", \"Aug 15, 2025\")");
    }

    private static String describe(Block block) {
        return block.text().length() >= MIN_ABSTRACT_CHARS
                ? "paragraph with no title line before it"
                : "unexpected line: \"" + abbreviate(block.text()) + "\"";
    }

    private static String checkSizes(Block title, Block abstractBlock) {
        if (abstractBlock.text().length() > Paper.MAX_ABSTRACT_CHARS) {
            return "abstract is " + abstractBlock.text().length() + " characters, at most " + Paper.MAX_ABSTRACT_CHARS + " allowed";
        }
        return null;
    }

    /** A count too large for an int is no count: the metadata is optional, the paper is kept. */
    private static Integer count(String digits) {
        return digits.length() > 9 ? null : Integer.valueOf(digits);
    }

    private static Paper toPaper(String file, Block title, Block abstractBlock, Block meta, List<ParseError> errors) {
        Paper.Builder paper = Paper.builder(title.text(), abstractBlock.text(), new Source(file, title.line()));
        if (meta == null) return paper.build();
        int otherDateLine = 0;
        for (int i = 0; i < meta.lines().size(); i++) {
            int at = meta.line() + i;
            // The page's lines copied as one: "• 4 authors · Aug 15, 2025".
            for (String item : parts(meta.lines().get(i))) if (readMetadata(file, at, item, paper, errors)) otherDateLine = at;
        }
        // A listing's "Apr 7" has no year by design: only a date written otherwise is checked.
        if (otherDateLine == 0) return paper.build();
        int line = otherDateLine;
        return paper.build(warning -> errors.add(ParseError.warning(file, line, warning)));
    }

    /**
     * One item of a paper's metadata: an author count, a date with its upvotes, a count, or an
     * organisation. Whether it was a date written otherwise, which the paper's date check warns of.
     */
    private static boolean readMetadata(String file, int at, String item, Paper.Builder paper, List<ParseError> errors) {
        Matcher authors = AUTHORS.matcher(item);
        Matcher dateMatch = DATE.matcher(item);
        Matcher otherDate = OTHER_DATE.matcher(item);
        if (authors.matches()) {
            paper.authorCount(count(authors.group(1)));
        } else if (dateMatch.matches()) {
            paper.upvotes(dateMatch.group(4) == null ? null : count(dateMatch.group(4)));
            Optional<String> date = isoOrRaw(dateMatch);
            if (date.isEmpty()) errors.add(ParseError.warning(file, at, "date '" + item + "' is not a calendar date: left out"));
            paper.date(date.orElse(null));
        } else if (COUNT.matcher(item).matches()) {
            paper.upvotes(count(item));
        } else if (otherDate.matches()) {
            // "2025-01-20", "2025-01-20 5" (with its upvotes), "2025", "Spring 2023": a date, checked and kept
            // (with a warning) as other formats' dates are.
            paper.date(otherDate.group(1) != null ? otherDate.group(1) : item);
            if (otherDate.group(2) != null) paper.upvotes(count(otherDate.group(2)));
            return true;
        } else {
            paper.organization(organizationName(item));
        }
        return false;
    }

    private static List<String> parts(String line) {
        return SEPARATOR.splitAsStream(line.strip()).filter(part -> !part.isEmpty()).toList();
    }

    /**
     * "tencent Tencent", "UWaterloo University of Waterloo": a listing page writes an organisation's
     * handle before its display name, and the display name is kept. A handle is one word in lower
     * case, or whose letters the display name writes in order ("ByteDance ByteDance"); "Meta AI",
     * "ETH Zurich" and "ByteDance Seed" are names whole.
     */
    private static String organizationName(String line) {
        String name = line.strip();
        int space = name.indexOf(' ');
        if (space < 0) return name;
        String first = name.substring(0, space), rest = name.substring(space + 1).strip();
        return LOWER_HANDLE.matcher(first).matches() || lettersInOrder(first, rest) ? rest : name;
    }

    /** Whether the second text writes the first's letters in their order: "UWaterloo" in "University of Waterloo". */
    private static boolean lettersInOrder(String handle, String name) {
        String letters = handle.toLowerCase(Locale.ROOT), in = name.toLowerCase(Locale.ROOT);
        // "Sun Yat-sen University" and "UT Austin" are names whole: a handle starts as its name does.
        if (letters.isEmpty() || in.isEmpty() || letters.charAt(0) != in.charAt(0)) return false;
        int at = 0;
        for (char c : letters.toCharArray()) {
            at = in.indexOf(c, at) + 1;
            if (at == 0) return false;
        }
        return true;
    }

    /** "2025-08-15"; without a year "7 Apr", day first, which no reader takes for April 2007 as "Apr 7" may be. */
    private static Optional<String> isoOrRaw(Matcher m) {
        Month month = monthOf(m.group(1));
        int day = Integer.parseInt(m.group(2));
        int year = m.group(3) == null ? 2024 : Integer.parseInt(m.group(3));
        if (day < 1 || day > month.length(Year.isLeap(year))) return Optional.empty();
        if (m.group(3) == null) return Optional.of(m.group(2) + " " + m.group(1));
        return Optional.of(LocalDate.of(year, month, day).toString());
    }

    private static Month monthOf(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(abbreviation)) return month;
        }
        throw new IllegalArgumentException("not a month: " + abbreviation);
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A run of non-blank lines and the 1-based line where it starts. */
    private record Block(int line, List<String> lines) {
        static List<Block> split(List<String> lines) {
            List<Block> blocks = new ArrayList<>();
            List<String> current = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= lines.size(); i++) {
                boolean blank = i == lines.size() || lines.get(i).isBlank();
                if (!blank && current.isEmpty()) start = i + 1;
                if (!blank) current.add(lines.get(i));
                if (blank && !current.isEmpty()) {
                    blocks.add(new Block(start, List.copyOf(current)));
                    current.clear();
                }
            }
            return blocks;
        }

        String text() {
            return String.join(" ", lines.stream().map(String::strip).toList()).strip();
        }

        /** Metadata has a "·" or an author count, or is a date alone: "Aug 15, 2025" names no paper. */
        boolean isMetadata() {
            return hasMarker() || lines.size() == 1 && DATE_ALONE.matcher(lines.get(0).strip()).matches();
        }

        /**
         * How many of the block's first lines are metadata: an author count, a date, a count, the
         * "·", or the organisation the page writes just before the "·" ("tencent Tencent").
         */
        int metadataLines() {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean beforeDot = i + 1 < lines.size() && lines.get(i + 1).strip().equals("·");
                boolean items = parts(line).size() > 1 || parts(line).stream().allMatch(p -> AUTHORS.matcher(p).matches()
                        || DATE.matcher(p).matches() || COUNT.matcher(p).matches() || OTHER_DATE.matcher(p).matches());
                if (!line.equals("·") && !beforeDot && !items) return i;
            }
            return lines.size();
        }

        /** A "·" line, an author count, or items on one line with a date among them ("tencent Tencent · Apr 7, 2025"). */
        boolean hasMarker() {
            return lines.stream().anyMatch(l -> l.strip().equals("·") || parts(l).stream().anyMatch(p -> AUTHORS.matcher(p).matches())
                    || parts(l).size() > 1 && parts(l).stream().anyMatch(p -> DATE.matcher(p).matches() || OTHER_DATE.matcher(p).matches()));
        }

        boolean isTitleLike() {
            return lines.size() == 1 && !isMetadata() && !isAbstractLike();
        }

        /**
         * Abstracts are long, or prose that ends with a full stop; titles are short and rarely
         * end with one ("Don't Overthink it. Preferring ..." and "DeepSeek vs. o3-mini: ...?" are titles).
         */
        boolean isAbstractLike() {
            String text = text();
            if (isMetadata() || text.length() < MIN_ABSTRACT_CHARS) return false;
            if (text.length() > MAX_TITLE_CHARS) return true;
            return text.endsWith(".") && (text.length() > 200 || text.contains(". "));
        }
    }
}
