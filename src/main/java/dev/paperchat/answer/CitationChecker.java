package dev.paperchat.answer;

import dev.paperchat.corpus.ModelNames;
import dev.paperchat.corpus.Numbers;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.corpus.Specifics;
import dev.paperchat.embed.Embedder;
import dev.paperchat.index.PaperAnalyzer;
import dev.paperchat.retrieve.Opposites;
import dev.paperchat.retrieve.QueryTerms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;

/**
 * Checks a generated answer against its sources: markers that point to no source are removed
 * and reported; a sentence with no marker, or whose cited sources hold no sentence close to it
 * in words and meaning, is flagged unsupported; each citation quotes the cited abstract's best
 * supporting sentence verbatim.
 */
public final class CitationChecker {
    /** "[2]", "[2, 3]", "[ 2 ]"; four digits are a year ("[2024]"), not a source. */
    private static final Pattern MARKER = Pattern.compile("\\[\\s*(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)\\s*]");
    private static final Pattern RANGE = Pattern.compile("\\[\\s*(\\d{1,3})\\s*[-\u2013]\\s*(\\d{1,3})\\s*]");
    /** Bold marks: "**Clip-Cov:**" is the words "Clip-Cov:". */
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    /** A word a local model writes before a source's number: "Source 1", "source: 2", "doc 3"; in square brackets "S1" too. */
    private static final String SOURCE_WORD = "(?:(?:sources?|docs?|documents?|citations?|refs?|references?)\\s*:?\\s*)";
    private static final String SQUARE_SOURCE_WORD = "(?:(?:sources?|docs?|documents?|citations?|refs?|references?|s)\\s*:?\\s*)";
    /** Superscript digits, zero to nine: footnote markers. */
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    /** At most ten numbers in one marker: no marker runs past what the stream holds back to read it. */
    private static final String NUMBERS_AFTER = "(?:\\s*(?:[,;]|and)\\s*%s?\\d{1,3}){0,9}";
    /**
     * Markers as local models write them: "[Source 1]", "(source 2, 3)", "[source 1, source 2]",
     * "[Source: 1]", "[S1]", "[doc 1]", "[citation:3]", "[1; 2]", "[^2]", "【1】", "[3†source]", a markdown link
     * "[1](#source-1)". Read as "[1]", they
     * are checked as the prompt's own are, not taken for sentences without a citation. A number
     * in round brackets alone ("(1) the cost") is an enumeration, not a marker.
     */
    private static final Pattern MARKER_VARIANT = Pattern.compile("(?i)\\[\\s*" + SQUARE_SOURCE_WORD + "(\\d{1,3}" + NUMBERS_AFTER.formatted(SQUARE_SOURCE_WORD)
            + ")\\s*]|\\(\\s*" + SOURCE_WORD + "(\\d{1,3}" + NUMBERS_AFTER.formatted(SOURCE_WORD) + ")\\s*\\)"
            + "|\\[\\s*(\\d{1,3}(?:\\s*;\\s*\\d{1,3}){1,9})\\s*]"
            + "|\\[\\^(\\d{1,3})]|\u3010\\s*(\\d{1,3})(?:\u2020[^\u3011]{0,60})?\\s*\u3011|\\[(\\d{1,3})\u2020[^\\]]{0,60}]"
            + "|\\[(\\d{1,3})]\\(#[^()\\s]{0,40}\\)"
            // A footnote's superscript after a word, a full stop or a bracket ("collapse.\u00b9", "(GRPO)\u00b9"), not a power: "10\u00b2",
            // "O(n\u00b2)", "R\u00b2", "km\u00b2".
            + "|(?:(?<=\\p{L}{2})(?<!\\b[kcmn]m)|(?<=[.,;:!?)\\]]))([" + SUPERSCRIPTS + "]{1,2})(?![" + SUPERSCRIPTS + "])");
    /** Any marker the answer may hold, the prompt's own or a local model's. */
    private static final Pattern ANY_MARKER = Pattern.compile(MARKER.pattern() + "|" + RANGE.pattern() + "|" + MARKER_VARIANT.pattern());
    /** A source's number inside a marker. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    /** Words in quotation marks of any kind (“”, "", ‘’, «», „“), each pair in turn: what a claim says a paper writes, word for word. */
    private static final Pattern QUOTED = Pattern.compile("[\u201c\"]([^\u201c\u201d\"]*)[\u201d\"]|\u2018([^\u2018\u2019]*)\u2019|\u00ab([^\u00ab\u00bb]*)\u00bb"
            + "|\u201e([^\u201e\u201c\u201d]*)[\u201c\u201d]");
    /**
     * A marker inside a sentence before a comma or semicolon ends the claim it cites: "Coconut feeds
     * the hidden state back [1], whereas Soft Thinking mixes embeddings [2]" is two claims.
     */
    private static final Pattern MID_SENTENCE_MARKER = Pattern.compile("(?<=\\d])\\s*[,;]\\s+(?=\\p{L})");
    /** A list item's bullet or number. */
    private static final Pattern ITEM_MARKER = Pattern.compile("^\\s*(?:[-*]|\\d+[.)])\\s+");
    /** A list item or heading begins a block of its own. */
    private static final Pattern BLOCK_START = Pattern.compile("\\s*(?:[-*]|\\d+[.)]|#{1,6})\\s");
    /** A markdown heading is no claim. */
    private static final Pattern HEADING = Pattern.compile("\\s*#{1,6}\\s");
    /** A marker with the space before it: "on Mars [1]." is the claim "on Mars." */
    private static final Pattern MARKED = Pattern.compile("\\s*" + MARKER.pattern());
    /** A sentence's end followed by markers: "X. [1][2]" is read as "X [1][2]." */
    private static final Pattern TRAILING_MARKERS = Pattern.compile("([.!?])((?:[ \\t]*" + MARKER.pattern() + ")+)");
    /** Below this blend of cosine and word overlap a cited sentence is not taken as support. */
    static final double MIN_SUPPORT = 0.55;
    /** A claim that says something is not so. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|cannot|neither|nor|none)\\b|n't\\b");
    /** A sentence that may say so: a negation, or words that deny or limit ("without", "fails to", "lacks"). */
    private static final Pattern DENIAL = Pattern.compile(NEGATION.pattern()
            + "|(?i)\\b(?:without|fail(?:s|ed|ing)?|lack(?:s|ed|ing)?|unable|absen(?:t|ce)|instead|rather|avoid(?:s|ed|ing)?|free|little|few|only"
            // What stays as it was: "a constant-size state" says the state does not grow.
            + "|constant|fixed|unchanged|adher(?:e|es|ed|ing))\\b");
    /** A second clause after a colon or semicolon. */
    private static final Pattern RESTATED = Pattern.compile("\\p{L}[:;]\\s+\\p{L}");
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(?:but|while|whereas|unlike|although|though|instead)\\b");
    /** A reply that says the sources hold no answer, in the words of the system prompt or others. */
    private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(?:do(?:es)?\\s+not|don't|doesn't|cannot|can't|could\\s+not|couldn't|did\\s+not|didn't)"
            + "\\s+(?:seem\\s+to\\s+|appear\\s+to\\s+)?(?:cover|answer|address|contain|mention|discuss|provide|include|say|state)\\b"
            + "|\\bnot\\s+covered\\b|\\bno\\s+(?:information|answer)\\b|\\b(?:don't|do\\s+not)\\s+know\\b"
            + "|\\bnone\\s+of\\s+the\\s+(?:(?:provided|given|listed|numbered|above)\\s+)?(?:abstracts|sources|papers|documents)\\b|\\bnot\\s+(?:possible|able)\\s+to\\s+(?:determine|tell|say|answer)\\b"
            + "|\\bcannot\\s+be\\s+(?:determined|answered)\\b|\\bnot\\s+in\\s+the\\s+(?:sources|abstracts|collection)\\b"
            + "|\\b(?:do|does)\\s+not\\s+(?:specify|explain|describe)\\b");

