package dev.paperchat.retrieve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The papers a search found, best first, and whether the collection holds real evidence
 * for the query: when {@code covered} is false, answerers say "not found" instead of guessing.
 * {@code respelled} names the query's misspelt words and what each was searched as; {@code notices}
 * say how the filters were read ("Google DeepMind" as the collection's "Deepmind").
 */
public record SearchResult(String query, List<PaperHit> hits, boolean covered, double confidence, long generation,
                           Map<String, String> respelled, List<String> notices) {
    public SearchResult {
        hits = List.copyOf(hits);
        respelled = Collections.unmodifiableMap(new LinkedHashMap<>(respelled));
        notices = List.copyOf(notices);
    }

    public SearchResult(String query, List<PaperHit> hits, boolean covered, double confidence, long generation) {
        this(query, hits, covered, confidence, generation, Map.of(), List.of());
    }

    public SearchResult withRespelled(Map<String, String> words) {
        return new SearchResult(query, hits, covered, confidence, generation, words, notices);
    }

    public SearchResult withNotices(List<String> said) {
        return new SearchResult(query, hits, covered, confidence, generation, respelled, said);
    }

    /** The same search with its papers in another order, or the first of them. */
    public SearchResult withHits(List<PaperHit> reordered) {
        return new SearchResult(query, reordered, covered, confidence, generation, respelled, notices);
    }

    /** The same papers taken as evidence, where a narrower test than the collection-wide line found it. */
    public SearchResult asCovered() {
        return new SearchResult(query, hits, true, confidence, generation, respelled, notices);
    }

    /** "Searched "vison" as "vision"." for a reader who should know what was searched; empty when nothing was respelt. */
    public String respellingNotice() {
        return respellingNotice(respelled);
    }

    /** The text with each respelt word as it was searched: "reasoning efficiency" for "reasonning efficency". */
    public String respelledIn(String text) {
        String mended = text;
        for (Map.Entry<String, String> word : respelled.entrySet()) {
            mended = mended.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.getKey()) + "(?![\\p{L}\\p{N}])",
                    Matcher.quoteReplacement(word.getValue()));
        }
        return mended;
    }

    /** The same for any search's respelt words. */
    public static String respellingNotice(Map<String, String> respelled) {
        if (respelled.isEmpty()) return "";
        List<String> pairs = respelled.entrySet().stream().map(e -> "\"" + e.getKey() + "\" as \"" + e.getValue() + "\"").toList();
        return "Searched " + String.join(", ", pairs) + ": no paper in the collection uses the word as written.";
    }

}
