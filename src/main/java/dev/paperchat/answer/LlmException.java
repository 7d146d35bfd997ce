package dev.paperchat.answer;

/** The LLM server failed, timed out or could not be reached; the caller falls back to extractive. */
public class LlmException extends RuntimeException {
    public LlmException(String message, Throwable cause) {
        super(message, cause);
    }
}
