package dev.paperchat.eval;

import java.util.List;

/** One line of an evaluation file: {@code {"id", "type", "question", "relevant": [titles], "must_mention": [...]}}. */
public record EvalQuestion(String id, String type, String question, List<String> relevant, List<String> mustMention) {
    public static final List<String> TYPES = List.of("topic", "fact", "claim", "title", "unanswerable");

    public EvalQuestion {
        if (question == null || question.isBlank()) throw new IllegalArgumentException("question must not be empty");
        if (type == null || !TYPES.contains(type)) throw new IllegalArgumentException("type must be one of " + TYPES + (type == null ? "; it is missing" : ", was " + type));
        relevant = relevant == null ? List.of() : List.copyOf(relevant);
        mustMention = mustMention == null ? List.of() : List.copyOf(mustMention);
    }

    public boolean answerable() {
        return !type.equals("unanswerable");
    }
}
