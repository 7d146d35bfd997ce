package dev.paperchat.corpus;

import java.util.List;

/**
 * A window of consecutive sentences of one abstract, the unit that is embedded and searched.
 *
 * @param firstSentence index of the first sentence in the abstract's sentence list
 * @param sentences the offsets of each sentence in the abstract
 */
public record Chunk(String paperId, int ordinal, int firstSentence, List<Span> sentences) {
    public Chunk {
        if (sentences.isEmpty()) throw new IllegalArgumentException("a chunk needs at least one sentence");
        sentences = List.copyOf(sentences);
    }

    public Span span() {
        return new Span(sentences.get(0).start(), sentences.get(sentences.size() - 1).end());
    }

    public String text(String abstractText) {
        return span().of(abstractText);
    }
}
