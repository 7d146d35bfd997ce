package dev.paperchat.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes "shorten" and "lengthen" as the adjectives they are made from, in every form
 * ("shortens", "shortened", "shortening" as "short"), which the stemmer then reads like "shorter":
 * a question to "shorten chains of thought" meets abstracts of "shorter chains", as "make them
 * shorter" does. Krovetz keeps such verbs apart, as dictionary words of their own.
 */
final class AdjectiveVerbFilter extends TokenFilter {
    /**
     * The verbs of length only: abstracts write "shorter chains" and "longer reasoning" in the sense
     * of "shorten" and "lengthen". Other such verbs meet other senses of their adjective ("widen"
     * a gap is no "wide range", "soften" labels no "Soft Thinking", "weaken" no "weak supervision").
     */
    static final Map<String, String> ADJECTIVES = Map.of("shorten", "short", "lengthen", "long");

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
