package dev.paperchat.answer;

import java.util.regex.Pattern;

/**
 * Whether a sentence sets the scene rather than says what its paper does: "However, these
 * approaches critically depend on...", "Although these methods reduce reasoning length, they
 * still...", "Recent advancements in RL have...". Quoted under a paper's name in a list, such a
 * sentence reads as the paper's own contribution.
 */
final class Background {
    private static final Pattern OPENING = Pattern.compile("(?i)^\\W*+(?:however|yet|although|though|while|whereas|despite|unfortunately"
            + "|recent(?:ly)?|existing|prior|previous|current(?:ly)?|conventional|traditional|these|such|most|many)\\b");
    /** Words that make it the paper's own, or set it against others: "we", "our", "outperforms". */
    private static final Pattern OWN_WORK = Pattern.compile(
            "(?i)\\b(?:we|our|us|this (?:paper|work|study)|outperform\\w*|surpass\\w*|exceed\\w*)\\b");

    private Background() {}

    static boolean is(String sentence) {
        return OPENING.matcher(sentence).find() && !own(sentence);
    }

    /** Whether it says what the paper itself does or finds. */
    static boolean own(String sentence) {
        return OWN_WORK.matcher(sentence).find();
    }
}
