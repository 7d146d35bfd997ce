package dev.paperchat.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes a verb made from an adjective with "-en" as the adjective, in every form ("shortens",
 * "shortened", "shortening" as "short"), which the stemmer then reads like "shorter": a question to
 * "shorten chains of thought" meets abstracts of "shorter chains", as "make them shorter" does.
 * Krovetz keeps such verbs apart, as dictionary words of their own.
 */
final class AdjectiveVerbFilter extends TokenFilter {
    /** Verbs of degree whose adjective means the same thing in abstracts; not "harden" or "flatten", which name other operations. */
    static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("shorten", "short"), Map.entry("lengthen", "long"), Map.entry("weaken", "weak"),
            Map.entry("strengthen", "strong"), Map.entry("broaden", "broad"), Map.entry("widen", "wide"),
            Map.entry("deepen", "deep"), Map.entry("sharpen", "sharp"), Map.entry("soften", "soft"),
            Map.entry("tighten", "tight"), Map.entry("loosen", "loose"), Map.entry("lessen", "less"),
            Map.entry("worsen", "worse"), Map.entry("quicken", "quick"), Map.entry("heighten", "high"),
            Map.entry("thicken", "thick"), Map.entry("steepen", "steep"), Map.entry("cheapen", "cheap"));

    /** Every form of each verb, as OpenSearch's synonym rules and this filter read them. */
    static final Map<String, String> FORMS = forms();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AdjectiveVerbFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) return false;
        String adjective = FORMS.get(term.toString());
        if (adjective != null) term.setEmpty().append(adjective);
        return true;
    }

    private static Map<String, String> forms() {
        Map<String, String> forms = new HashMap<>();
        ADJECTIVES.forEach((verb, adjective) -> {
            for (String ending : new String[] {"", "s", "ed", "ing"}) forms.put(verb + ending, adjective);
        });
        return Map.copyOf(forms);
    }
}
