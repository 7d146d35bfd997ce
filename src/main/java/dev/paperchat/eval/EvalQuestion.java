package dev.paperchat.eval;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.TypedText;
import java.util.List;

/** One line of an evaluation file: {@code {"id", "type", "question", "relevant": [titles], "must_mention": [...]}}. */
public record EvalQuestion(String id, String type, String question, List<String> relevant, List<String> mustMention) {
    public static final List<String> TYPES = List.of("topic", "fact", "claim", "title", "unanswerable");

    public EvalQuestion {
        if (TypedText.isBlank(question)) throw new InvalidInputException("question must not be empty");
        if (type == null || !TYPES.contains(type)) {
            throw new InvalidInputException("type must be one of " + TYPES + (type == null ? "; it is missing" : ", was " + type));
        }
        relevant = texts("relevant", relevant);
        mustMention = texts("must_mention", mustMention);
        // A question with no relevant paper would count as a miss and lower every figure.
        if (!type.equals("unanswerable") && relevant.isEmpty()) {
            throw new InvalidInputException("relevant must list the title of at least one paper for a " + type + " question");
        }
    }

    private static List<String> texts(String field, List<String> values) {
        if (values == null) return List.of();
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new InvalidInputException(field + " must not hold an empty or null entry");
        }
        return List.copyOf(values);
    }

    public boolean answerable() {
        return !type.equals("unanswerable");
    }
}
