package dev.paperchat.retrieve;

import dev.paperchat.embed.Vocabulary;
import dev.paperchat.index.Fields;
import dev.paperchat.index.Snapshot;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A query's misspelt words mended before the search: a word of four letters or more that no
 * paper uses and the embedding model's vocabulary lacks is searched as the collection's word one
 * slip of the fingers away ("vison" as "vision", "reinforcment" as "reinforcement"; see {@link Typo}). A real word the
 * collection lacks ("plant") is left as written, and so are names: a word with a capital inside
 * ("AlphaFold", "GRPO") or a digit is no misspelling. Their absence is what the evidence signal
 * should see.
 *
 * @param query the query with each mended word replaced
 * @param respelled each mended word and what it was searched as, in the query's order
 */
record Respelling(String query, Map<String, String> respelled) {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}\\p{Ll}{3,}(?![\\p{L}\\p{N}])");

    private static final Pattern ANY_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}++(?![\\p{L}\\p{N}])");
    private static final int SHORT = 4;
    /** A short word in lower case, which may be a small word with two letters swapped: "teh", "adn", "fo". */
    private static final Pattern SMALL = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])\\p{Ll}{2,4}+(?![\\p{L}\\p{N}'\u2019-])");
    /** The small words a question holds, which no search weighs: a slip in one would leave a word no paper uses. */
    private static final Set<String> SMALL_WORDS = Stream.concat(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream().map(w -> new String((char[]) w)),
            Stream.of("what", "which", "how", "does", "did", "do", "from", "about", "have", "has", "can", "use", "uses", "work", "any", "all"))
            .collect(Collectors.toUnmodifiableSet());
    /** British spellings and their American forms: "-isation", "-our", "-tre", "-ogue", "-lled". */
    private static final List<Map.Entry<Pattern, String>> AMERICAN = List.of(
            Map.entry(Pattern.compile("(?<=\\p{L}{3})is(e|ed|es|ing|ation|ations|er|ers)$"), "iz$1"),
            Map.entry(Pattern.compile("(?<=\\p{L}{2})our(s|ed|ing|al|able|ite|ites)?$"), "or$1"),
            Map.entry(Pattern.compile("(?<=\\p{L}{3})tre(s)?$"), "ter$1"),
            Map.entry(Pattern.compile("(?<=\\p{L}{3})ogue(s)?$"), "og$1"),
            Map.entry(Pattern.compile("(?<=\\p{L}{3}[aeiou])ll(ed|ing|er|ers)$"), "l$1"));

    /** The word's American spelling, or the word: tried before a typo, and only taken when the collection uses it. */
    static String american(String word) {
        for (Map.Entry<Pattern, String> rule : AMERICAN) {
            Matcher m = rule.getKey().matcher(word);
            if (m.find()) return m.replaceFirst(rule.getValue());
        }
        return word;
    }

    /** Whether only spaces and marks stand between the text's start or a sentence's end and {@code at}. */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && ".?!:".indexOf(text.charAt(i)) < 0) i--;
        return i < 0 || ".?!:".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The collection's word in the form the typo had: the index holds stems ("learn" of "learning"),
     * so "lerning" is searched and shown as "learning", "methds" as "methods".
     */
    static String inTypedForm(String typed, String spelling) {
        String lower = typed.toLowerCase(Locale.ROOT);
        // "grokking" is "grok" inflected with its last letter doubled, as English does: shown as the word searched, not "groking".
        for (String suffix : SUFFIXES) {
            if (lower.equals(spelling + spelling.charAt(spelling.length() - 1) + suffix)) return spelling;
        }
        for (String suffix : SUFFIXES) {
            if (!lower.endsWith(suffix) || spelling.endsWith(suffix)) continue;
            // "proces" is "process" with a letter dropped, not a plural.
            if (!TitleMatcher.withinOneEdit(lower.substring(0, lower.length() - suffix.length()), spelling)) continue;
            String base = spelling.endsWith("e") && "aeiou".indexOf(suffix.charAt(0)) >= 0 ? spelling.substring(0, spelling.length() - 1) : spelling;
            // "modles" is "models": English writes "-es" only after a hissing sound or an "o".
            return suffix.equals("es") && !SIBILANT_END.matcher(spelling).find() ? spelling + "s" : base + suffix;
        }
        return spelling;
    }

    private static final List<String> SUFFIXES = List.of("ings", "ing", "ers", "er", "ed", "es", "s");
    private static final Pattern SIBILANT_END = Pattern.compile("(?:s|x|z|ch|sh|o)$");

    /**
     * @param vocabulary the words known to be words: without one, no word is taken for a typo
     * @param namePart whether a word (lower case) is part of a name a title writes as one word ("vitae" of "MixtureVitae")
     */
    static Respelling of(String query, Analyzer analyzer, Snapshot snapshot, Vocabulary vocabulary, Predicate<String> namePart) {
        Map<String, String> respelled = new LinkedHashMap<>();
        Matcher small = SMALL.matcher(query);
        while (!vocabulary.isEmpty() && small.find()) {
            String typed = small.group();
            // A text that stops on it may be cut there: "...Reinforcement Learning fo" is "for", cut.
            if (SMALL_WORDS.contains(typed) || vocabulary.knows(typed) || small.end() == query.stripTrailing().length()) continue;
            List<String> meant = SMALL_WORDS.stream().filter(w -> TitleMatcher.swapped(typed, w)).toList();
            if (meant.size() == 1 && snapshot.docFreqs(Fields.CONTENTS, Set.of(typed)).getOrDefault(typed, 0) == 0) respelled.put(typed, meant.get(0));
        }
        Map<String, String> termOf = new LinkedHashMap<>();
        // Words whose stem is a word, as "invents" has "invent", but which may be another word mistyped: the stemmer
        // reads "reasonning" as "reason", where "reasoning" was meant.
        Map<String, String> stemmedTypo = new LinkedHashMap<>();
        Matcher word = WORD.matcher(query);
        while (!vocabulary.isEmpty() && word.find()) {
            // A capital inside a sentence starts a name ("papers by Yann LeCun"), not a typo.
            if (Character.isUpperCase(word.group().charAt(0)) && !startsSentence(query, word.start())) continue;
            List<String> terms = QueryTerms.all(analyzer, Fields.CONTENTS, word.group());
            if (terms.size() != 1 || vocabulary.knows(word.group())) continue;
            if (vocabulary.knows(terms.get(0))) stemmedTypo.put(word.group(), terms.get(0)); else termOf.put(word.group(), terms.get(0));
        }
        if (termOf.isEmpty() && stemmedTypo.isEmpty()) return mended(query, respelled);
        // "memorisation" is "memorization", not the nearest word of the collection ("memorize").
        Map<String, String> american = new LinkedHashMap<>();
        Map<String, String> americanTerm = new LinkedHashMap<>();
        for (String w : termOf.keySet()) {
            String spelt = american(w);
            List<String> terms = spelt.equals(w) ? List.of() : QueryTerms.all(analyzer, Fields.CONTENTS, spelt);
            if (terms.size() == 1) {
                american.put(w, spelt);
                americanTerm.put(w, terms.get(0));
            }
        }
        Set<String> looked = new HashSet<>(termOf.values());
        looked.addAll(americanTerm.values());
        Map<String, Integer> docFreqs = snapshot.docFreqs(Fields.CONTENTS, looked);
        Set<String> missing = new LinkedHashSet<>();
        termOf.forEach((w, t) -> {
            // The stemmer may take a typo further from its word ("efficency" to "efficence"): the word as typed is looked up too.
            if (docFreqs.getOrDefault(t, 0) == 0) missing.addAll(List.of(t, w.toLowerCase(Locale.ROOT)));
        });
        stemmedTypo.keySet().forEach(w -> missing.add(w.toLowerCase(Locale.ROOT)));
        Map<String, String> spellings = missing.isEmpty() ? Map.of() : snapshot.spellings(Fields.CONTENTS, missing);
        stemmedTypo.forEach((w, stem) -> {
            String spelling = spellings.get(w.toLowerCase(Locale.ROOT));
            // "invents" one letter from "invent" is that word inflected, not mistyped.
            boolean other = spelling != null && !spelling.equals(stem) && !QueryTerms.all(analyzer, Fields.CONTENTS, spelling).equals(List.of(stem));
            if (other && Typo.plausible(w.toLowerCase(Locale.ROOT), spelling) && !namePart.test(w.toLowerCase(Locale.ROOT))) {
                respelled.put(w, inTypedForm(w, spelling));
            }
        });
        // "criticise" searched as "criticize" is the same word: searched so, and not told as a word mended.
        Map<String, String> spelledOtherwise = new LinkedHashMap<>();
        termOf.forEach((w, term) -> {
            if (docFreqs.getOrDefault(term, 0) == 0 && docFreqs.getOrDefault(americanTerm.getOrDefault(w, ""), 0) > 0) {
                spelledOtherwise.put(w, american.get(w));
                return;
            }
            // The stem's spelling, or else the typed word's.
            String spelt = spellings.containsKey(term) ? term : w.toLowerCase(Locale.ROOT);
            String spelling = spellings.get(spelt);
            // Four letters changed into four make another word too often ("purr" is not "pure"); a dropped letter ("wich") or two
            // swapped into an English word ("wokr"; "epmo" is EMPO's name mistyped, which names no paper) is a typo.
            boolean typo = spelling != null && Typo.plausible(spelt, spelling) && (w.length() > SHORT || spelling.length() > spelt.length()
                    || TitleMatcher.swapped(spelt, spelling) && vocabulary.knows(spelling));
            if (spelling != null && typo && !namePart.test(w.toLowerCase(Locale.ROOT))) respelled.put(w, inTypedForm(w, spelling));
        });
        return mended(query, respelled, spelledOtherwise);
    }

    private static Respelling mended(String query, Map<String, String> respelled) {
        return mended(query, respelled, Map.of());
    }

    /** @param spelledOtherwise words searched in their other spelling, which are not told */
    private static Respelling mended(String query, Map<String, String> respelled, Map<String, String> spelledOtherwise) {
        if (respelled.isEmpty() && spelledOtherwise.isEmpty()) return new Respelling(query, Map.of());
        Map<String, String> inOrder = new LinkedHashMap<>();
        respelled.entrySet().stream().sorted(Comparator.comparingInt(e -> query.indexOf(e.getKey())))
                .forEach(e -> inOrder.put(e.getKey(), e.getValue()));
        Map<String, String> searched = new LinkedHashMap<>(spelledOtherwise);
        searched.putAll(respelled);
        String mended = ANY_WORD.matcher(query).replaceAll(m -> Matcher.quoteReplacement(searched.getOrDefault(m.group(), m.group())));
        return new Respelling(mended, inOrder);
    }
}
