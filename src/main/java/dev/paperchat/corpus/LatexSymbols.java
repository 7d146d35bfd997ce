package dev.paperchat.corpus;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX's symbols written in an abstract's text as the characters they print: "2.3\times greater"
 * and "5.9% $\rightarrow$ 10.9%" read "2.3× greater" and "5.9% → 10.9%". Pages that scrape
 * abstracts drop the backslash and the dollars, leaving "5.9%rightarrow10.9%", which reads so too.
 * A Greek letter alone reads as itself: "$\beta$-Variational" is "β-Variational".
 * Math of more than one symbol ("$O(n \times m)$") is kept as written, as BibTeX keeps it.
 */
final class LatexSymbols {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", "\u00d7"), Map.entry("rightarrow", "\u2192"), Map.entry("to", "\u2192"), Map.entry("leftarrow", "\u2190"),
            Map.entry("approx", "\u2248"), Map.entry("sim", "~"), Map.entry("leq", "\u2264"), Map.entry("le", "\u2264"),
            Map.entry("geq", "\u2265"), Map.entry("ge", "\u2265"), Map.entry("pm", "\u00b1"), Map.entry("cdot", "\u00b7"),
            Map.entry("ll", "\u226a"), Map.entry("gg", "\u226b"), Map.entry("infty", "\u221e"), Map.entry("uparrow", "\u2191"),
            Map.entry("downarrow", "\u2193"),
            // Greek letters, as "$\beta$-VAE" and "β-VAE" name one thing.
            Map.entry("alpha", "\u03b1"),
            Map.entry("beta", "\u03b2"),
            Map.entry("gamma", "\u03b3"),
            Map.entry("delta", "\u03b4"),
            Map.entry("epsilon", "\u03b5"),
            Map.entry("varepsilon", "\u03b5"),
            Map.entry("zeta", "\u03b6"),
            Map.entry("eta", "\u03b7"),
            Map.entry("theta", "\u03b8"),
            Map.entry("iota", "\u03b9"),
            Map.entry("kappa", "\u03ba"),
            Map.entry("lambda", "\u03bb"),
            Map.entry("mu", "\u03bc"),
            Map.entry("nu", "\u03bd"),
            Map.entry("xi", "\u03be"),
            Map.entry("pi", "\u03c0"),
            Map.entry("rho", "\u03c1"),
            Map.entry("sigma", "\u03c3"),
            Map.entry("tau", "\u03c4"),
            Map.entry("upsilon", "\u03c5"),
            Map.entry("phi", "\u03c6"),
            Map.entry("varphi", "\u03c6"),
            Map.entry("chi", "\u03c7"),
            Map.entry("psi", "\u03c8"),
            Map.entry("omega", "\u03c9"),
            Map.entry("Gamma", "\u0393"),
            Map.entry("Delta", "\u0394"),
            Map.entry("Theta", "\u0398"),
            Map.entry("Lambda", "\u039b"),
            Map.entry("Xi", "\u039e"),
            Map.entry("Pi", "\u03a0"),
            Map.entry("Sigma", "\u03a3"),
            Map.entry("Phi", "\u03a6"),
            Map.entry("Psi", "\u03a8"),
            Map.entry("Omega", "\u03a9"));
    private static final String GREEK = "varepsilon|epsilon|varphi|alpha|beta|gamma|delta|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho"
            + "|sigma|tau|upsilon|phi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega";
    private static final String NAMES = "times|rightarrow|leftarrow|uparrow|downarrow|approx|infty|cdot|leq|geq|sim|pm|to|le|ge|ll|gg|" + GREEK;
    /** "$\rightarrow$", "$\times$": a math span of one symbol. */
    private static final Pattern ALONE = Pattern.compile("\\$\\s*\\\\(" + NAMES + ")\\s*\\$");
    private static final Pattern MATH = Pattern.compile("\\$[^$]*\\$");
    /** "2.3\times greater", outside math. */
    private static final Pattern BARE = Pattern.compile("\\\\(" + NAMES + ")(?![A-Za-z])");
    /** What a scrape leaves of "$\rightarrow$" between figures: "5.9%rightarrow10.9%", "66.3 %rightarrow72.9 %". */
    private static final Pattern SCRAPED = Pattern.compile("(?<=[\\d%])\\s?(rightarrow|leftarrow)(?=\\s?[\\d.])");

    /** " \\cite{auer2002}", "~\\citep[p.~3]{a,b}": a reference to a bibliography the abstract does not carry. */
    private static final Pattern CITATION = Pattern.compile("[ ~]*\\\\(?:cite|citep|citet|citealp|citeauthor)\\*?(?:\\[[^\\]]*])?\\{[^{}]*}");

    /** A raised or lowered figure or word; a symbol in it ("\\textsuperscript{\\dag}", a footnote's mark) is left to go with it. */
    private static final Pattern RAISED = Pattern.compile("\\\\textsuperscript\\s*+\\{(?:\\{([\\p{L}\\p{N}+\\-=.,*]++)}|([\\p{L}\\p{N}+\\-=.,*]++))}");
    private static final Pattern LOWERED = Pattern.compile("\\\\textsubscript\\s*+\\{(?:\\{([\\p{L}\\p{N}+\\-=.,*]++)}|([\\p{L}\\p{N}+\\-=.,*]++))}");

    private LatexSymbols() {}

    /** "10\\textsuperscript{6}" as "10" + raised + "6", as HTML's "10<sup>6</sup>" reads "10^6"; "w\\textsubscript{i}" so with lowered. */
    static String raisedAndLowered(String text, String raised, String lowered) {
        String marked = RAISED.matcher(text).replaceAll(Matcher.quoteReplacement(raised) + "$1$2");
        return LOWERED.matcher(marked).replaceAll(Matcher.quoteReplacement(lowered) + "$1$2");
    }

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
