package dev.paperchat.server;

/**
 * The API's error reply, {@code {"error", "message", "status"}}, its fields always in this order.
 * {@code error} is a short code, or for the OpenAI-compatible routes the object their clients read.
 */
record ErrorBody(Object error, String message, int status) {
    /** The error object of OpenAI's protocol: its {@code type} is OpenAI's kind of error, its {@code code} paperchat's. */
    record OpenAi(String message, String type, String code) {
        static OpenAi of(int status, String message, String code) {
            String type = switch (status) {
                case 401 -> "authentication_error";
                case 403 -> "permission_error";
                case 429 -> "rate_limit_error";
                default -> status >= 500 ? "server_error" : "invalid_request_error";
            };
            return new OpenAi(message, type, code);
        }
    }
}
