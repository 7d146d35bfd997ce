package dev.paperchat.corpus;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * HTML and JATS markup in titles and abstracts as plain text: Crossref's and Zotero's
 * "&lt;jats:p&gt;", publishers' "&lt;i&gt;in silico&lt;/i&gt;", "10&lt;sup&gt;6&lt;/sup&gt;" and scraped pages' "&amp;amp;".
 * Only markup's own tags go: abstracts write a model's tokens the same way ("&lt;think&gt;", "&lt;SEG&gt;"),
 * and those are their words (so is "&lt;s&gt;", no strike-through here).
 */
public final class Markup {
    /** Crossref's heading of the abstract itself, which repeats the field's name. */
    private static final Pattern ABSTRACT_HEADING = Pattern.compile(
            "(?i)<((?:jats:)?title)>\\s*(?:abstract|summary)\\s*[.:]?\\s*</\\1>");
    /** A structured abstract's heading ("Background", "Methods") reads as the start of its part. */
    private static final Pattern HEADING = Pattern.compile("(?i)<((?:jats:)?title)>\\s*([^<]{1,80}?)\\s*[.:]?\\s*</\\1>");
    private static final Pattern SUPERSCRIPT = Pattern.compile("(?i)<((?:jats:)?sup)>([^<]{1,20})</\\1>");
    private static final String BLOCKS = "p|br|div|li|ul|ol|h[1-6]|hr|sec|list|list-item|tr|td|table|blockquote";
    private static final String INLINES = "i|b|em|strong|u|sub|sup|sc|small|big|tt|span|font|a|abbr|cite|code|mark|strike|del|ins|wbr"
            + "|italic|bold|underline|monospace|inline-formula|alternatives|tex-math|named-content|ext-link|xref|styled-content|scp"
            + "|math|mi|mo|mn|mtext|mrow|msup|msub|msubsup|mfrac|msqrt";
    /** A tag of the lists above, with or without a namespace's prefix (jats:) and attributes. */
    private static final Pattern BLOCK_TAG = tag(BLOCKS);
    private static final Pattern INLINE_TAG = tag(INLINES);
    /** MathML's "&lt;mml:mi&gt;", JATS's other tags: inline, so "O(&lt;mml:mi&gt;n&lt;/mml:mi&gt;)" reads "O(n)". */
    private static final Pattern PREFIXED_TAG = Pattern.compile("(?i)</?[a-z][a-z0-9-]*:[a-z][a-z0-9.-]*(?:\\s[^<>]*)?/?>");
    /** JATS's "&lt;alternatives&gt;" of one formula, which may give its TeX beside its MathML. */
    private static final Pattern ALTERNATIVES = Pattern.compile("(?i)<((?:jats:)?alternatives)\\b[^<>]*+>");
    private static final Pattern TEX_MATH = Pattern.compile("(?is)<((?:jats:)?tex-math)\\b[^<>]*+>.*?</\\1\\s*+>");
    private static final Pattern MATHML = Pattern.compile("(?i)<(?:mml:)?math\\b");
    /** The most text one formula's alternatives hold; a longer "alternatives" is left to the tags' removal. */
    private static final int MAX_FORMULA = 10_000;
    /** A page's script, style, embedded frame or drawing, or comment, scraped with its abstract: none of it is the paper's text. */
    private static final String NOT_TEXT_ELEMENTS = "script|style|iframe|frame|object|svg|video|audio|canvas|noscript|template|form|button|select|textarea";
    private static final Pattern COMMENT_END = Pattern.compile("-->");
    private static final Pattern NOT_TEXT = Pattern.compile("(?i)<(" + NOT_TEXT_ELEMENTS + ")\\b[^<>]*+>|<!--");
    /** Such an element left open, and the elements that hold no text at all ("&lt;img src=x onerror=...&gt;"). */
    private static final Pattern EMPTY_TAG = tag(NOT_TEXT_ELEMENTS + "|img|embed|source|input|link|meta|param|track|area|base|col|frameset");
    /** Any tag with an event handler is markup, whatever its name ("&lt;svg/onload=...&gt;" too): no token of a model is written "&lt;x onload=...&gt;". */
    private static final Pattern HANDLER_TAG = Pattern.compile("(?i)<[a-z][a-z0-9-]*[\\s/][^<>]*?\\bon[a-z]+\\s*=[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");

    /** How many times over text may be escaped: "&amp;amp;lt;" is "<". */
    private static final int MAX_ESCAPES = 4;

    private Markup() {}

    public static String plain(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return text;
        String plain = withoutTags(text);
        // After the tags: "&lt;think&gt;" is a token the abstract writes, not a tag to remove. A tag of markup's own escaped
        // ("&lt;b&gt;") goes all the same, as it would when the text is read again: a paper exported and read back is the same paper.
        // Scraped text escaped twice ("&amp;lt;i&amp;gt;") is read to its end, for the same reason.
        for (int level = 0; level < MAX_ESCAPES && ENTITY.matcher(plain).find(); level++) {
            plain = withoutTags(Parser.unescapeEntities(plain, false).replace('\u00a0', ' '));
        }
        return plain.equals(text) ? text : plain.replaceAll("[ \\t]{2,}", " ").replaceAll(" ([.,;:)])", "$1").strip();
    }

    private static String withoutTags(String text) {
        if (text.indexOf('<') < 0) return text;
        String plain = replaceElements(replaceElements(text, ALTERNATIVES, Markup::withoutTexBesideMathml), NOT_TEXT, element -> " ");
        plain = ABSTRACT_HEADING.matcher(plain).replaceAll(" ");
        plain = HEADING.matcher(plain).replaceAll(" $2: ");
        plain = SUPERSCRIPT.matcher(plain).replaceAll("^$2");
        plain = BLOCK_TAG.matcher(plain).replaceAll(" ");
        plain = INLINE_TAG.matcher(plain).replaceAll("");
        plain = HANDLER_TAG.matcher(EMPTY_TAG.matcher(plain).replaceAll(" ")).replaceAll(" ");
        return PREFIXED_TAG.matcher(plain).replaceAll("");
    }

    /** The formula's TeX beside its MathML: the MathML's text is kept, not both. */
    private static String withoutTexBesideMathml(String alternatives) {
        return alternatives.length() <= MAX_FORMULA && MATHML.matcher(alternatives).find() ? TEX_MATH.matcher(alternatives).replaceAll("") : alternatives;
    }

    /**
     * Each element the pattern opens, up to its closing tag ("--&gt;" of a comment), replaced as given; one left open
     * stays. The text is read once for each kind of element left open, so a hostile text of many opening tags costs no
     * more than its length.
     */
    private static String replaceElements(String text, Pattern opening, UnaryOperator<String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        Set<String> leftOpen = new HashSet<>();
        Matcher open = opening.matcher(text);
        int done = 0;
        while (open.find()) {
            String name = open.group(1) == null ? "!--" : open.group(1).toLowerCase(Locale.ROOT);
            if (open.start() < done || leftOpen.contains(name)) continue;
            Matcher close = (name.equals("!--") ? COMMENT_END : Pattern.compile("(?i)</" + Pattern.quote(name) + "\\s*+>")).matcher(text);
            if (!close.find(open.end())) {
                leftOpen.add(name);
                continue;
            }
            out.append(text, done, open.start()).append(replacement.apply(text.substring(open.start(), close.end())));
            done = close.end();
        }
        return out.append(text, done, text.length()).toString();
    }

    private static Pattern tag(String names) {
        return Pattern.compile("(?i)</?(?:[a-z][a-z0-9-]*:)?(?:" + names + ")(?:\\s[^<>]*)?/?>");
    }
}
