package dev.paperchat.answer;

import dev.paperchat.corpus.Paper;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.SentenceHit;
import java.util.List;

/** A paper shown to the answerer as source {@code [number]}, with its best-matching sentences. */
public record AnswerSource(int number, String paperId, String title, String date, String organization,
                           List<String> links, String abstractText, double score, List<SentenceHit> sentences) {

    static AnswerSource of(int number, PaperHit hit) {
        Paper p = hit.paper();
        return new AnswerSource(number, p.id(), p.title(), p.date(), p.organization(), p.links(), p.abstractText(),
                Math.round(hit.score() * 10_000) / 10_000.0, hit.sentences());
    }
}
