package dev.paperchat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.SampleCorpus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
    private final List<Paper> sample = SampleCorpus.read(CorpusReader.withAllFormats()).papers();
    private final SyntheticCorpus generator = new SyntheticCorpus(sample);

    @Test
    void should_generate_the_requested_number_of_distinct_papers() {
        List<Paper> papers = generator.generate(2_000, 42);
        assertEquals(2_000, papers.size());
        assertEquals(2_000, papers.stream().map(Paper::id).distinct().count());
    }

    @Test
    void should_be_deterministic_for_a_seed() {
        assertEquals(generator.generate(50, 42), generator.generate(50, 42));
        assertNotEquals(generator.generate(50, 42), generator.generate(50, 43));
    }

    @Test
    void should_build_abstracts_from_real_sentences() {
        Set<String> sampleText = sample.stream().map(Paper::abstractText).collect(Collectors.toSet());
        Paper paper = generator.generate(1, 1).get(0);
        int end = paper.abstractText().indexOf(". ");
        assertTrue(end > 0, "an abstract of several sentences: " + paper.abstractText());
        String firstSentence = paper.abstractText().substring(0, end + 1);
        assertTrue(sampleText.stream().anyMatch(t -> t.contains(firstSentence)), firstSentence);
    }
}
