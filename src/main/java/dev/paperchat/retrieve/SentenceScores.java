package dev.paperchat.retrieve;

import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.corpus.Words;
import dev.paperchat.index.ChunkScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well each sentence of a paper's abstract answers a query: the cosine of the chunk that
 * holds it plus half the share of the query's weight its words hold, with a bonus for the
 * sentence that states what was asked (a quantity, an acronym's long form, a figure named) and
 * less for what is no statement of the paper's own (a link, other work).
 */
final class SentenceScores {
    static final int SENTENCES_PER_HIT = 3;
    static final double QUANTITY_BONUS = 0.25;
    private static final double CHANGE_BONUS = 0.75;
    /** Added for each name past the first that a sentence names of the kind asked for, up to {@link #MAX_NAME_STEPS}: a tie-break. */
    private static final double NAME_STEP = 0.01;
    private static final int MAX_NAME_STEPS = 4;
    /** Added to a sentence stating a change that names what the comparative asked measures ("cost" for "cheaper"): a tie-break. */
    private static final double MEASURE_STEP = 0.04;
    /** A percentage: "22.4%", "40 %", "\\%" as LaTeX writes it. */
    private static final Pattern PERCENT = Pattern.compile("\\d\\s?\\\\?%");
    /** A link's words ("github.com/multimodal-art-projection/...") are no words a sentence says. */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    /** A sentence that holds a link is quoted only when no other sentence comes near it. */
    private static final double LINK_FACTOR = 0.5;
    /** A sentence whose subject is other work: "However, these approaches...", "Existing methods rely on...". */
    private static final Pattern PRIOR_WORK = Pattern.compile("(?i)^\\W*+(?:(?:however|yet|but|unfortunately|still),?\\s++)?"
            + "(?:existing|prior|previous|current|conventional|traditional|these|such|most|many)\\s++"
            + "(?:[\\w-]++\\s++){0,2}?(?:methods|approaches|works?|models|techniques|frameworks|studies|systems|algorithms|pipelines)\\b");
    /** And words that say it is about this paper's own, or set it against others: "we", "our", "outperforms". */
    private static final Pattern OWN_WORK = Pattern.compile("(?i)\\b(?:we|our|us|this (?:paper|work|study)|outperform\\w*|surpass\\w*|exceed\\w*|than|compared)\\b");
    /**
     * The weight of such a sentence: at 0.8 and 0.9 must_mention was unchanged on all three question
     * sets; at 0.7 a fact answer lost its figure.
     */
    static final double PRIOR_WORK_FACTOR = 0.8;

    private SentenceScores() {}

    /** The sentence's text without its links, whose words it does not say. */
    static String withoutLinks(String sentence) {
        return URL.matcher(sentence).replaceAll(" ");
    }

    /**
     * The paper's {@link #SENTENCES_PER_HIT} best sentences for the query, best first.
     *
     * @param sentenceWords the analysed words of each sentence, in the order of {@link Sentences#split}
     * @param chunks the paper's chunks with their cosine to the query
     * @param named whether the question names the paper
     */
    static List<SentenceHit> best(Paper paper, List<Set<String>> sentenceWords, String query, List<String> queryTerms,
                                  Map<String, Double> idf, List<ChunkScore> chunks, boolean named) {
        String text = paper.abstractText();
        boolean asksQuantity = QuantityQuestion.quantityAsked(query).isPresent();
        boolean asksChange = asksQuantity && QuantityQuestion.asksForChange(query);
        Optional<String> acronym = DefinitionQuestion.acronymAsked(query);
        Optional<Pattern> introducing = DefinitionQuestion.nameOrTermAsked(query).map(DefinitionQuestion::introduction);
        // Of a paper the question names only: "Which reasoning models overthink?" asks for papers, not the models one names.
        Optional<NamesAsked.Kind> namesAsked = named ? NamesAsked.of(query) : Optional.empty();
        List<String> figures = StatedFigures.in(query);
        // A percentage the abstract states nowhere: its sentences with a percentage of their own are the ones to set beside it.
        boolean percentUnstated = PERCENT.matcher(query).find() && !StatedFigures.anyStated(figures, text);
        List<Span> spans = Sentences.split(text);
        // "What is ETTRL?" of a paper whose abstract never writes its name: what it proposes says what it is, not its opening's background.
        boolean proposalDefines = named && DefinitionQuestion.nameOrTermAsked(query).filter(name -> !Words.holds(text, name, false)).isPresent();
        // "Which papers...": the question's words for the literature are not what a sentence should say.
        // Nor are the words that make it a question: "did", rare in abstracts, would outweigh "benchmark".
        List<String> contentTerms = queryTerms.stream().filter(t -> !QueryTerms.LITERATURE.contains(t) && !QueryTerms.QUESTION.contains(t))
                .filter(t -> namesAsked.isEmpty() || !NamesAsked.isKindWord(t)).toList();
        // "what models did ReasonMaxxer test?" of an abstract that names none: its sentence on what it was tested on, not its opening.
        boolean noneNamed = namesAsked.isPresent() && spans.stream().allMatch(span -> NamesAsked.names(namesAsked.get(), span.of(text), query) == 0);
        List<SentenceHit> sentences = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            String sentence = span.of(text);
            double lexical = QueryTerms.share(contentTerms, idf, sentenceWords.get(i));
            double dense = chunks.stream().filter(c -> c.start() <= span.start() && span.end() <= c.end())
                    .mapToDouble(ChunkScore::cosine).max().orElse(0);
            // A question asking "how many" is answered by a sentence with a number it does not already hold.
            // "how much memory does it save?" by the sentence that states a change ("reduces KV cache size by 50%"), over any that
            // only says "memory" (whose words weigh at most 0.5).
            double quantity = asksQuantity && QuantityQuestion.statesNewNumber(sentence, query)
                    ? (asksChange && QuantityQuestion.statesChange(sentence) ? CHANGE_BONUS + measureBonus(sentence, query) : QUANTITY_BONUS) : 0;
            boolean defines = acronym.isPresent() && DefinitionQuestion.defines(sentence, acronym.get())
                    || introducing.isPresent() && introducing.get().matcher(sentence).find() || proposalDefines && MethodNames.proposes(sentence);
            double definition = defines ? QUANTITY_BONUS : 0;
            // "On which models was LASER-D evaluated?" is answered by the sentence that names models, the more the better:
            // "evaluated on DeepSeek-R1-Distill and QwQ-32B" rather than the opening's "such as OpenAI's o1".
            int namesGiven = namesAsked.map(kind -> NamesAsked.names(kind, sentence, query)).orElse(0);
            double names = namesGiven > 0 ? QUANTITY_BONUS + NAME_STEP * Math.min(namesGiven - 1, MAX_NAME_STEPS)
                    : noneNamed && NamesAsked.saysWhatWasTested(namesAsked.get(), sentence) ? QUANTITY_BONUS / 2 : 0;
            // "Which paper reports 42.6% accuracy?" is answered by the sentence that states it; "cuts tokens by 40%", where
            // the paper says 22.4%, by a sentence with a percentage of its own, to set beside it.
            double figure = StatedFigures.anyStated(figures, sentence) ? QUANTITY_BONUS
                    : percentUnstated && PERCENT.matcher(sentence).find() ? QUANTITY_BONUS / 2 : 0;
            sentences.add(new SentenceHit(i, span.start(), span.end(), sentence, weight(sentence) * (dense + 0.5 * lexical) + quantity + definition + names + figure));
        }
        sentences.sort(Comparator.comparingDouble(SentenceHit::score).reversed());
        return sentences.subList(0, Math.min(SENTENCES_PER_HIT, sentences.size()));
    }

    /** A tie-break between sentences stating changes: the one naming what "how much cheaper" measures (cost). */
    private static double measureBonus(String sentence, String query) {
        return QuantityQuestion.namesMeasureAsked(sentence, query) ? MEASURE_STEP : 0;
    }

    private static double weight(String sentence) {
        // "Code is available at https://...": a link is where to look, not what the paper says.
        double weight = URL.matcher(sentence).find() ? LINK_FACTOR : 1;
        // "However, these approaches critically depend on...": what others do, quoted under this paper's name, reads as its own.
        if (PRIOR_WORK.matcher(sentence).find() && !OWN_WORK.matcher(sentence).find()) weight *= PRIOR_WORK_FACTOR;
        return weight;
    }
}
