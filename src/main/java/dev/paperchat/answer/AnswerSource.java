package dev.paperchat.answer;

import dev.paperchat.corpus.Dated;
import dev.paperchat.corpus.Paper;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.SearchResult;
import dev.paperchat.retrieve.SentenceHit;
import java.util.List;
import java.util.stream.IntStream;

/** A paper shown to the answerer as source {@code [number]}, with its best-matching sentences. */
public record AnswerSource(int number, String paperId, String title, String date, String organization,
                           List<String> links, String abstractText, double score, List<SentenceHit> sentences) implements Dated {

    /** The papers a search found, numbered from 1 in its order: the markers an answer cites them by. */
    static List<AnswerSource> numbered(SearchResult result) {
        List<PaperHit> hits = result.hits();
        return IntStream.range(0, hits.size()).mapToObj(i -> of(i + 1, hits.get(i))).toList();
    }

    static AnswerSource of(int number, PaperHit hit) {
        Paper p = hit.paper();
        return new AnswerSource(number, p.id(), p.title(), p.date(), p.organization(), p.links(), p.abstractText(),
                Math.round(hit.score() * 10_000) / 10_000.0, hit.sentences());
    }
}
