package dev.paperchat.answer;

import dev.paperchat.retrieve.SearchRequest;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a follow-up ("and which of those use majority voting?") into a standalone question
 * before retrieval: by the LLM when there is one, otherwise by joining it to the previous
 * question of the conversation.
 */
public final class FollowUpRewriter {
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^\\s*(and|but|also|what about|how about|which of (those|these|them)|of (those|these))\\b"
                    + "|\\b(those|these|they|them|it|its|their|this paper|that paper|the same)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Earlier questions joined at most, the one that stands alone included. */
    private static final int MAX_CHAIN = 4;

    private final Llm llm;
    private final Prompts prompts;

    public FollowUpRewriter(Llm llm, Prompts prompts) {
        this.llm = llm;
        this.prompts = prompts;
    }

    /** @param mayUseLlm false when the answer must be one no LLM saw */
    public String standalone(String question, List<Turn> history, boolean mayUseLlm) {
        List<Turn> userTurns = history.stream().filter(t -> t.role().equals("user")).toList();
        if (userTurns.isEmpty() || !FOLLOW_UP.matcher(question).find()) return question;
        if (llm != null && mayUseLlm) {
            try {
                String rewritten = llm.complete("You rewrite questions.", prompts.rewritePrompt(transcript(history), question));
                rewritten = rewritten.strip().replaceAll("^\"|\"$", "");
                if (!rewritten.isBlank() && rewritten.length() < 1000) return rewritten;
            } catch (LlmException e) {
                // Fall through to the rule: a rewrite is a convenience, never a reason to fail.
            }
        }
        String joined = topic(userTurns) + " " + question.strip();
        return joined.length() <= SearchRequest.MAX_QUERY_CHARS ? joined : question;
    }

    /**
     * The previous question with the questions it follows up, back to the last that stands
     * alone: a follow-up of a follow-up ("and their results?") keeps the first one's subject.
     */
    private static String topic(List<Turn> userTurns) {
        int from = userTurns.size() - 1;
        while (from > 0 && userTurns.size() - from < MAX_CHAIN && FOLLOW_UP.matcher(userTurns.get(from).content()).find()) from--;
        StringBuilder topic = new StringBuilder();
        for (Turn turn : userTurns.subList(from, userTurns.size())) topic.append(turn.content().strip()).append(' ');
        return topic.toString().strip();
    }

    private static String transcript(List<Turn> history) {
        StringBuilder out = new StringBuilder();
        for (Turn t : history) out.append(t.role()).append(": ").append(t.content().strip()).append('\n');
        return out.toString();
    }
}
