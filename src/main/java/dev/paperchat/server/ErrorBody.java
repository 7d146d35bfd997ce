package dev.paperchat.server;

/**
 * The API's error reply, {@code {"error", "message", "status"}}, its fields always in this order.
 * {@code error} is a short code, or for the OpenAI-compatible routes the object their clients read.
 */
record ErrorBody(Object error, String message, int status) {
    /** The error object of OpenAI's protocol. */
    record OpenAi(String message, String type, String code) {}
}
