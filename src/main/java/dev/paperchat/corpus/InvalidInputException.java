package dev.paperchat.corpus;

import java.util.function.UnaryOperator;

/**
 * Input a user gave that paperchat refuses, with a message that names the field, file or line at
 * fault: an API request answers it with 400 and the CLI with exit status 2. Any other
 * {@link IllegalArgumentException} (a bad offset, a number a library could not parse) is a bug, and
 * is reported as one. It stays an {@code IllegalArgumentException}, so code that checks arguments
 * of any kind still catches it.
 */
public class InvalidInputException extends IllegalArgumentException {
    private final String field;
    private final String problem;

    public InvalidInputException(String message) {
        this(message, (Throwable) null);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
        this.problem = message;
    }

    private InvalidInputException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    /**
     * A value of a field refused ("from", "must be a date like 2025-01-31"): the message says "from
     * must be...", and each interface names the field its own way ({@code query parameter "from"}).
     */
    public static InvalidInputException of(String field, String problem) {
        return new InvalidInputException(field, problem);
    }

    /** The message with the field named as {@code named} names it, or as it is when no field is known. */
    public String namedAs(UnaryOperator<String> named) {
        return field == null ? getMessage() : named.apply(field) + " " + problem;
    }
}
