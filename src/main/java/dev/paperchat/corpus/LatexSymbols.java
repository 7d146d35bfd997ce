package dev.paperchat.corpus;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX's symbols written in an abstract's text as the characters they print: "2.3\times greater"
 * and "5.9% $\rightarrow$ 10.9%" read "2.3× greater" and "5.9% → 10.9%". Pages that scrape
 * abstracts drop the backslash and the dollars, leaving "5.9%rightarrow10.9%", which reads so too.
 * Math of more than one symbol ("$O(n \times m)$") is kept as written, as BibTeX keeps it.
 */
final class LatexSymbols {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", "\u00d7"), Map.entry("rightarrow", "\u2192"), Map.entry("to", "\u2192"), Map.entry("leftarrow", "\u2190"),
            Map.entry("approx", "\u2248"), Map.entry("sim", "~"), Map.entry("leq", "\u2264"), Map.entry("le", "\u2264"),
            Map.entry("geq", "\u2265"), Map.entry("ge", "\u2265"), Map.entry("pm", "\u00b1"), Map.entry("cdot", "\u00b7"),
            Map.entry("ll", "\u226a"), Map.entry("gg", "\u226b"), Map.entry("infty", "\u221e"), Map.entry("uparrow", "\u2191"),
            Map.entry("downarrow", "\u2193"));
    private static final String NAMES = "times|rightarrow|leftarrow|uparrow|downarrow|approx|infty|cdot|leq|geq|sim|pm|to|le|ge|ll|gg";
    /** "$\rightarrow$", "$\times$": a math span of one symbol. */
    private static final Pattern ALONE = Pattern.compile("\\$\\s*\\\\(" + NAMES + ")\\s*\\$");
    private static final Pattern MATH = Pattern.compile("\\$[^$]*\\$");
    /** "2.3\times greater", outside math. */
    private static final Pattern BARE = Pattern.compile("\\\\(" + NAMES + ")(?![A-Za-z])");
    /** What a scrape leaves of "$\rightarrow$" between figures: "5.9%rightarrow10.9%", "66.3 %rightarrow72.9 %". */
    private static final Pattern SCRAPED = Pattern.compile("(?<=[\\d%])\\s?(rightarrow|leftarrow)(?=\\s?[\\d.])");

    /** " \\cite{auer2002}", "~\\citep[p.~3]{a,b}": a reference to a bibliography the abstract does not carry. */
    private static final Pattern CITATION = Pattern.compile("[ ~]*\\\\(?:cite|citep|citet|citealp|citeauthor)\\*?(?:\\[[^\\]]*])?\\{[^{}]*}");

    private LatexSymbols() {}

    /** The text without its citation commands. */
    static String withoutCitations(String text) {
        return text.indexOf('\\') < 0 ? text : CITATION.matcher(text).replaceAll("");
    }

    static String inText(String text) {
        if (text.indexOf('\\') < 0 && !text.contains("arrow")) return text;
        String plain = outsideMath(ALONE.matcher(text).replaceAll(LatexSymbols::symbol));
        return SCRAPED.matcher(plain).replaceAll(m -> " " + symbol(m) + " ");
    }

    /** The bare commands printed outside "$...$": math of more than one symbol keeps its commands as written. */
    private static String outsideMath(String text) {
        if (text.indexOf('\\') < 0) return text;
        StringBuilder out = new StringBuilder();
        Matcher math = MATH.matcher(text);
        int at = 0;
        while (math.find()) {
            out.append(BARE.matcher(text.substring(at, math.start())).replaceAll(LatexSymbols::symbol)).append(math.group());
            at = math.end();
        }
        return out.append(BARE.matcher(text.substring(at)).replaceAll(LatexSymbols::symbol)).toString();
    }

    private static String symbol(MatchResult m) {
        return Matcher.quoteReplacement(SYMBOLS.get(m.group(1)));
    }
}
