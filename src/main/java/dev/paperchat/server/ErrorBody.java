package dev.paperchat.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's error reply, {@code {"error", "message", "status"}}, its fields always in this order.
 * {@code error} is a short code, or for the OpenAI-compatible routes the object their clients read.
 */
record ErrorBody(Object error, String message, int status) {
    /**
     * The error object of OpenAI's protocol: its {@code type} is OpenAI's kind of error, its {@code code} paperchat's, its
     * {@code param} the field the message names ("k" of {@code field "k" must be...}, "messages[0].role"), else null.
     */
    record OpenAi(String message, String type, String param, String code) {
        private static final Pattern FIELD = Pattern.compile("^(?:unknown\\s)?field \"([^\"]{1,100})\"|^(messages\\[\\d{1,6}](?:\\.\\w{1,20})?)");

        static OpenAi of(int status, String message, String code) {
            String type = switch (status) {
                case 401 -> "authentication_error";
                case 403 -> "permission_error";
                case 429 -> "rate_limit_error";
                default -> status >= 500 ? "server_error" : "invalid_request_error";
            };
            Matcher field = FIELD.matcher(message == null ? "" : message);
            String param = status == 400 && field.find() ? (field.group(1) != null ? field.group(1) : field.group(2)) : null;
            return new OpenAi(message, type, param, code);
        }
    }
}
