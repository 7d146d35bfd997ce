package dev.paperchat.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * The organisations papers come from, in lower case with their number of papers, and which of
 * them an organisation filter means: a reader writes "Google DeepMind" or "deep mind" where the
 * collection says "Deepmind", and an empty result would not tell them why.
 */
public record Organisations(Map<String, Integer> papers) {
    private static final LevenshteinDistance EDITS = new LevenshteinDistance();
    /** The likeness of spelling (1 less the share of letters changed) of a name misspelt: two slips in seven letters. */
    private static final float TYPO = 0.7f;

    public Organisations {
        papers = Map.copyOf(papers);
    }

    /**
     * The stored name {@code asked} means: itself in any case, the same letters apart ("deep
     * mind"), or the one name whose distinctive words are all among its own or hold them all
     * ("Google DeepMind" for "Deepmind", "Waterloo" or "Waterloo University" for "University of
     * Waterloo", "Alibaba Group" for "alibaba-inc"); none when no name or several do. Words any
     * organisation may have ("lab", "university", "inc") tell none apart.
     */
    public Optional<String> meant(String asked) {
        String lower = asked.strip().toLowerCase(Locale.ROOT);
        if (papers.containsKey(lower)) return Optional.of(lower);
        List<String> words = words(lower);
        if (words.isEmpty()) return Optional.empty();
        List<String> sameLetters = papers.keySet().stream().filter(name -> String.join("", words(name)).equals(String.join("", words))).toList();
        if (sameLetters.size() == 1) return Optional.of(sameLetters.get(0));
        Set<String> given = distinctive(words);
        List<String> related = papers.keySet().stream().filter(name -> {
            Set<String> stored = distinctive(words(name));
            return !stored.isEmpty() && !given.isEmpty() && (given.containsAll(stored) || stored.containsAll(given) && names(given));
        }).toList();
        return related.size() == 1 ? Optional.of(related.get(0)) : Optional.empty();
    }

    /** Whether the name is an organisation's: one the collection has, or a company whose labs papers name apart ("Google"). */
    public boolean isOrganisation(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (PARTS.containsKey(lower)) return true;
        Optional<String> meant = meant(lower);
        // "NVIDIA A40 GPUs" holds NVIDIA's name and a product's: the name is the organisation's alone.
        return meant.isPresent() && distinctive(words(lower)).stream().allMatch(word -> words(meant.get()).contains(word) || PARTS.containsKey(word));
    }

    /** Whether {@code written} names the stored organisation, or a company it is part of: "Google DeepMind" and "Google" name "Deepmind". */
    public boolean sameAs(String written, String stored) {
        String name = written.strip().toLowerCase(Locale.ROOT), lower = stored.strip().toLowerCase(Locale.ROOT);
        if (meant(name).filter(lower::equals).isPresent()) return true;
        List<String> storedWords = words(lower);
        // "Google" of "Google Research", where the collection's Google Brain makes "Google" mean neither.
        Set<String> given = distinctive(words(name));
        return !given.isEmpty() && storedWords.containsAll(given) || PARTS.getOrDefault(name, List.of()).stream().anyMatch(storedWords::contains);
    }

    /** Whether a stored name is {@code asked} but for a slip of the fingers or two: "Tencnet" for tencent. */
    public boolean misspelt(String asked) {
        String lower = asked.strip().toLowerCase(Locale.ROOT);
        return lower.length() >= 4 && !papers.containsKey(lower) && papers.keySet().stream().anyMatch(name -> EDITS.getDistance(name, lower) >= TYPO);
    }

    /**
     * Up to {@code n} stored names nearest {@code asked}: sharing a word first (a word of a part of the company
     * asked: "Google" is near "Deepmind"), then by likeness of spelling.
     */
    public List<String> nearest(String asked, int n) {
        String lower = asked.strip().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(words(lower));
        List.copyOf(words).forEach(word -> words.addAll(PARTS.getOrDefault(word, List.of())));
        Comparator<String> sharing = Comparator.comparing(name -> words(name).stream().noneMatch(words::contains));
        return papers.keySet().stream()
                .filter(name -> words(name).stream().anyMatch(words::contains) || EDITS.getDistance(name, lower) >= 0.5f)
                .sorted(sharing.thenComparing(name -> -EDITS.getDistance(name, lower)).thenComparing(Comparator.naturalOrder()))
                .limit(n).toList();
    }

    /** Most papers first, then by name. */
    public List<Map.Entry<String, Integer>> byPapers() {
        return papers.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** A name's words less those any organisation's name may have. */
    private static Set<String> distinctive(List<String> words) {
        return words.stream().filter(w -> !GENERIC.contains(w)).collect(Collectors.toSet());
    }

    /** "ai" alone is within "Om AI Lab" too, but too short to name it. */
    private static boolean names(Set<String> words) {
        return words.stream().anyMatch(w -> w.length() >= 3);
    }

    /** Companies and their labs that papers name apart: a reader asking for Google's papers may mean DeepMind's. */
    private static final Map<String, List<String>> PARTS = Map.of("google", List.of("deepmind", "brain"), "alphabet", List.of("google", "deepmind"),
            "meta", List.of("fair", "facebook"), "facebook", List.of("meta", "fair"), "alibaba", List.of("qwen", "damo"),
            "microsoft", List.of("msr"), "amazon", List.of("aws"), "bytedance", List.of("seed", "doubao"));

    private static final Set<String> GENERIC = Set.of("the", "of", "and", "for", "at", "von", "der", "des", "und", "de", "inc", "ltd", "llc",
            "corp", "corporation", "company", "co", "group", "lab", "labs", "laboratory", "laboratories", "university", "institute", "team",
            "college", "school", "center", "centre", "academy", "department", "dept");
}
