package dev.paperchat.retrieve;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that gives a view as others', for the paper to examine or build on: "has fueled two prevailing assumptions:
 * (1) reasoning capabilities only emerge in sufficiently large models", "some studies even suggest that random reward
 * signals can enhance reasoning", "we challenge the assumption that..." (but not "we challenge this assumption through a
 * key observation: ...", which goes on to the paper's own). A claim of that view is not what the paper found, though the
 * sentence holds its words. An open question ("it is unclear whether") is not read so: the abstract usually answers it.
 */
final class ReportedView {
    private static final Pattern VIEW = Pattern.compile("(?i)\\b(?:(?:prevailing|common|widespread|popular|conventional|dominant|widely[- ]held)"
            + "\\s++(?:assumptions?|beliefs?|views?|wisdom|notions?|hypothes[ie]s|narratives?)"
            + "|(?:widely|commonly|generally|often|usually)\\s++(?:believed|assumed|held|thought)"
            + "|(?:some|many|several|prior|previous|recent|earlier|existing)\\s++(?:studies|works?|researchers|papers|reports|findings)"
            + "\\s++(?:even\\s++|have\\s++)?(?:suggest|claim|argue|report|believe|assume|posit|hypothesi[sz]e|found|show)(?:s|ed)?"
            + "|challeng(?:e|es|ed|ing)\\s++(?:the|this|these|a|two|such)\\s++(?:\\w++\\s++)?(?:assumptions?|beliefs?|views?|notions?|hypothes[ie]s)\\s++that)");
    /** "While recent studies show X, they treat...": a view in a clause that opens the sentence ends at its comma. */
    private static final Pattern OPENING_CLAUSE = Pattern.compile("(?i)^\\W*+(?:while|although|though|whereas|despite|even\\s++though)\\b");
    /** Where a sentence turns from the view to what the paper finds: "Contrary to the prevailing belief that X, we show Y". */
    private static final Pattern OWN_TURN = Pattern.compile("(?i)(?:[,;:]\\s*+(?:but|however|yet|instead)\\b|\\bwe\\s++(?:show|find|found|demonstrate|prove|observe|reveal)\\b"
            + "|\\b(?:in\\s++contrast|contrary\\s++to\\s++this)\\b)");
    /** A claim that itself says whose view it is ("It is widely assumed that...", "Prior work suggests...") quotes the view rightly. */
    private static final Pattern ATTRIBUTED = Pattern.compile("(?i)\\b(?:(?:assum|believ|suggest|argu|posit|hypothes)\\w*|widely\\s++(?:held|thought)"
            + "|(?:prior|previous|existing|earlier|recent|many|some|several|other)\\s++(?:studies|works?|researchers|papers|findings|reports)"
            + "|studies\\s++(?:show|find|found|report|suggest)\\w*)\\b");

    private ReportedView() {}

    /**
     * How the sentence gives the claim as a view it examines, or empty: when the claim shares more of its words with the
     * view (a third of them at least) than with what the sentence says after turning from it, and does not say whose view it is itself.
     */
    static Optional<String> of(String claim, String sentence) {
        if (ATTRIBUTED.matcher(claim).find()) return Optional.empty();
        Matcher view = VIEW.matcher(sentence);
        if (!view.find()) return Optional.empty();
        Matcher turn = OWN_TURN.matcher(sentence);
        int turnAt = turn.find(view.end()) ? turn.start() : sentence.length();
        int comma = sentence.indexOf(',', view.end());
        if (OPENING_CLAUSE.matcher(sentence).find() && comma >= 0) turnAt = Math.min(turnAt, comma);
        Set<String> said = Opposites.stems(claim);
        long inView = shared(said, sentence.substring(view.start(), turnAt));
        long inOwn = shared(said, sentence.substring(0, view.start()) + " " + sentence.substring(turnAt));
        if (inView <= inOwn || 3 * inView < said.size()) return Optional.empty();
        return Optional.of("the cited sentence gives this as others' finding or view, not as the paper's own finding (\"" + view.group() + "\")");
    }

    private static long shared(Set<String> said, String text) {
        Set<String> words = Opposites.stems(text);
        return said.stream().filter(words::contains).count();
    }
}
