package dev.paperchat.answer;

import dev.paperchat.retrieve.SearchResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cited answer, as {@code ask --json} prints it and {@code POST /api/ask} returns it.
 *
 * @param answer the text, every claim marked [n]
 * @param mode "llm" or "extractive": who wrote the answer
 * @param covered false when the collection lacks the evidence; the answer then says so
 * @param question the standalone question: a follow-up rewritten with its history, else the question as asked
 *                 (words that name an organisation or dates in it are searched as filters, as the notices say)
 * @param notices what the user should know (fallbacks, removed citation markers)
 * @param unsupported sentences of an LLM answer without a citation or whose citation does not support them
 * @param timings milliseconds per phase
 */
public record Answer(String answer, String mode, String model, boolean covered, String question,
                     List<Citation> citations, List<AnswerSource> sources, List<String> notices,
                     List<Unsupported> unsupported, Map<String, Long> timings, Provenance provenance) {

    public Answer {
        citations = List.copyOf(citations);
        sources = List.copyOf(sources);
        notices = List.copyOf(notices);
        unsupported = List.copyOf(unsupported);
        timings = timed(timings);
    }

    /** Every step's time in one order, 0 for a step an answer skips (a list read again, a count): a table of answers has no gaps. */
    private static Map<String, Long> timed(Map<String, Long> given) {
        Map<String, Long> timings = new LinkedHashMap<>();
        for (String step : List.of("retrieveMs", "generateMs")) timings.put(step, given.getOrDefault(step, 0L));
        given.forEach((step, millis) -> { if (!step.equals("totalMs")) timings.putIfAbsent(step, millis); });
        timings.put("totalMs", given.getOrDefault("totalMs", timings.values().stream().mapToLong(Long::longValue).sum()));
        return Collections.unmodifiableMap(timings);
    }

    /** The answer with each notice's pointers to controls as a client of its own names them ({@link Controls#MCP}). */
    public Answer withControls(Map<String, String> names) {
        return new Answer(answer, mode, model, covered, question, citations, sources, notices.stream().map(n -> Controls.named(n, names)).toList(),
                unsupported, timings, provenance);
    }

    /** This answer with {@code notice} before its other notices. */
    public Answer withNoticeFirst(String notice) {
        List<String> all = new ArrayList<>(List.of(notice));
        all.addAll(notices);
        return new Answer(answer, mode, model, covered, question, citations, sources, all, unsupported, timings, provenance);
    }

    /**
     * The sentences the cited sources do not back, as text to follow the answer where a client
     * shows nothing but text (an OpenAI client, an agent); empty when every sentence is backed.
     */
    public String unsupportedNote() {
        if (unsupported.isEmpty()) return "";
        StringBuilder note = new StringBuilder("\n\nSentences the cited sources do not back:");
        unsupported.forEach(u -> note.append("\n- \"").append(u.sentence()).append("\" (").append(u.reason()).append(')'));
        return note.toString();
    }

    /**
     * What follows the answer where a client shows nothing but its text (an OpenAI client): the
     * unbacked sentences, then each notice as "(Note: ...)", which a later follow-up does not take
     * for an item of a list.
     */
    public String textNotes() {
        return textNotes("");
    }

    /** The same, without the notices the streamed text already holds ("the LLM failed" where its words stop). */
    public String textNotes(String streamed) {
        StringBuilder notes = new StringBuilder(unsupportedNote());
        List<String> unsaid = notices.stream().filter(notice -> !streamed.contains(notice)).toList();
        if (!unsaid.isEmpty()) notes.append("\n");
        unsaid.forEach(notice -> notes.append("\n(Note: ").append(notice).append(')'));
        return notes.toString();
    }

    /** A sentence of the answer that its citations do not back, with the best support score found. */
    public record Unsupported(String sentence, String reason, double support) {}

    /** What produced the answer, so it can be explained and reproduced. */
    public record Provenance(long indexGeneration, String embeddingModel, String llmModel, String promptVersion,
                            List<Retrieved> retrieved) {
        /** The search's index generation and each paper's id and score; an extractive answer has no LLM nor prompt. */
        static Provenance of(SearchResult result, String embeddingModel, String llmModel, String promptVersion) {
            List<Retrieved> retrieved = result.hits().stream().map(h -> new Retrieved(h.paper().id(), Math.round(h.score() * 10_000) / 10_000.0)).toList();
            return new Provenance(result.generation(), embeddingModel, llmModel, promptVersion, retrieved);
        }
    }

    /** A paper the search retrieved, with its fused score, in the search's order. */
    public record Retrieved(String id, double score) {}
}
