package dev.paperchat.eval;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Source;
import dev.paperchat.corpus.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of any size made from the sentences and title words of real papers, so the text
 * looks real to the analyzer and the chunker. The same seed and size give the same papers.
 */
public final class SyntheticCorpus {
    private final List<String> sentences = new ArrayList<>();
    private final List<String> titleWords = new ArrayList<>();

    public SyntheticCorpus(List<Paper> sample) {
        for (Paper paper : sample) {
            for (Span span : Sentences.split(paper.abstractText())) sentences.add(span.of(paper.abstractText()));
            for (String word : paper.title().split("\\s+")) if (word.length() > 2) titleWords.add(word);
        }
        if (sentences.isEmpty()) throw new IllegalArgumentException("the sample has no sentences");
    }

    public List<Paper> generate(int papers, long seed) {
        Random random = new Random(seed);
        List<Paper> out = new ArrayList<>(papers);
        for (int i = 0; i < papers; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 4 + random.nextInt(6); w++) title.append(titleWords.get(random.nextInt(titleWords.size()))).append(' ');
            title.append(i); // distinct titles, hence distinct ids
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 6 + random.nextInt(5); s++) text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            String date = String.format("20%02d-%02d-%02d", 20 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
            out.add(Paper.of(title.toString(), text.toString().strip(), List.of(), 1 + random.nextInt(12), date, null, null,
                    new Source("synthetic", i + 1)));
        }
        return out;
    }
}
