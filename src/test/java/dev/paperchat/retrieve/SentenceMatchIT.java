package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.Source;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.FakeEmbeddingModel;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.Ingester;
import dev.paperchat.index.PaperIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceMatchIT {
    private static final Embedder EMBEDDER = new Embedder(new FakeEmbeddingModel(384), FakeEmbeddingModel.NAME, "");

    /** An index in the directory holding the papers. */
    private static PaperIndex indexOf(Path dir, List<Paper> papers) {
        PaperIndex index = PaperIndex.open(dir, EMBEDDER.name(), EMBEDDER.dimension());
        new Ingester(index, EMBEDDER, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
        return index;
    }

    @Test
    void should_rank_the_paper_that_says_the_query_in_one_sentence_above_one_that_spreads_its_words(@TempDir Path dir) {
        // The same words, titles of the same length: BM25 ties, and the tie goes to the paper ingested first.
        Paper spread = Paper.builder("Alpha Study", "Entropy stalls during training. Exploration collapses later.", new Source("t", 1)).build();
        Paper said = Paper.builder("Gamma Study", "Entropy collapses during training. Exploration stalls later.", new Source("t", 2)).build();
        try (PaperIndex index = indexOf(dir, List.of(spread, said))) {
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);

            List<PaperHit> hybrid = retriever.search(new SearchRequest("entropy collapses", 5)).hits();
            assertEquals(List.of(said.id(), spread.id()), hybrid.stream().map(h -> h.paper().id()).toList());
            assertTrue(hybrid.get(0).score() - hybrid.get(1).score() > HybridRetriever.SENTENCE_WEIGHT / 4,
                    "half the query's weight more in one sentence: " + hybrid);

            List<PaperHit> bm25 = retriever.search(new SearchRequest("entropy collapses", 5), Mode.BM25).hits();
            assertEquals(List.of(spread.id(), said.id()), bm25.stream().map(h -> h.paper().id()).toList(), "BM25 alone: a tie");
        }
    }

    @Test
    void should_search_a_question_for_papers_by_its_topic_not_by_the_word_papers(@TempDir Path dir) {
        Paper survey = Paper.builder("A Survey on Latent Reasoning", "We survey latent reasoning. A repository of the latest papers is online.",
                new Source("t", 1)).build();
        Paper rl = Paper.builder("Policy Learning", "We train reasoning models with RL. The policy improves.", new Source("t", 2)).build();
        try (PaperIndex index = indexOf(dir, List.of(survey, rl))) {
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);

            List<PaperHit> bm25 = retriever.search(new SearchRequest("RL papers", 5), Mode.BM25).hits();
            assertEquals(List.of(rl.id()), bm25.stream().map(h -> h.paper().id()).toList(), "'papers' names no topic: " + bm25);
            List<PaperHit> papers = retriever.search(new SearchRequest("latest papers", 5), Mode.BM25).hits();
            assertEquals(survey.id(), papers.get(0).paper().id(), "a query of nothing else keeps the word");
        }
    }

    @Test
    void should_find_accented_words_typed_without_their_accents(@TempDir Path dir) {
        Paper accented = Paper.builder("Neural Schrödinger Solvers", "We solve the Schrödinger equation in this étude.", new Source("t", 1)).build();
        Paper other = Paper.builder("Glacier Melt", "We measure glacier melt from satellite images.", new Source("t", 2)).build();
        try (PaperIndex index = indexOf(dir, List.of(accented, other))) {
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);
            for (String query : List.of("schrodinger", "Schrödinger", "etude")) {
                List<PaperHit> hits = retriever.search(new SearchRequest(query, 5), Mode.BM25).hits();
                assertEquals(List.of(accented.id()), hits.stream().map(h -> h.paper().id()).toList(), query);
            }
        }
    }

    @Test
    void should_give_a_paper_beyond_the_vector_leg_s_depth_its_own_cosine(@TempDir Path dir) {
        // Random vectors: the paper BM25 finds by its rare word is rarely among the nearest chunks of 300.
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 3 * HybridRetriever.VECTOR_DEPTH; i++) {
            papers.add(Paper.builder("Study " + i, "We study common things in case " + i + ". Results are common.", new Source("t", i + 1)).build());
        }
        Paper rare = Paper.builder("Zebra Study", "We study the quagga zebra. Results are common.", new Source("t", 1000)).build();
        papers.add(rare);
        try (PaperIndex index = indexOf(dir, papers)) {
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);
            String query = "quagga zebra";
            PaperHit top = retriever.search(new SearchRequest(query, 3)).hits().get(0);
            assertEquals(rare.id(), top.paper().id());
            assertEquals(0, top.denseRank(), "beyond the vector leg's depth");
            double cosine = index.read(s -> s.chunkScores(EMBEDDER.embedQuery(query), List.of(rare.id()))).get(rare.id()).get(0).cosine();
            assertEquals(cosine, top.denseScore(), 1e-9, "its cosine, not 0 for being outside the vector leg");
        }
    }
}
