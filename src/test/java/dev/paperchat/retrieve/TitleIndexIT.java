package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.corpus.Source;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.FakeEmbeddingModel;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.Ingester;
import dev.paperchat.index.PaperIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles across index segments: each ingest below commits a segment of its own. */
class TitleIndexIT {
    private static final Embedder EMBEDDER = new Embedder(new FakeEmbeddingModel(384), FakeEmbeddingModel.NAME, "");

    private static Paper paper(String title, String abstractText, String venue) {
        return Paper.builder(title, abstractText, new Source("t.jsonl", 1)).venue(venue).build();
    }

    @Test
    void should_match_names_across_segments_and_forget_replaced_versions(@TempDir Path dir) {
        try (PaperIndex index = PaperIndex.open(dir, EMBEDDER.name(), EMBEDDER.dimension())) {
            Ingester ingester = new Ingester(index, EMBEDDER, Chunker.DEFAULT);
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);
            Paper quiet = paper("Quiet-STaR: Language Models Can Teach Themselves to Think", "Models think before they speak.", null);
            ingester.ingest(new ParseResult(List.of(quiet), List.of()), IngestListener.NONE);
            assertEquals(Map.of(quiet.id(), 1.0), titleMatches(retriever, "the quiet star paper"));

            Paper star = paper("StAR: Segment Anything Reasoner", "We propose GeoZeroX, a segmentation model trained with masks.", null);
            ingester.ingest(new ParseResult(List.of(star), List.of()), IngestListener.NONE);
            assertEquals(Map.of(quiet.id(), 1.0), titleMatches(retriever, "the quiet star paper"), "the longer name wins across segments");
            assertEquals(Map.of(star.id(), 1.0), titleMatches(retriever, "star for segmentation"));
            assertEquals(Map.of(star.id(), 1.0), titleMatches(retriever, "that GeoZeroX method"), "a name the abstract introduces");

            // A metadata change rewrites the paper into a new segment and deletes the old version.
            ingester.ingest(new ParseResult(List.of(paper(quiet.title(), quiet.abstractText(), "ICLR")), List.of()), IngestListener.NONE);
            SearchResult result = retriever.search(new SearchRequest("quiet star", 10), Mode.BM25);
            assertEquals(1, result.hits().stream().filter(h -> h.paper().id().equals(quiet.id())).count());
            assertEquals("ICLR", result.hits().get(0).paper().venue());

        }
    }

    @Test
    void should_keep_a_name_one_paper_introduces_when_that_paper_is_written_again(@TempDir Path dir) {
        try (PaperIndex index = PaperIndex.open(dir, EMBEDDER.name(), EMBEDDER.dimension())) {
            Ingester ingester = new Ingester(index, EMBEDDER, Chunker.DEFAULT);
            ingester.ingest(SampleCorpus.read(CorpusReader.withAllFormats()), IngestListener.NONE);
            CitationLookup lookup = new CitationLookup(new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT));
            assertTrue(lookup.byTitle("Lp-Reg", 3).found(), "the name its abstract introduces, though other papers use it");
            // A second source, then that source without it: the paper is written again twice, and its old versions,
            // deleted but not yet merged away, are no papers introducing the name.
            String title = "Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward";
            Paper copy = Paper.builder(title, "A short abstract about Lp-Reg.", new Source("mine.jsonl", 1)).build();
            Paper other = Paper.builder("Cassowary Claws", "We study cassowary claws.", new Source("mine.jsonl", 2)).build();
            ingester.ingest(new ParseResult(List.of(copy, other), List.of(), Set.of("mine.jsonl"), Map.of()), IngestListener.NONE);
            ingester.ingest(new ParseResult(List.of(other), List.of(), Set.of("mine.jsonl"), Map.of()), IngestListener.NONE);
            CitationLookup.Lookup after = lookup.byTitle("Lp-Reg", 3);
            assertTrue(after.found(), () -> "found false, first " + after.matches().get(0).confidence());
            assertEquals(title, after.matches().get(0).hit().paper().title());
        }
    }

    @Test
    void should_name_the_paper_whose_title_spells_a_name_many_papers_use_when_asked_for_its_paper(@TempDir Path dir) {
        try (PaperIndex index = PaperIndex.open(dir, EMBEDDER.name(), EMBEDDER.dimension())) {
            Paper dpo = paper("Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
                    "RLHF is unstable. The resulting algorithm, which we call Direct Preference Optimization (DPO), is stable.", null);
            List<Paper> users = List.of(paper("Step Rewards", "We extend DPO to steps.", null),
                    paper("Token Credit", "We extend DPO to tokens.", null), paper("Video Preferences", "DPO aligns video models.", null));
            List<Paper> papers = new ArrayList<>(users);
            papers.add(dpo);
            new Ingester(index, EMBEDDER, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);

            CitationLookup.Lookup lookup = new CitationLookup(retriever).byTitle("DPO", 3);
            assertTrue(lookup.found());
            assertEquals(dpo.id(), lookup.matches().get(0).hit().paper().id(), "a title lookup of the name");
            assertEquals(Map.of(dpo.id(), 1.0), titleMatches(retriever, "What does the DPO paper propose?"));
            assertEquals(Map.of(dpo.id(), 1.0), titleMatches(retriever, "Which paper introduced DPO?"));
            assertEquals(Map.of(), titleMatches(retriever, "Which papers extend DPO?"), "the method many papers use names none of them");
        }
    }

    private static Map<String, Double> titleMatches(HybridRetriever retriever, String query) {
        Map<String, Double> matches = new HashMap<>();
        for (PaperHit hit : retriever.search(new SearchRequest(query, 10), Mode.BM25).hits()) {
            if (hit.named()) matches.put(hit.paper().id(), hit.titleMatch());
        }
        return matches;
    }
}
