package dev.paperchat.corpus;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        List<Block> blocks = Block.split(lines);
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
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
            // A short abstract is still one when the paper's metadata line follows it.
            boolean shortAbstract = next != null && !next.isMetadata() && afterNext != null && afterNext.isMetadata();
            if (next == null || !(next.isAbstractLike() || shortAbstract)) {
                if (seenPaper) errors.add(new ParseError(file, block.line(), "title with no abstract: \"" + abbreviate(block.text()) + "\""));
                continue;
            }
            Block meta = i + 2 < blocks.size() && blocks.get(i + 2).isMetadata() ? blocks.get(i + 2) : null;
            String problem = checkSizes(block, next);
            if (problem != null) {
                errors.add(new ParseError(file, block.line(), problem));
            } else {
                try {
                    papers.add(toPaper(file, block, next, meta));
                } catch (RuntimeException e) {
                    errors.add(new ParseError(file, block.line(), ParseError.reason(e) + "; skipped"));
                }
            }
            seenPaper = true;
            i += meta == null ? 1 : 2;
        }
        if (papers.isEmpty() && errors.isEmpty() && !blocks.isEmpty()) {
            errors.add(new ParseError(file, blocks.get(0).line(), "no papers found: a listing is a title line, an abstract "
                    + "paragraph and a metadata line (\"• 3 authors\") for each paper, with blank lines between them"));
        }
        return new ParseResult(papers, errors);
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

    private static Paper toPaper(String file, Block title, Block abstractBlock, Block meta) {
        Integer authorCount = null;
        String organization = null;
        String date = null;
        Integer upvotes = null;
        if (meta != null) {
            for (String raw : meta.lines()) {
                String line = raw.strip();
                Matcher authors = AUTHORS.matcher(line);
                Matcher dateMatch = DATE.matcher(line);
                if (authors.matches()) {
                    authorCount = count(authors.group(1));
                } else if (dateMatch.matches()) {
                    date = isoOrRaw(dateMatch);
                    upvotes = dateMatch.group(4) == null ? null : count(dateMatch.group(4));
                } else if (!line.equals("·") && !line.isEmpty()) {
                    organization = organizationName(line);
                }
            }
        }
        return Paper.of(title.text(), abstractBlock.text(), List.of(), authorCount, date, organization, upvotes,
                new Source(file, title.line()));
    }

    /** "tencent Tencent" is a handle and a display name; keep the display name. */
    private static String organizationName(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(space + 1).strip();
    }

    /** "2025-08-15"; without a year "7 Apr", day first, which no reader takes for April 2007 as "Apr 7" may be. */
    private static String isoOrRaw(Matcher m) {
        if (m.group(3) == null) return m.group(2) + " " + m.group(1);
        String raw = m.group(1) + " " + m.group(2) + ", " + m.group(3);
        Month month = monthOf(m.group(1));
        int day = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (day < 1 || day > month.length(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) return raw;
        return LocalDate.of(year, month, day).toString();
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

        boolean isMetadata() {
            return lines.stream().map(String::strip).anyMatch(l -> l.equals("·") || AUTHORS.matcher(l).matches());
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
