package dev.paperchat.corpus;

/**
 * Input a user gave that paperchat refuses, with a message that names the field, file or line at
 * fault: an API request answers it with 400 and the CLI with exit status 2. Any other
 * {@link IllegalArgumentException} (a bad offset, a number a library could not parse) is a bug, and
 * is reported as one. It stays an {@code IllegalArgumentException}, so code that checks arguments
 * of any kind still catches it.
 */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
