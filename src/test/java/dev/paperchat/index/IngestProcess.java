package dev.paperchat.index;

import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.FakeEmbeddingModel;
import dev.paperchat.eval.SyntheticCorpus;
import java.nio.file.Path;
import java.util.List;

/** A separate process that ingests a synthetic corpus, so a test can kill it with SIGKILL mid-way. */
public final class IngestProcess {
    static final Embedder EMBEDDER = new Embedder(new FakeEmbeddingModel(384), FakeEmbeddingModel.NAME, "");

    static List<Paper> corpus(int papers) {
        return new SyntheticCorpus(SampleCorpus.read(CorpusReader.withAllFormats()).papers()).generate(papers, 7);
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        List<Paper> papers = corpus(Integer.parseInt(args[1]));
        try (PaperIndex index = PaperIndex.open(dir, EMBEDDER.name(), EMBEDDER.dimension())) {
            IngestSummary summary = new Ingester(index, EMBEDDER, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()),
                    new IngestListener() {
                        @Override
                        public void progressed(int done) {
                            System.out.println("progress " + done);
                        }
                    });
            System.out.println("done " + summary.added() + " " + summary.unchanged() + " " + summary.papers() + " " + summary.chunks());
        }
    }
}
