package dev.paperchat.answer;

import dev.paperchat.retrieve.HybridRetriever;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.SentenceHit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Which papers train reasoning with RL without any labels or ground truth?": what the papers asked
 * for do without. A search finds the papers that write those words, and so also those that use them
 * ("leverages tasks with deterministic ground-truth answers"): a paper is not listed for a sentence
 * that says it uses what the question asks it to do without, unless another of its sentences says
 * it does without it, which is then quoted.
 *
 * @param alternatives what to do without, as asked: "labels", "ground truth"
 */
record DoneWithout(List<String> alternatives) {
    /** "without any labels or ground truth", "without additional training": up to three words each, no article ("without a long silence"). */
    private static final Pattern WITHOUT = Pattern.compile("(?i)(?<!\\p{L})without\\s++(?:(?:any|additional|extra|external|further|explicit)\\s++)*+"
            + "(?!(?:a|an|the|its|their|it|them|this|that|having|being)\\b)"
            + "([\\p{L}][\\p{L}-]*+(?:\\s++(?!(?:or|and|to|for|in|on|while|but)\\b)[\\p{L}][\\p{L}-]*+){0,2}"
            + "(?:\\s++or\\s++(?:any\\s++)?[\\p{L}][\\p{L}-]*+(?:\\s++(?!(?:and|to|for|in|on|while|but)\\b)[\\p{L}][\\p{L}-]*+){0,2})?)\\s*+(?:[?.!,;]|$)");
    private static final Pattern OR = Pattern.compile("\\s++or\\s++(?:any\\s++)?", Pattern.CASE_INSENSITIVE);
    /** "writing steps", "changing any weights": a deed, not a thing a paper uses. */
    private static final Pattern DEED = Pattern.compile("(?i)^\\p{L}+ing\\s");
    /** What makes a mention one of doing without: "without relying on ground-truth labels", "no labels", "label-free". */
    private static final Pattern NEGATING = Pattern.compile("(?i)(?<!\\p{L})(?:without|no|not|neither|nor|never|free\\s++of|absence\\s++of)(?!\\p{L})");
    private static final int NEGATION_REACH = 40;

    static Optional<DoneWithout> of(String question) {
        Matcher without = WITHOUT.matcher(question);
        if (!without.find()) return Optional.empty();
        List<String> alternatives = Arrays.stream(OR.split(without.group(1).strip())).filter(a -> !DEED.matcher(a).find()).toList();
        return alternatives.isEmpty() ? Optional.empty() : Optional.of(new DoneWithout(alternatives));
    }

    /**
     * The hits without those whose quoted sentence says they use what is asked to do without, and with
     * the sentence that says a paper does without it quoted first; a paper the question names stays as
     * it is, as its answer may be that it does not do without it. No hit left, they stay as they were.
     */
    List<PaperHit> apply(List<PaperHit> hits, HybridRetriever retriever) {
        List<String> ids = hits.stream().map(hit -> hit.paper().id()).toList();
        Map<String, SentenceHit> doingWithout = new HashMap<>();
        for (String alternative : alternatives) {
            retriever.doingWithout(alternative, alternative, ids).papers().forEach(hit -> doingWithout.putIfAbsent(hit.paper().id(), hit.bestSentence()));
        }
        List<Pattern> written = alternatives.stream().map(DoneWithout::writing).toList();
        List<PaperHit> kept = new ArrayList<>();
        for (PaperHit hit : hits) {
            SentenceHit without = doingWithout.get(hit.paper().id());
            if (hit.named()) kept.add(hit);
            else if (without != null) kept.add(led(hit, without));
            else if (hit.bestSentence() == null || !uses(hit.bestSentence().text(), written)) kept.add(hit);
        }
        return kept.isEmpty() ? hits : kept;
    }

    /** "labels" as "label", "labeled", "labelled"; "ground truth" as "ground-truth"; not inside "unlabeled". */
    private static Pattern writing(String alternative) {
        String words = Arrays.stream(alternative.split("[\\s-]++")).map(word -> Pattern.quote(word.replaceFirst("(?i)(?:s|es)$", "")) + "\\p{L}*+")
                .collect(Collectors.joining("[\\s-]++"));
        return Pattern.compile("(?i)(?<![\\p{L}-])" + words + "(?!\\p{L})");
    }

    /** Whether the sentence writes what is asked to do without, and not as done without ("no", "without ... it", "-free"). */
    private static boolean uses(String sentence, List<Pattern> written) {
        for (Pattern pattern : written) {
            Matcher mention = pattern.matcher(sentence);
            while (mention.find()) {
                String before = sentence.substring(Math.max(0, mention.start() - NEGATION_REACH), mention.start());
                boolean free = sentence.startsWith("-free", mention.end()) || sentence.startsWith(" free", mention.end());
                if (!NEGATING.matcher(before).find() && !free) return true;
            }
        }
        return false;
    }

    /** The hit led by the sentence, scored as its best was: the list it stands in is cut by its sentences' scores. */
    private static PaperHit led(PaperHit hit, SentenceHit lead) {
        double score = hit.bestSentence() == null ? lead.score() : hit.bestSentence().score();
        return hit.ledBy(new SentenceHit(lead.index(), lead.start(), lead.end(), lead.text(), score));
    }
}
