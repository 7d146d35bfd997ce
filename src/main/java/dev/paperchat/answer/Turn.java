package dev.paperchat.answer;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.retrieve.SearchRequest;

/** One earlier message of a conversation. */
public record Turn(String role, String content) {
    /** The most earlier turns a question may carry: /api/ask and MCP refuse more, /v1 keeps the latest (its clients send whole chats). */
    public static final int MAX_HISTORY = 50;

    public Turn {
        if (!"user".equals(role) && !"assistant".equals(role)) {
            throw new InvalidInputException("history role must be user or assistant, was " + role);
        }
        if (content == null) throw new InvalidInputException("history content must not be null");
        content = TypedText.bounded(content);
        // A question asked before may be asked again ("tell me more about the third one" of a history without answers).
        if (role.equals("user") && SearchRequest.characters(content) > SearchRequest.MAX_QUERY_CHARS) {
            throw new InvalidInputException("a user turn must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters, was "
                    + SearchRequest.characters(content));
        }
    }
}