    private static final Analyzer STEMS = new PaperAnalyzer();
    /** A name: a word with a capital after its first letter or a digit ("Lp-Reg", "ETTRL", "GPT-4o"), of letters, digits and hyphens. */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}-])(?=[\\p{L}\\p{N}-]*(?:\\p{L}[\\p{L}\\p{N}-]*\\p{Lu}|\\p{L}[\\p{L}-]*\\p{N}))"
            + "\\p{L}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}])");
    private static final Pattern CLAIM_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    /**
     * Stems not counted as what a claim says: words that speak of a paper rather than of what it
     * found ("method", "propose"), and function words beyond the stop words the analyser drops.
     */
    private static final Set<String> NOT_COUNTED = Set.of("paper", "study", "work", "author", "propose", "introduce", "present",
            "method", "approach", "technique", "framework", "show", "demonstrate", "find", "report", "based", "using", "use", "via",
            "way", "according", "also", "both", "each", "other", "more", "most", "can", "may", "which", "while", "whereas", "without",
            "any", "among", "those", "some", "all", "very", "much", "many", "across", "between", "within", "upon", "per", "than", "here",
            "only", "just", "even", "still", "every", "another", "same", "though", "although", "because", "since", "until", "about",
            "above", "below", "over", "under", "after", "before", "during", "through", "around", "whether", "either", "neither", "whose",
            "whom", "what", "when", "where", "who", "how", "why", "its", "our", "we", "she", "him", "her", "them", "one", "two", "three",
            "several", "least", "rather", "instead", "thus", "therefore", "however", "well", "like", "so", "yet", "onto", "toward",
            "towards", "against", "along",
            // A figure's unit is the figures' check: "3.4 times", "60 percent" are no words a source must use.
            "time", "times", "percent", "point", "points", "fold");

    private final Embedder embedder;

    public CitationChecker(Embedder embedder) {
        this.embedder = embedder;
    }

    public record Checked(String text, List<Citation> citations, List<String> notices, List<Answer.Unsupported> unsupported) {}

    private static final String OTHER_LANGUAGE = "not written in the sources' language, so it cannot be checked against them";

    public Checked check(String answer, List<AnswerSource> sources) {
        List<String> notices = new ArrayList<>();
        String text = withValidMarkers(answer, sources.size(), notices).strip();
        // An answer in German is German in its short sentences too ("Lp-Reg ermöglicht stabiles Training für 1.000 Schritte.").
        boolean otherLanguage = ForeignQuestion.written(text);
        List<Citation> citations = new ArrayList<>();
        List<Answer.Unsupported> unsupported = new ArrayList<>();
        for (String sentence : claims(text)) {
            Set<Integer> markers = markers(sentence);
            String claim = BOLD.matcher(MARKED.matcher(sentence).replaceAll("")).replaceAll("").strip();
            if (!claim.matches("(?s).*\\p{L}.*") || HEADING.matcher(sentence).lookingAt()) continue;
            if (markers.isEmpty() && refusal(claim)) continue;
            if (markers.isEmpty()) {
                // "Lp-Reg fails." is a claim however short; "In short:" and "Papers on this:" introduce one.
                if (claim.split("\\s+").length >= 2 && !claim.endsWith(":")) unsupported.add(new Answer.Unsupported(claim, "no citation", 0));
                continue;
            }
            // Every marker gets its source's best sentence, so that each one the reader sees shows
            // a quote; the claim is supported if one of them states it, and each source only if it does.
            List<Support> supports = supports(claim, markers, sources);
            double best = supports.stream().mapToDouble(Support::score).max().orElse(0);
            Optional<String> doubt = otherLanguage ? Optional.of(OTHER_LANGUAGE) : doubt(claim, markers, supports, sources, best);
            doubt.ifPresent(reason -> unsupported.add(new Answer.Unsupported(claim, reason, Math.round(best * 1000) / 1000.0)));
            // Each cited source on its own: a paper cited beside the one that states the claim backs nothing by being there.
            supports.forEach(support -> addCitation(citations, support, claim, doubt.isEmpty() && support.score() >= MIN_SUPPORT));
        }
        return new Checked(text, citations, notices, unsupported);
    }

    /**
     * Why the cited sources may not back the claim: no sentence close to it; a number that none of
     * them writes ("99.9%" for their "83.1%"); words they never use for most of what it says; a
     * negation that the sentences closest to it lack ("does not enable" for "enables"); or the
     * opposite of its closest sentence ("less likely" for "more likely", "requires fine-tuning" for
     * "requires no fine-tuning"). Close wording alone would pass them all.
     */
    private static Optional<String> doubt(String claim, Set<Integer> markers, List<Support> supports, List<AnswerSource> sources, double best) {
        StringBuilder cited = new StringBuilder();
        for (int marker : markers) cited.append(sources.get(marker - 1).title()).append('\n').append(sources.get(marker - 1).abstractText()).append('\n');
        // The check reads words: a claim in another script than its sources' has none in common with them, and its closeness means nothing.
        if (script(claim) != script(cited.toString())) return Optional.of("not written in the sources' script, so it cannot be checked against them");
        // Nor one in another language of their script: "Lp-Reg beschränkt die Aktualisierung" shares names with them and no words.
        if (ForeignQuestion.written(claim)) return Optional.of(OTHER_LANGUAGE);
        if (best < MIN_SUPPORT) return Optional.of("cited sources do not state this");
        Optional<String> misquoted = misquoted(claim, cited.toString());
        if (misquoted.isPresent()) return misquoted;
        List<String> unstated = new ArrayList<>(Specifics.unstated(claim, cited.toString()));
        Specifics.everyCaseUnstated(claim, cited.toString()).ifPresent(unstated::add);
        if (!unstated.isEmpty()) return Optional.of("cited sources do not state " + String.join(", ", unstated));
        List<String> elsewhere = namesOfOtherSources(claim, markers, sources);
        if (!elsewhere.isEmpty()) return Optional.of("cited sources do not mention " + String.join(", ", elsewhere) + ", which another source does");
        List<String> foreign = foreignWords(claim, cited.toString());
        if (!foreign.isEmpty()) return Optional.of("cited sources do not mention " + String.join(", ", foreign));
        boolean denied = supports.stream().anyMatch(s -> DENIAL.matcher(s.sentence().of(s.source().abstractText())).find());
        // "Baselines collapse, but Lp-Reg does not": a negation set against another clause restates a contrast the source draws in its own words.
        // So does a second clause that restates it ("not more accurate: shorter chains are"; "does not change; it mainly adjusts").
        boolean contrast = CONTRAST.matcher(claim).find() || RESTATED.matcher(claim).find();
        boolean negated = NEGATION.matcher(claim).find();
        if (negated && !denied && !contrast) return Optional.of("cited sources do not say this is not so");
        // The sentence it stands closest to says the opposite, whatever else the sources say.
        Support closest = supports.stream().max(Comparator.comparingDouble(Support::score)).orElseThrow();
        String sentence = closest.sentence().of(closest.source().abstractText());
        if (!contrast) return Opposites.of(claim, sentence, negated);
        // A contrast is read clause by clause, each against the sentence's clause it shares most words with:
        // "uses 40% more tokens, while performing similarly" still says "more" of what the source says is "fewer".
        List<String> sentenceClauses = List.of(CONTRAST.split(sentence));
        for (String clause : CONTRAST.split(claim)) {
            if (clause.strip().split("\\s+").length < 3) continue;
            Set<String> words = words(clause);
            String against = sentenceClauses.stream().max(Comparator.comparingDouble(c -> overlap(words, words(c)))).orElse(sentence);
            Optional<String> opposite = Opposites.of(clause, against, NEGATION.matcher(clause).find());
            if (opposite.isPresent()) return opposite;
        }
        return Optional.empty();
    }

    /**
     * Words the claim quotes that the cited sources do not write, in that order: a quotation is a
     * promise of the source's own words. Parts joined by an ellipsis are each checked; case,
     * punctuation and spacing are not.
     */
    static Optional<String> misquoted(String claim, String cited) {
        String source = " " + squeezed(cited) + " ";
        Matcher quote = QUOTED.matcher(claim);
        while (quote.find()) {
            String quoted = IntStream.rangeClosed(1, quote.groupCount()).mapToObj(quote::group).filter(Objects::nonNull)
                    .findFirst().orElse("");
            for (String part : quoted.split("\\.{3}|\u2026")) {
                String words = squeezed(part);
                if (words.split(" ").length >= 3 && !source.contains(" " + words + " ")) {
                    return Optional.of("cited sources do not write the quoted words \u201c" + part.strip() + "\u201d");
                }
            }
        }
        return Optional.empty();
    }

    private static String squeezed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The names in the claim ("Lp-Reg", "ETTRL") that another of the answer's sources writes and the
     * cited ones do not: a method credited to the wrong paper. Only a name few of the sources write
     * counts; one most of them share ("RL", "LLMs") is the field's.
     */
    static List<String> namesOfOtherSources(String claim, Set<Integer> markers, List<AnswerSource> sources) {
        List<String> names = new ArrayList<>();
        List<String[]> words = sources.stream().map(source -> ModelNames.spellingWords(source.title() + "\n" + source.abstractText())).toList();
        Matcher word = NAME.matcher(claim);
        while (word.find()) {
            String name = word.group();
            if (names.contains(name)) continue;
            List<Integer> writers = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) if (ModelNames.writesInAnySpelling(words.get(i), name)) writers.add(sources.get(i).number());
            boolean cited = markers.stream().anyMatch(m -> writers.contains(m) || ModelNames.spelledOutIn(name, sources.get(m - 1).abstractText()));
            if (!writers.isEmpty() && writers.size() <= Math.max(1, sources.size() / 3) && !cited) names.add(name);
        }
        return names;
    }

    /** The script most of a text's letters are written in: Latin, Han, Cyrillic... */
    static Character.UnicodeScript script(String text) {
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(c -> letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Character.UnicodeScript.COMMON);
    }

    /**
     * The claim's words that the cited titles and abstracts never use, in any form, when they are
     * most of what it says: "Lp-Reg makes training unstable" of an abstract on stable training, "UloRL
     * is a speech recognition dataset". Names (a capital inside the sentence) and words about the
     * paper rather than the claim ("method", "propose") are not counted. Close in meaning to the
     * sentence it cites, such a claim would pass the support line on the name it shares.
     */
    static List<String> foreignWords(String claim, String cited) {
        Set<String> used = new HashSet<>(QueryTerms.all(STEMS, "", cited.toLowerCase(Locale.ROOT)));
        List<String> content = new ArrayList<>(), foreign = new ArrayList<>();
        boolean subjectSeen = false;
        Matcher word = CLAIM_WORD.matcher(claim);
        while (word.find()) {
            String w = word.group();
            boolean name = !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT)) || word.start() > 0 && Character.isUpperCase(w.charAt(0))
                    || w.matches(".*\\d.*");
            // The first name is the claim's subject, which any claim about the paper shares; the names it
            // lists after it ("Direct Answer, Short CoT") are what it says, as its other words are. Digits are the numbers' check.
            if (name && (!subjectSeen || w.matches(".*\\d.*"))) {
                subjectSeen = true;
                continue;
            }
            for (String stem : QueryTerms.all(STEMS, "", w.toLowerCase(Locale.ROOT))) {
                if (stem.length() < 3 || NOT_COUNTED.contains(stem) || content.contains(stem)) continue;
                content.add(stem);
                if (!used.contains(stem)) foreign.add(w);
            }
        }
        return foreign.size() >= 2 && foreign.size() * 2 > content.size() ? foreign : List.of();
    }

    /** Whether the text holds a citation marker of any style the checker reads ("[2]", "[Source 1]", "[S1]", "[^1]"). */
    static boolean cites(String text) {
        return ANY_MARKER.matcher(text).find();
    }

    /** Whether a reply says the sources hold no answer: the system prompt's sentence, or another way of saying it, with no citation. */
    static boolean refuses(String reply) {
        if (MARKER.matcher(reply).find()) return false;
        List<String> sentences = claims(reply.strip());
        return !sentences.isEmpty() && refusal(sentences.get(0));
    }

    /** The system prompt's "does not seem to cover" is one of the ways. */
    private static boolean refusal(String sentence) {
        return REFUSAL.matcher(sentence).find();
    }

    /**
     * The answer's claims, each with its markers: the sentences of each paragraph and of each list
     * item or heading (a list answer's items often have no full stop), with markers written after
     * a sentence's full stop ("A does X. [1] B does Y. [2]") taken as that sentence's. A paragraph
     * wrapped over several lines is one text.
     */
    static List<String> claims(String text) {
        List<Block> blocks = new ArrayList<>();
        boolean joinable = false, code = false, references = false;
        for (String line : TRAILING_MARKERS.matcher(text).replaceAll("$2$1").split("\\R")) {
            boolean starts = BLOCK_START.matcher(line).lookingAt();
            boolean fence = FENCE.matcher(line).lookingAt();
            references |= REFERENCES_HEADING.matcher(line).matches();
            if (fence || code || references || NOTE_DEFINITION.matcher(line).lookingAt()) {
                // Code, a list of references and a footnote's definition are no claims; a fence ends the paragraph before it.
                code ^= fence;
                joinable = false;
            } else if (TABLE_ROW.matcher(line).lookingAt()) {
                tableRow(line, blocks);
                joinable = false;
            } else if (line.isBlank()) {
                joinable = false;
            } else if (joinable && !starts) {
                blocks.set(blocks.size() - 1, new Block(blocks.getLast().text() + " " + line.strip(), false));
            } else {
                blocks.add(new Block(line, false));
                joinable = true;
            }
        }
        List<String> claims = new ArrayList<>();
        for (Block block : blocks) {
            if (block.row()) {
                claims.add(block.text());
                continue;
            }
            // "1. Another" would end a sentence at "1.": the item's marker goes before splitting.
            String item = ITEM_MARKER.matcher(block.text()).replaceFirst("");
            for (Span span : Sentences.split(item)) claims.addAll(withLeadIns(MID_SENTENCE_MARKER.split(span.of(item))));
        }
        return claims;
    }

    /** A paragraph, list item or heading of an answer, or a row of a table, which is one claim whatever its full stops. */
    private record Block(String text, boolean row) {}

    /** A markdown code fence, "```" or "~~~", with its language. */
    private static final Pattern FENCE = Pattern.compile("\\s*(?:```|~~~)");
    /** "References:", "**Sources**", "## Bibliography": what follows lists the sources, which is no claim. */
    private static final Pattern REFERENCES_HEADING = Pattern.compile("(?i)\\s*(?:#{1,6}\\s*)?(?:\\*\\*)?(?:references|sources|bibliography|citations|works\\s+cited)"
            + "(?:\\*\\*)?\\s*:?\\s*(?:\\*\\*)?\\s*");
    /** "[1]: The Entropy Mechanism of ...", a footnote's definition ("[^1]: ..." read as "[1]: ..."). */
    private static final Pattern NOTE_DEFINITION = Pattern.compile("\\s*\\[\\d{1,3}]:");
    /** A row of a markdown table: "| Clip-Cov | clips tokens [1] |". */
    private static final Pattern TABLE_ROW = Pattern.compile("\\s*\\|");
    /** A table's rule under its header: "|---|:---:|". */
    private static final Pattern TABLE_RULE = Pattern.compile("[\\s|:-]+");

    /**
     * Each row of a table is a claim of its own, its cells joined (" \u2014 "), so that one wrong cell does not flag the
     * table; the header, the row above the rule, says what the columns are and is dropped.
     */
    private static void tableRow(String line, List<Block> blocks) {
        if (TABLE_RULE.matcher(line).matches()) {
            if (!blocks.isEmpty() && blocks.getLast().row()) blocks.removeLast();
            return;
        }
        List<String> cells = Arrays.stream(line.strip().replaceAll("^\\||\\|$", "").split("\\|")).map(String::strip)
                .filter(cell -> !cell.isEmpty()).toList();
        if (!cells.isEmpty()) blocks.add(new Block(String.join(" \u2014 ", cells), true));
    }

    /**
     * A clause that only says where the rest comes from ("According to [2], ...", "As shown in [1],
     * ...", "In [3], the authors ...") is no claim: its marker cites the clause after it.
     */
    private static final Pattern LEAD_WORD = Pattern.compile("(?i)(?:according|as|following|per|see|in|from|like|unlike|similarly|likewise"
            + "|source|sources|paper|papers|study|work|the\\s++(?:authors|paper|study|work))\\b.*");
    /** "Building on [1]", "Consistent with [3]", "As shown in [1]": a lead-in that ends where what it cites begins. */
    private static final Pattern ENDS_IN_PREPOSITION = Pattern.compile("(?i).*\\b(?:to|in|by|from|of|on|with)\\.?");
    private static final int MAX_LEAD_IN_WORDS = 4;

    /**
     * "According to", "As shown in", "Building on", "In", "Similarly": of four words at most, ending in a preposition (opening
     * with a word that leads in, or of three words at most), or of two that open so. "It is similar to [1]" and "Similarly,
     * EMPO improves reasoning [2]" are claims.
     */
    private static boolean leadIn(String words) {
        int count = words.isEmpty() ? 0 : words.split("\\s+").length;
        boolean leads = LEAD_WORD.matcher(words).matches();
        boolean endsWhereItCites = count <= MAX_LEAD_IN_WORDS && ENDS_IN_PREPOSITION.matcher(words).matches() && (leads || count <= 3);
        return endsWhereItCites || (count <= 2 && leads);
    }

    private static List<String> withLeadIns(String[] clauses) {
        List<String> claims = new ArrayList<>();
        String lead = "";
        for (int i = 0; i < clauses.length; i++) {
            String clause = lead.isEmpty() ? clauses[i] : lead + ", " + clauses[i];
            String words = MARKED.matcher(clauses[i]).replaceAll("").strip();
            if (i + 1 < clauses.length && leadIn(words)) {
                lead = clause;
            } else {
                claims.add(clause);
                lead = "";
            }
        }
        return claims;
    }

    /** The answer with ranges spelled out ("[1-3]") and the markers that point to no source removed, each named in the notices. */
    static String withValidMarkers(String answer, int sourceCount, List<String> notices) {
        return removeInvalidMarkers(expandRanges(plainMarkers(answer), sourceCount), sourceCount, notices);
    }

    /** "[Source 1]", "(sources 2 and 3)", "[^2]", "【1】" as "[1]", "[2, 3]", "[2]", "[1]". */
    static String plainMarkers(String answer) {
        return MARKER_VARIANT.matcher(answer).replaceAll(m -> {
            for (int group = 1; group <= m.groupCount(); group++) {
                if (m.group(group) == null) continue;
                List<String> numbers = new ArrayList<>();
                Matcher number = NUMBER.matcher(withAsciiDigits(m.group(group)));
                while (number.find()) numbers.add(number.group());
                return "[" + String.join(", ", numbers) + "]";
            }
            return Matcher.quoteReplacement(m.group());
        });
    }

    /** "\u00b9\u00b2" as "12": a footnote's superscript as the number it is. */
    private static String withAsciiDigits(String text) {
        StringBuilder digits = new StringBuilder();
        text.chars().forEach(c -> digits.append(SUPERSCRIPTS.indexOf(c) >= 0 ? (char) ('0' + SUPERSCRIPTS.indexOf(c)) : (char) c));
        return digits.toString();
    }

    /** Whether text that opens with a bracket ("[Sou", "(source 1", "【") may still become a marker as more of it comes. */
    static boolean mayBecomeMarker(CharSequence tail) {
        Matcher m = ANY_MARKER.matcher(tail);
        return !m.matches() && m.hitEnd();
    }

    /**
     * "[1-3]" is "[1][2][3]": a marker per source, so that each one shows its quote. Only a range
     * of sources, or one just past them, is: "[0-1]" in "scores normalised to [0-1]" is an interval.
     */
    static String expandRanges(String answer, int sourceCount) {
        return RANGE.matcher(answer).replaceAll(m -> {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            // "[3-7]" of four sources is [3][4] and three markers to remove and report; "[0-1]" or "a [1-10] scale" is an interval.
            if (from < 1 || to <= from || to > sourceCount + 3) return Matcher.quoteReplacement(m.group());
            StringBuilder markers = new StringBuilder();
            for (int n = from; n <= to; n++) markers.append('[').append(n).append(']');
            return markers.toString();
        });
    }

    private static String removeInvalidMarkers(String answer, int sourceCount, List<String> notices) {
        Matcher m = MARKER.matcher(answer);
        StringBuilder out = new StringBuilder();
        Set<Integer> removed = new TreeSet<>();
        int copied = 0;
        while (m.find()) {
            List<String> valid = new ArrayList<>();
            for (String n : m.group(1).split("\\s*,\\s*")) {
                int number = Integer.parseInt(n);
                if (number >= 1 && number <= sourceCount) valid.add(String.valueOf(number)); else removed.add(number);
            }
            out.append(answer, copied, m.start());
            copied = m.end();
            if (valid.isEmpty()) copied = closeGap(out, answer, copied);
            else out.append('[').append(String.join("][", valid)).append(']');
        }
        out.append(answer, copied, answer.length());
        if (!removed.isEmpty()) {
            // Said of the sources the LLM was given: an extractive answer that follows may list others.
            notices.add("Removed the LLM's citation marker(s) " + removed.stream().map(n -> "[" + n + "]").collect(Collectors.joining(", "))
                    + ": they point to none of the " + sourceCount + " sources it was given.");
        }
        return out.toString();
    }

    /**
     * Closes the gap a removed marker leaves, and only that gap: "cost [9] is" is "cost is", "the baseline [9]." is
     * "the baseline.", and "Smith et al. [9]." is "Smith et al.", not "Smith et al..". The rest of the answer stays as
     * written, its indentation and ranges ("0..1") too, and so does what was streamed of it.
     *
     * @return where the answer is copied from next
     */
    private static int closeGap(StringBuilder out, String answer, int after) {
        char next = after < answer.length() ? answer.charAt(after) : '\n';
        boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        if (next == ' ' && lineStart) return after + 1;
        if (next != ' ' && next != '\n' && ".,;:!?".indexOf(next) < 0) return after;
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
        boolean fullStopTwice = next == '.' && !out.isEmpty() && out.charAt(out.length() - 1) == '.'
                && (out.length() < 2 || out.charAt(out.length() - 2) != '.') && (after + 1 >= answer.length() || answer.charAt(after + 1) != '.');
        return fullStopTwice ? after + 1 : after;
    }

    static Set<Integer> markers(String sentence) {
        Set<Integer> markers = new TreeSet<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) for (String n : m.group(1).split("\\s*,\\s*")) markers.add(Integer.parseInt(n));
        return markers;
    }

    private record Support(AnswerSource source, Span sentence, double score) {}

    /** For each marker, the cited abstract's sentence closest to the claim in words and meaning. */
    private List<Support> supports(String claim, Set<Integer> markers, List<AnswerSource> sources) {
        float[] claimVector = embedder.embedPassage(claim);
        Set<String> claimWords = words(claim);
        List<Support> supports = new ArrayList<>();
        for (int marker : markers) {
            AnswerSource source = sources.get(marker - 1);
            List<Span> spans = Sentences.split(source.abstractText());
            Map<Span, Double> overlap = new LinkedHashMap<>();
            for (Span s : spans) overlap.put(s, overlap(claimWords, words(s.of(source.abstractText()))));
            // Embed only the three sentences with most words in common: the check must stay cheap.
            List<Span> candidates = overlap.entrySet().stream().sorted(Map.Entry.<Span, Double>comparingByValue().reversed())
                    .limit(3).map(Map.Entry::getKey).toList();
            List<float[]> vectors = embedder.embedPassages(candidates.stream().map(s -> s.of(source.abstractText())).toList());
            Support best = null;
            for (int i = 0; i < candidates.size(); i++) {
                double score = 0.6 * Embedder.cosine(claimVector, vectors.get(i)) + 0.4 * overlap.get(candidates.get(i));
                if (best == null || score > best.score) best = new Support(source, candidates.get(i), score);
            }
            if (best != null) supports.add(best);
        }
        return supports;
    }

    /**
     * Once per marker, sentence and verdict, with every claim it was found for: a marker sprinkled on a claim its paper
     * does not back ("UloRL is an RL approach [1][4]") gets the quote apart, not supported, though the same quote backs
     * another claim of the answer.
     */
    private static void addCitation(List<Citation> citations, Support s, String claim, boolean backed) {
        String text = s.sentence.of(s.source.abstractText());
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            if (c.marker() != s.source.number() || c.start() != s.sentence.start() || c.supported() != backed) continue;
            List<String> claims = new ArrayList<>(c.claims());
            claims.add(claim);
            citations.set(i, new Citation(c.marker(), c.paperId(), c.title(), c.sentence(), c.start(), c.end(), c.score(), backed, claims));
            return;
        }
        citations.add(new Citation(s.source.number(), s.source.paperId(), s.source.title(), text, s.sentence.start(),
                s.sentence.end(), Math.round(s.score * 1000) / 1000.0, backed, List.of(claim)));
    }

    /** Share of the claim's words found in the sentence. */
    private static double overlap(Set<String> claim, Set<String> sentence) {
        if (claim.isEmpty()) return 0;
        Set<String> common = new HashSet<>(claim);
        common.retainAll(sentence);
        return (double) common.size() / claim.size();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 2) words.add(w);
        return words;
    }
}
