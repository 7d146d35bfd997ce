package dev.paperchat.retrieve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure the claim gives as a change one way and its sentence the other: "MinD increases time to
 * first token by up to 70%" of "up to ~70% reduction in ... time to first token". The sentence may
 * say both ways of other things ("degrades ... by 20.5%, while ... improvements of 4.9%"), so each
 * figure is read with the change word nearest it in its own clause.
 */
final class FigureDirection {
    /** A change in amount, up or down: "increases", "a reduction". */
    private static final Kind AMOUNT = new Kind(
            Pattern.compile("(?i)(?:increas|rais|ris(?:e|es|ing)\\b|rose\\b|grow|grew|higher)\\p{L}*+"),
            Pattern.compile("(?i)(?:decreas|reduc|lower|declin|cut(?:s|ting)?\\b|drop|fall|fell|fewer|shrink|shrank)\\p{L}*+"));
    /** A change for the better or the worse: "improves", "degradation". */
    private static final Kind QUALITY = new Kind(
            Pattern.compile("(?i)(?:improv|enhanc|gain|benefit|boost)\\p{L}*+"),
            Pattern.compile("(?i)(?:degrad|worsen|hurt|harm|impair)\\p{L}*+"));
    private static final List<Kind> KINDS = List.of(AMOUNT, QUALITY);
    /** A figure and its unit, not the digits of a name ("GPT-2", "Qwen2.5", "s1K-1.1"). */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.-])(\\d++(?:\\.\\d++)?)\\s*+(%|x\\b|\u00d7|times\\b|-?fold\\b|points?\\b)?");
    /** Where a clause ends: its punctuation, or a word that sets another clause against it. */
    private static final Pattern CLAUSE = Pattern.compile("[;:,()]|\\s(?:while|whereas|but)\\s");
    /** A clause that denies or supposes its change is left to the checks of denials: "does not reduce ... by 70%". */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:not|no|never|without|if|whether)\\b|n['\u2019]t\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*+");
    /** The most words between a figure and the change word read as its own. */
    private static final int NEAR = 8;
    /** The fewest words of its clause the claim's change must share with the sentence's: what changes. */
    private static final int SHARED = 2;

    /** The words that say a change up or down of one kind. */
    private record Kind(Pattern up, Pattern down) {}

    /** A figure's change in a clause: which kind, up or not, where its word stands, and the clause's words. */
    private record Change(Kind kind, boolean up, int start, int end, Set<String> words, Set<String> measured) {}

    /** How many words after the change word and its figure, the later of them, may say what is measured ("70% reduction in output tokens"). */
    private static final int MEASURED_AFTER = 4;

    /** The most characters of a sentence quoted from its change word to its figure; farther apart, the two are quoted alone. */
    private static final int QUOTED = 80;

    private FigureDirection() {}

    static Optional<String> of(String claim, String sentence) {
        for (String clause : CLAUSE.split(claim)) {
            Matcher figure = FIGURE.matcher(clause);
            while (figure.find()) {
                Optional<Change> claimed = change(clause, figure);
                if (claimed.isEmpty()) continue;
                Optional<String> opposed = opposedIn(sentence, figure.group(1), figure.group(2), claimed.get());
                if (opposed.isPresent()) return opposed;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> opposedIn(String sentence, String number, String unit, Change claimed) {
        for (String clause : CLAUSE.split(sentence)) {
            Matcher figure = FIGURE.matcher(clause);
            while (figure.find()) {
                if (!figure.group(1).equals(number) || !sameUnit(unit, figure.group(2))) continue;
                Optional<Change> said = change(clause, figure);
                if (said.isEmpty() || said.get().kind() != claimed.kind() || said.get().up() == claimed.up()) continue;
                Set<String> shared = new HashSet<>(claimed.words());
                shared.retainAll(said.get().words());
                // "reduces chain length by 14.1%" against "14.1% higher accuracy": both name what they measure, and not alike.
                boolean otherMeasure = !claimed.measured().isEmpty() && !said.get().measured().isEmpty()
                        && Collections.disjoint(claimed.measured(), said.get().measured());
                if (shared.size() >= SHARED && !otherMeasure) return Optional.of(quoted(clause, said.get(), figure));
            }
        }
        return Optional.empty();
    }

    /** "~70% reduction", "degrades average performance across major reasoning benchmarks by 20.5%": the change as the sentence writes it. */
    private static String quoted(String clause, Change change, Matcher figure) {
        int start = Math.min(change.start(), figure.start()), end = Math.max(change.end(), figure.start() + figure.group().strip().length());
        if (end - start <= QUOTED) return clause.substring(start, end);
        String word = clause.substring(change.start(), change.end()), number = figure.group().strip();
        return change.start() < figure.start() ? word + " ... " + number : number + " ... " + word;
    }

    private static boolean sameUnit(String claimed, String said) {
        return claimed == null || said == null || claimed.equalsIgnoreCase(said);
    }

    /** The change word nearest the figure in its clause, within {@link #NEAR} words. */
    private static Optional<Change> change(String clause, Matcher figure) {
        if (DENIED.matcher(clause).find()) return Optional.empty();
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(clause);
        while (word.find()) words.add(new int[] {word.start(), word.end()});
        int[] nearest = null;
        Kind nearestKind = null;
        boolean nearestUp = false;
        int distance = NEAR + 1;
        for (int[] span : words) {
            String text = clause.substring(span[0], span[1]);
            int between = wordsBetween(words, span, figure);
            if (between >= distance) continue;
            for (Kind kind : KINDS) {
                boolean up = kind.up().matcher(text).matches(), down = kind.down().matcher(text).matches();
                if (up == down) continue;
                nearest = span;
                nearestKind = kind;
                nearestUp = up;
                distance = between;
            }
        }
        // The clause's words are analysed once, for the change found: most figures have none near them.
        return nearest == null ? Optional.empty() : Optional.of(new Change(nearestKind, nearestUp, nearest[0], nearest[1], contentWords(clause),
                measured(clause, words, nearest, figure)));
    }

    /** The words from the change word to its figure, and a few after the later of them: what the change is of. */
    private static Set<String> measured(String clause, List<int[]> words, int[] change, Matcher figure) {
        int from = Math.min(change[0], figure.start()), to = Math.max(change[1], figure.end());
        int after = 0;
        for (int[] word : words) {
            if (word[0] >= to && after++ < MEASURED_AFTER) to = word[1];
        }
        return contentWords(clause.substring(from, Math.min(clause.length(), to)));
    }

    private static int wordsBetween(List<int[]> words, int[] span, Matcher figure) {
        int from = Math.min(span[1], figure.end()), to = Math.max(span[0], figure.start());
        return (int) words.stream().filter(w -> w[0] >= from && w[1] <= to).count();
    }

    /** The clause's words as stems, less the change words and the common ones. */
    private static Set<String> contentWords(String clause) {
        Set<String> stems = Opposites.stems(clause);
        stems.removeIf(stem -> stem.length() < 3 || Character.isDigit(stem.charAt(0))
                || KINDS.stream().anyMatch(kind -> kind.up().matcher(stem).lookingAt() || kind.down().matcher(stem).lookingAt()));
        return stems;
    }
}
