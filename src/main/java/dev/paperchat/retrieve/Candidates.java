package dev.paperchat.retrieve;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.index.Fields;
import dev.paperchat.index.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** The papers one search has read, and the analysed words of their sentences, each read once. */
final class Candidates {
    private final Snapshot snapshot;
    private final Analyzer analyzer;
    private final Map<String, Paper> papers = new HashMap<>();
    private final Map<String, List<Set<String>>> sentenceWords = new HashMap<>();

    Candidates(Snapshot snapshot, Analyzer analyzer) {
        this.snapshot = snapshot;
        this.analyzer = analyzer;
    }

    void fetch(List<String> ids) {
        List<String> missing = ids.stream().filter(id -> !papers.containsKey(id)).toList();
        if (!missing.isEmpty()) papers.putAll(snapshot.papers(missing));
    }

    Paper paper(String id) {
        return papers.get(id);
    }

    /** The paper, read first if it was not. */
    Paper fetched(String id) {
        fetch(List.of(id));
        return papers.get(id);
    }

    /** The {@link HybridRetriever#SENTENCE_POOL} best papers of a ranking that are stored, read. */
    List<String> pool(Map<String, Double> fused) {
        List<String> ids = Fusion.ranking(fused).subList(0, Math.min(HybridRetriever.SENTENCE_POOL, fused.size()));
        fetch(ids);
        return ids.stream().filter(id -> papers.get(id) != null).toList();
    }

    /** The analysed words of each sentence of a fetched paper's abstract, in the order of {@link Sentences#split}. */
    List<Set<String>> sentenceWords(String id) {
        return sentenceWords.computeIfAbsent(id, i -> {
            String text = papers.get(id).abstractText();
            List<Set<String>> words = new ArrayList<>();
            for (Span span : Sentences.split(text)) {
                words.add(new HashSet<>(QueryTerms.all(analyzer, Fields.ABSTRACT, SentenceScores.withoutLinks(span.of(text)))));
            }
            return words;
        });
    }
}
