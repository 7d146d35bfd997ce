package dev.paperchat.corpus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Title normalisation, and the stable paper id derived from it. */
public final class Titles {
    private Titles() {}

    /** Lower case, accents and punctuation removed, runs of space folded: "Quiet-STaR: ..." -> "quiet star ...". */
    public static String normalize(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The title as a work key: normalised, LaTeX commands and braces gone, trailing version notes
     * ("(v2)", "[preprint]", "extended version") removed, so a preprint and its published version match.
     */
    public static String workKey(String title) {
        String s = title.replaceAll("\\\\[a-zA-Z]+\\s*", "").replaceAll("[{}]", "");
        s = normalize(s);
        // An empty key would make every title of no letter or digit ("???", an emoji) one work.
        if (s.isEmpty()) return title.strip();
        return s.replaceAll("\\s+(v\\d+|preprint|extended version|full version|technical report|arxiv)$", "").strip();
    }

    /** The share of their words two titles must have in common to be one work's, differently worded. */
    private static final double ALIKE_WORDS = 0.5;

    /**
     * Whether two titles may be one work's, as a preprint's and its published version's are: the same key, one the
     * other's start ("Quiet-STaR" and "Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking"), or
     * half their words in common.
     */
    public static boolean alike(String a, String b) {
        String x = workKey(a), y = workKey(b);
        if (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ")) return true;
        Set<String> first = new HashSet<>(Arrays.asList(x.split(" "))), second = new HashSet<>(Arrays.asList(y.split(" ")));
        Set<String> both = new HashSet<>(first);
        both.retainAll(second);
        first.addAll(second);
        return both.size() >= ALIKE_WORDS * first.size();
    }

    /**
     * A readable, stable id: the first words of the normalised title and a hash of all of it,
     * e.g. "quiet-star-language-models-can-3f2a9c". The same title always gives the same id.
     */
    public static String id(String title) {
        String normalized = normalize(title);
        StringBuilder slug = new StringBuilder();
        for (String word : normalized.split(" ")) {
            if (word.isEmpty() || slug.length() + word.length() > 40) break;
            slug.append(word).append('-');
        }
        // A title of no letter or digit ("???", an emoji) normalises to nothing: its own characters tell it apart.
        return slug + Hash.sha256(normalized.isEmpty() ? title.strip() : normalized).substring(0, 6);
    }
}
