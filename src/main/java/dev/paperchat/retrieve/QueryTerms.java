package dev.paperchat.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analyses text into index terms with the index's own analyzer. Queries are never parsed
 * as Lucene syntax, so {@code AND ( ] * ~ "} in a question are just characters.
 */
public final class QueryTerms {
    /**
     * Every document is a paper: "RL papers" asks about RL, and the few abstracts that say
     * "papers" (surveys, "a repository of the latest papers") have nothing more of it. Work, study
     * and research stay in a search: "empirical studies" says what kind of paper.
     */
    private static final Set<String> UNITS = Set.of("paper", "papers", "article", "articles", "publication", "publications");
    /** The words, as analysed, that a question asks for papers with ("which papers", "studies of"): they name no topic. */
    static final Set<String> LITERATURE = Stream.concat(UNITS.stream(), Stream.of("literature", "work", "works", "study", "studies", "research"))
            .collect(Collectors.toUnmodifiableSet());
    /** Words that ask for a paper's record, not its topic: "who wrote the coconut paper and when was it published?". */
    public static final Set<String> RECORD = Set.of("wrote", "write", "written", "author", "authors", "publish", "published", "release",
            "released", "year", "date", "come", "came", "out", "appear", "appeared", "bibtex");
    /** Words that report a claim, not its topic: "which paper says that...", "who showed that...", as analysed or not. */
    public static final Set<String> REPORTING = Set.of("say", "says", "said", "show", "shows", "showed", "shown", "claim", "claims", "claimed",
            "argue", "argues", "argued", "report", "reports", "reported", "state", "states", "stated", "find", "finds", "found",
            "demonstrate", "demonstrates", "demonstrated", "prove", "proves", "proved", "proven");
    /** The words that make a question of a sentence, as analysed: "what did ETTRL evaluate on?" asks about ETTRL's evaluation. */
    public static final Set<String> QUESTION = Set.of("what", "which", "who", "whom", "whose", "how", "why", "when", "where",
            "do", "doe", "does", "did", "can", "could", "would", "should");
    /**
     * The verb a request for papers asks with ("papers that mention", "which works discuss", "papers
     * dealing with"): no word of the topic, though an abstract may write it ("likely to mention the
     * BP", "when writing and talking").
     */
    private static final Pattern ASKING_VERB = Pattern.compile("(?i)(?<![\\p{L}-])((?:papers?|works?|studies|articles|abstracts)\\s++"
            + "(?:(?:that|which)\\s++)?(?:also\\s++)?)"
            + "(?:mention(?:s|ing)?|discuss(?:es|ing)?|talk(?:s|ing)?\\s++about|writ(?:es?|ing)\\s++about|deal(?:s|ing)?\\s++with"
            + "|focus(?:es|ing)?\\s++on|are\\s++about|cover(?:s|ing)?|touch(?:es|ing)?\\s++(?:on|upon)|look(?:s|ing)?\\s++at"
            + "|address(?:es|ing)?|refer(?:s|ring)?\\s++to)(?!\\p{L})");
    /** Longer queries keep their first distinct terms; Lucene caps boolean clauses. */
    public static final int MAX_TERMS = 256;

    private QueryTerms() {}

    /** The query with the verb it asks for papers with read as "on": "Which papers mention overthinking?" searches "Which papers on overthinking?". */
    static String withoutAskingVerb(String query) {
        return ASKING_VERB.matcher(query).replaceAll("$1on");
    }

    /** The terms without the words for a paper, unless nothing else is left ("papers"). */
    static List<String> withoutUnits(List<String> terms) {
        List<String> rest = terms.stream().filter(t -> !UNITS.contains(t)).toList();
        return rest.isEmpty() ? terms : rest;
    }

    public static List<String> distinct(Analyzer analyzer, String field, String text) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(all(analyzer, field, text)));
        return distinct.size() <= MAX_TERMS ? distinct : distinct.subList(0, MAX_TERMS);
    }

    public static List<String> all(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return terms;
    }

    /** The share of the query's weight (IDF per term) that the words hold. */
    static double share(List<String> queryTerms, Map<String, Double> idf, Set<String> words) {
        double total = 0, found = 0;
        for (String term : queryTerms) {
            double weight = idf.getOrDefault(term, 0.0);
            total += weight;
            if (words.contains(term)) found += weight;
        }
        return total == 0 ? 0 : found / total;
    }
}
