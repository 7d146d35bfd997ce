package dev.paperchat.answer;

/** One earlier message of a conversation. */
public record Turn(String role, String content) {
    /** The most earlier turns a question may carry: /api/ask and MCP refuse more, /v1 keeps the latest (its clients send whole chats). */
    public static final int MAX_HISTORY = 50;

    public Turn {
        if (!"user".equals(role) && !"assistant".equals(role)) {
            throw new IllegalArgumentException("history role must be user or assistant, was " + role);
        }
        if (content == null) throw new IllegalArgumentException("history content must not be null");
    }
}
