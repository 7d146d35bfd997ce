package dev.paperchat.answer;

/** One earlier message of a conversation. */
public record Turn(String role, String content) {
    public Turn {
        if (!"user".equals(role) && !"assistant".equals(role)) {
            throw new IllegalArgumentException("history role must be user or assistant, was " + role);
        }
        if (content == null) throw new IllegalArgumentException("history content must not be null");
    }
}
