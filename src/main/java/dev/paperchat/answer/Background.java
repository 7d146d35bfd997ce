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
    /** Words that make it the paper's own, or set it against others: "we", "our", "outperforms", "experiments show". */
    private static final Pattern OWN_WORK = Pattern.compile(
            "(?i)\\b(?:we|our|us|this (?:paper|work|study)|outperform\\w*|surpass\\w*|exceed\\w*"
                    + "|(?:experiments?|results?|evaluations?|analys[ie]s|ablations?)\\s++(?:on\\s++[^,.]{1,60}?\\s++)?(?:show|demonstrate|reveal|indicate|confirm)s?)\\b");
    /**
     * The problem a paper starts from, in its own voice: "This paper aims to overcome a major obstacle
     * ..., namely the collapse of policy entropy", "what characterizes an effective CoT remains unclear".
     */
    private static final Pattern PROBLEM = Pattern.compile("(?i)\\b(?:aims?|seeks?|tries|try|sets? out)\\s++to\\s++(?:overcome|address|tackle|solve|understand|answer)"
            + "|\\b(?:remains?|is still|are still)\\s++(?:unclear|unknown|poorly understood|an open|underexplored|largely unexplored|challenging|elusive)"
            + "|\\b(?:major|key|central|fundamental)\\s++(?:obstacle|challenge|bottleneck|problem|limitation)");

    /** What the paper found: "Our analysis reveals that...", "we find that...", "Experiments show that...", "the surprising finding that...". */
    private static final Pattern FINDING = Pattern.compile("(?i)\\b(?:we|our\\s++[\\w-]++|(?:experiments?|results?|analys[ie]s|findings|evaluations?|study|studies))"
            + "\\s++(?:[\\w-]++\\s++){0,2}?(?:show|find|found|reveal|observe|demonstrate|discover|confirm|indicate|suggest|uncover)(?:s|ed)?\\b"
            + "|\\b(?:finding|observation|evidence)s?\\s++that\\b");

    private Background() {}

    static boolean is(String sentence) {
        return OPENING.matcher(sentence).find() && !own(sentence);
    }

    /** Whether it says what the paper itself does or finds. */
    static boolean own(String sentence) {
        return OWN_WORK.matcher(sentence).find();
    }

    /** Whether it states what the paper found, as a question asking whether something holds wants. */
    static boolean finding(String sentence) {
        return FINDING.matcher(sentence).find();
    }

    /** Whether it states the problem the paper starts from rather than what it does or finds, though in its own voice. */
    static boolean problem(String sentence) {
        return PROBLEM.matcher(sentence).find();
    }
}
