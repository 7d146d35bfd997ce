package dev.paperchat.retrieve;

import dev.paperchat.index.PaperAnalyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Everyday words that abstracts write in their formal words: a reader says a model "beat"
 * o1-preview, or asks for "cheaper" reasoning, where papers write "surpassing" and "cost". No
 * abstract holding the everyday word says nothing of whether the collection covers the question,
 * as it does of "protein" or "quantum": the evidence signal reads the word as its formal ones,
 * as it reads an inflection the stemmer does not join. Search is left as asked.
 */
final class PlainWords {
    private static final Analyzer STEMS = new PaperAnalyzer();
    private static final Map<String, List<String>> FORMAL = formalByStem(Map.of(
            "beat beats beating beaten", List.of("outperform", "surpass", "exceed"),
            "cheap cheaper cheapest", List.of("cost", "efficient", "inexpensive"),
            "tiny", List.of("small"),
            "huge", List.of("large"),
            "quick quicker quickly", List.of("fast", "faster"),
            "shrink shrinks shrinking", List.of("reduce", "compress")));

    private PlainWords() {}

    /** The formal words of an analysed term ("beat" of "beats": "outperform", "surpass", "exceed"); none for others. */
    static List<String> formal(String term) {
        return FORMAL.getOrDefault(term, List.of());
    }

    private static Map<String, List<String>> formalByStem(Map<String, List<String>> byWords) {
        Map<String, List<String>> byStem = new HashMap<>();
        byWords.forEach((words, formal) -> QueryTerms.all(STEMS, "", words.toLowerCase(Locale.ROOT)).forEach(stem -> byStem.put(stem, formal)));
        return Map.copyOf(byStem);
    }
}
