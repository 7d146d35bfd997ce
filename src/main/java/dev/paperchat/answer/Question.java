package dev.paperchat.answer;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.index.Filters;
import java.util.List;

/** A question with the conversation before it, how many sources to use, who answers, and filters. */
public record Question(String text, List<Turn> history, int k, AnswerMode mode, Filters filters) {
    public static final int DEFAULT_K = 8;
    public static final int MAX_K = 20;

    public Question {
        text = TypedText.plain(text);
        if (TypedText.isBlank(text)) throw new InvalidInputException("question must not be empty");
        if (k < 1 || k > MAX_K) throw new InvalidInputException("k must be between 1 and " + MAX_K + ", was " + k);
        history = history == null ? List.of() : List.copyOf(history);
        if (mode == null) mode = AnswerMode.AUTO;
        if (filters == null) filters = Filters.NONE;
    }

    public static Question of(String text) {
        return new Question(text, List.of(), DEFAULT_K, AnswerMode.AUTO, Filters.NONE);
    }
}
