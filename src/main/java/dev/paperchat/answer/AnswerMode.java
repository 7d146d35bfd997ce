package dev.paperchat.answer;

import dev.paperchat.corpus.InvalidInputException;
import java.util.Locale;

/** Who writes the answer: the LLM when one is configured and reachable (auto), or always one of them. */
public enum AnswerMode {
    AUTO, LLM, EXTRACTIVE;

    public static AnswerMode parse(String mode) {
        if (mode == null || mode.isBlank()) return AUTO;
        try {
            return valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("mode", "must be auto, llm or extractive, was " + mode);
        }
    }
}
