package dev.paperchat.retrieve;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question that asks what an acronym stands for ("What does GRPO stand for?", "what is
 * RLVR?") is answered by a sentence that spells it out, "Group Relative Policy Optimization
 * (GRPO)": abstracts define their acronyms so. Such a question has too few words for closeness
 * in meaning or shared words to show that the collection covers it.
 */
final class DefinitionQuestion {
    /** An acronym: two capitals or more, with digits, lower-case letters or hyphens among them ("GRPO", "DAPO", "Ada-GRPO", "o1"). */
    private static final String ACRONYM = "((?-i:(?=[\\w-]*[A-Z][\\w-]*[A-Z])[A-Za-z][\\w-]{1,30}+))";
    private static final Pattern ASKS = Pattern.compile(
            "^\\W*+(?:what|whats|what's)\\s+(?:does|do)\\s+" + ACRONYM + "\\s+(?:stand\\s+for|mean)\\W*+$"
                    + "|^\\W*+(?:what\\s+(?:is|are)|whats|what's)\\s+(?:an?\\s+|the\\s+)?" + ACRONYM + "\\W*+$"
                    + "|^\\W*+(?:define|definition\\s+of|meaning\\s+of)\\s+" + ACRONYM + "\\W*+$",
            Pattern.CASE_INSENSITIVE);

    private DefinitionQuestion() {}

    /** The acronym the question asks to spell out, if it asks that and no more. */
    static Optional<String> acronymAsked(String question) {
        if (question.length() > 200) return Optional.empty();
        var m = ASKS.matcher(question.strip());
        if (!m.matches()) return Optional.empty();
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return Optional.of(m.group(g));
        return Optional.empty();
    }

    /** "... Group Relative Policy Optimization (GRPO) ...": the sentence spells the acronym out. */
    static boolean defines(String sentence, String acronym) {
        return Pattern.compile("\\w[\\w-]*+\\s*\\(\\s*" + Pattern.quote(acronym) + "\\s*[),;]").matcher(sentence).find();
    }
}
