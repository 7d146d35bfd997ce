package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionedNameIT {
    private static final Embedder EMBEDDER = new Embedder(new FakeEmbeddingModel(384), FakeEmbeddingModel.NAME, "");

    @Test
    void should_not_take_a_well_known_model_written_solid_for_the_name_of_the_paper_that_wrote_it_so(@TempDir Path dir) {
        List<Paper> papers = new ArrayList<>();
        papers.add(Paper.builder("Coloring Graphs with Language Models",
                "We present an empirical study of GPT4 in solving graph coloring instances.", new Source("t", 1)).build());
        papers.add(Paper.builder("Remembering Less",
                "We propose MEM1, an agent that keeps a constant memory.", new Source("t", 2)).build());
        for (int i = 0; i < 4; i++) {
            papers.add(Paper.builder("Evaluation Study " + i, "We compare GPT-4 with smaller models on task " + i + ".",
                    new Source("t", 3 + i)).build());
        }
        try (PaperIndex index = PaperIndex.open(dir, EMBEDDER.name(), EMBEDDER.dimension())) {
            new Ingester(index, EMBEDDER, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);

            Map<String, Double> gpt = titleMatches(retriever, "Does GPT-4 beat human players at twenty questions?");
            assertEquals(0.0, gpt.get(papers.get(0).id()), "GPT4 is a version of GPT, which four other papers use: " + gpt);
            Map<String, Double> mem = titleMatches(retriever, "the MEM1 paper on constant memory");
            assertEquals(1.0, mem.get(papers.get(1).id()), "MEM is no word of the collection: MEM1 names its paper");
        }
    }

    @Test
    void should_lead_with_the_paper_a_name_with_a_slip_names_when_no_paper_writes_the_word(@TempDir Path dir) {
        List<Paper> papers = new ArrayList<>();
        papers.add(Paper.builder("LazyEviction: Lagged KV Eviction for Long Reasoning",
                "We propose LazyEviction, a lagged KV eviction framework.", new Source("t", 1)).build());
        for (int i = 0; i < 12; i++) {
            papers.add(Paper.builder("Study of reasoning " + i, "What does a model do when it reasons about task " + i + "?", new Source("t", 2 + i)).build());
        }
        try (PaperIndex index = PaperIndex.open(dir, EMBEDDER.name(), EMBEDDER.dimension())) {
            new Ingester(index, EMBEDDER, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);
            PaperHit first = retriever.search(new SearchRequest("what does LazyEvicton do?", 5)).hits().get(0);
            assertEquals(papers.get(0).id(), first.paper().id(), "BM25 finds no word of \"LazyEvicton\"; its name with a slip names the paper");
        }
    }

    private static Map<String, Double> titleMatches(HybridRetriever retriever, String query) {
        return retriever.search(new SearchRequest(query, 10)).hits().stream()
                .collect(Collectors.toMap(h -> h.paper().id(), PaperHit::titleMatch));
    }
}
