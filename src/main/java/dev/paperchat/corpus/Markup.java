package dev.paperchat.corpus;

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
            + "|italic|bold|underline|monospace|inline-formula|tex-math|named-content|ext-link|xref|styled-content|scp";
    /** A tag of the lists above, with or without a namespace's prefix (jats:) and attributes. */
    private static final Pattern BLOCK_TAG = tag(BLOCKS);
    private static final Pattern INLINE_TAG = tag(INLINES);
    /** MathML's "&lt;mml:mi&gt;", JATS's other tags: inline, so "O(&lt;mml:mi&gt;n&lt;/mml:mi&gt;)" reads "O(n)". */
    private static final Pattern PREFIXED_TAG = Pattern.compile("(?i)</?[a-z][a-z0-9-]*:[a-z][a-z0-9.-]*(?:\\s[^<>]*)?/?>");
    /** JATS's TeX beside the same formula in MathML ("&lt;alternatives&gt;"): the MathML's text is kept, not both. */
    private static final Pattern TEX_BESIDE_MATHML = Pattern.compile("(?is)<((?:jats:)?tex-math)\\b[^>]*>.*?</\\1>(?=.*<(?:mml:)?math\\b)"
            + "|(?<=<(?:mml:)?math\\b.{0,2000})<((?:jats:)?tex-math)\\b[^>]*>.*?</\\2>");
    /** A page's script, style, embedded frame or drawing, or comment, scraped with its abstract: none of it is the paper's text. */
    private static final String NOT_TEXT_ELEMENTS = "script|style|iframe|frame|object|svg|video|audio|canvas|noscript|template|form|button|select|textarea";
    private static final Pattern NOT_TEXT = Pattern.compile("(?is)<(" + NOT_TEXT_ELEMENTS + ")\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
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
        String plain = NOT_TEXT.matcher(TEX_BESIDE_MATHML.matcher(text).replaceAll("")).replaceAll(" ");
        plain = ABSTRACT_HEADING.matcher(plain).replaceAll(" ");
        plain = HEADING.matcher(plain).replaceAll(" $2: ");
        plain = SUPERSCRIPT.matcher(plain).replaceAll("^$2");
        plain = BLOCK_TAG.matcher(plain).replaceAll(" ");
        plain = INLINE_TAG.matcher(plain).replaceAll("");
        plain = HANDLER_TAG.matcher(EMPTY_TAG.matcher(plain).replaceAll(" ")).replaceAll(" ");
        return PREFIXED_TAG.matcher(plain).replaceAll("");
    }

    private static Pattern tag(String names) {
        return Pattern.compile("(?i)</?(?:[a-z][a-z0-9-]*:)?(?:" + names + ")(?:\\s[^<>]*)?/?>");
    }
}
