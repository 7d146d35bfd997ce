package dev.paperchat.answer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question that is not in English. The abstracts are English and the word search stems
 * English, so such a question finds papers by meaning alone, and weakly: the reader is told,
 * rather than handed unrelated papers as if the collection had nothing.
 */
public final class ForeignQuestion {
    static final String NOTICE = "The question seems not to be in English: the papers' abstracts are, and the search reads English words, "
            + "so it found papers by meaning alone; asking in English finds more.";
    /**
     * Words common in Spanish, French, German, Italian and Portuguese questions and rare in English
     * ones; not German "was" and "die", which English questions use ("What was published in March 2025?").
     */
    private static final Set<String> FOREIGN_WORDS = Set.of("qué", "que", "cómo", "como", "cuál", "cuáles", "los", "las", "el", "del",
            "para", "por", "una", "uno", "es", "son", "en", "y", "con", "sobre", "quels", "quelles", "quel", "quelle", "comment",
            "les", "des", "du", "de", "le", "la", "est", "sont", "pour", "avec", "dans", "sur", "et", "une", "welche", "welcher", "wie", "wer", "hat", "wurde", "wurden", "oder", "der",
            "das", "den", "dem", "und", "ist", "sind", "mit", "für", "über", "ein", "eine", "bei", "von", "zu", "im", "auf", "nicht", "wird", "werden", "quali", "quale", "gli", "della", "delle", "sono",
            "quais", "qual", "são", "não", "um", "uma", "beim", "zum", "zur", "auch", "gibt", "dass", "sich", "einer", "einen", "eines",
            "welches", "warum", "pourquoi", "existe", "existen", "hay", "il");
    /**
     * Words that open a question in those languages and never an English one: "Welche Papiere
     * untersuchen Entropie-Kollaps?" is German, though most of its words are terms.
     */
    private static final Set<String> OPENERS = Set.of("welche", "welcher", "welches", "warum", "qué", "cuál", "cuáles", "cómo", "quels",
            "quelles", "pourquoi", "quali", "quais");
    /** Openers that English also writes, as a name or a word ("Wie et al.", "Comment generation", "Hay fever"): with another foreign word only. */
    private static final Set<String> WEAK_OPENERS = Set.of("wie", "wer", "gibt", "quel", "quelle", "comment", "quale", "qual", "existem",
            "existen", "existe", "hay");

    /** The notice of a search whose query is not in English. */
    public static final String SEARCH_NOTICE = "The query seems not to be in English: the papers' abstracts are, and the search reads English words, "
            + "so it found papers by meaning alone; a search in English finds more.";

    /** The notice of a lookup whose claim or title is not in English. */
    public static final String LOOKUP_NOTICE = "This seems not to be in English: the papers' titles and abstracts are, and the search reads English words, "
            + "so it matched by meaning alone; a lookup in English finds more.";

    private ForeignQuestion() {}

    /**
     * Whether a sentence of prose (an LLM's answer) is in one of those languages: three of their words at least, a fifth of
     * its words, German "die" and "als" among them, which English papers' prose seldom writes; its names and terms are English.
     */
    static boolean written(String sentence) {
        String[] words = Arrays.stream(sentence.toLowerCase(Locale.ROOT).replaceAll("\\bet al\\b", " ").split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        long foreign = Arrays.stream(words).filter(w -> FOREIGN_WORDS.contains(w) || PROSE_WORDS.contains(w)).count();
        return foreign >= 3 && foreign * 5 >= words.length;
    }

    private static final Set<String> PROSE_WORDS = Set.of("die", "als", "sie", "nur", "durch", "zwischen", "mais", "aussi", "también");

    /** Two Chinese, Japanese or Korean characters in a row: a word or two, which no English question writes. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]{2}");

    public static boolean asked(String question) {
        // "LayerCast是什么？": its Latin letters are a name's, each of the others a word's.
        if (CJK.matcher(question).find()) return true;
        long letters = question.codePoints().filter(Character::isLetter).count();
        if (letters == 0) return false;
        long latin = question.codePoints().filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        // Names and terms in Latin letters ("GRPO", "RL") may sit in a question in another script.
        if (latin * 2 < letters) return true;
        // "Wie et al. propose...": a citation's "et al." is English prose's too.
        String[] words = Arrays.stream(question.toLowerCase(Locale.ROOT).replaceAll("\\bet al\\b", " ").split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        long foreign = Arrays.stream(words).filter(FOREIGN_WORDS::contains).count();
        boolean opens = words.length >= 3 && (OPENERS.contains(words[0])
                || WEAK_OPENERS.contains(words[0]) && Arrays.stream(words).skip(1).anyMatch(FOREIGN_WORDS::contains));
        return question.contains("¿") || opens || words.length >= 3 && foreign * 3 >= words.length;
    }
}
