package dev.paperchat.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Gives "shorten" and "lengthen", in every form ("shortens", "shortened", "shortening"), the
 * adjective they are made from as a second term at the same place: a question to "shorten chains
 * of thought" meets abstracts of "shorter chains", as "make them shorter" does, while an abstract
 * that says "shorten" matches it on both terms and comes first. Krovetz keeps such verbs apart, as
 * dictionary words of their own.
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
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State verb;
    private String adjective;

    AdjectiveVerbFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (adjective != null) {
            restoreState(verb);
            term.setEmpty().append(adjective);
            position.setPositionIncrement(0);
            adjective = null;
            return true;
        }
        if (!input.incrementToken()) return false;
        adjective = FORMS.get(term.toString());
        if (adjective != null) verb = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        adjective = null;
        verb = null;
    }

    private static Map<String, String> forms() {
        Map<String, String> forms = new HashMap<>();
        ADJECTIVES.forEach((verb, adjective) -> {
            for (String ending : new String[] {"", "s", "ed", "ing"}) forms.put(verb + ending, adjective);
        });
        return Map.copyOf(forms);
    }
}
