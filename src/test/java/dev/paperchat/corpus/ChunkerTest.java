package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void should_not_split_after_abbreviations_decimals_or_initials() {
        String text = "Models (e.g. LLaMA) reach 30.7% vs. 48.1% as shown by Zelikman et al. in 2022. "
                + "J. Smith agrees! Does it generalise? Yes.";
        List<String> sentences = Sentences.split(text).stream().map(s -> s.of(text)).toList();
        assertEquals(List.of("Models (e.g. LLaMA) reach 30.7% vs. 48.1% as shown by Zelikman et al. in 2022.",
                "J. Smith agrees!", "Does it generalise?", "Yes."), sentences);
        String dotted = "We model cliffs in the U.S. Antarctic Program sites. Data come from the U.K. The model is fast.";
        assertEquals(List.of("We model cliffs in the U.S. Antarctic Program sites.", "Data come from the U.K.", "The model is fast."),
                Sentences.split(dotted).stream().map(s -> s.of(dotted)).toList(), "initials joined by full stops, then a word that opens sentences");
    }

    @Test
    void should_split_after_a_name_ending_in_a_capital_and_after_a_list_ending_in_etc() {
        String text = "We fine-tune Qwen2.5-0.5B. It improves on DeepSeek-R. Gains hold on math, code, etc. Code is released.";
        assertEquals(List.of("We fine-tune Qwen2.5-0.5B.", "It improves on DeepSeek-R.", "Gains hold on math, code, etc.", "Code is released."),
                Sentences.split(text).stream().map(s -> s.of(text)).toList());
        String lower = "Tasks such as math, code, etc. are harder.";
        assertEquals(1, Sentences.split(lower).size(), "a lower-case word goes on with the sentence");
        String name = "It uses up to 40% fewer thinking tokens. short-3@k, while slightly less efficient, surpasses voting. "
                + "We relate entropy H and performance R. This law holds... for all models.";
        assertEquals(List.of("It uses up to 40% fewer thinking tokens.", "short-3@k, while slightly less efficient, surpasses voting.",
                "We relate entropy H and performance R.", "This law holds... for all models."), Sentences.split(name).stream().map(s -> s.of(name)).toList(),
                "a name written in lower case starts a sentence after a word, and a capital letter before \"This\" ends one");
    }

    @Test
    void should_cut_text_without_full_stops_after_semicolons_or_between_words() {
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < 300; i++) listed.append("item number ").append(i).append(" is here; ");
        String semicolons = listed.toString().strip();
        List<Span> pieces = Sentences.split(semicolons);
        assertTrue(pieces.size() >= 15, pieces.size() + " pieces of 1,500 words");
        for (Span piece : pieces) {
            String text = piece.of(semicolons);
            assertTrue(text.split("\\s+").length <= Sentences.PIECE_WORDS, text);
            assertTrue(piece == pieces.get(pieces.size() - 1) || text.endsWith(";"), "cut after a semicolon: " + text);
        }
        assertPiecesCover(semicolons, pieces);
        String words = "word ".repeat(420).strip();
        List<Span> cut = Sentences.split(words);
        assertEquals(List.of(100, 100, 100, 100, 20), cut.stream().map(p -> p.of(words).split(" ").length).toList());
        assertPiecesCover(words, cut);
        assertEquals(String.join(" ", cut.stream().map(s -> s.of(words)).toList()), words, "nothing lost or repeated");
        assertTrue(Chunker.DEFAULT.chunk("p", words).size() > 1, "and the model reads all of it, in windows");
    }

    @Test
    void should_split_chinese_sentences_at_their_own_full_stops() {
        String text = "我们提出了一种新方法。它在数学上更好！是吗？ And in English.";
        assertEquals(List.of("我们提出了一种新方法。", "它在数学上更好！", "是吗？", "And in English."),
                Sentences.split(text).stream().map(s -> s.of(text)).toList());
    }

    @Test
    void should_keep_a_full_stop_glued_between_words_inside_its_sentence() {
        // Scraping glues some sentences ("learning.Experimental"), but so is code written ("gym.Env", "torch.Tensor"):
        // a quote too long is better than one cut inside a name.
        for (String whole : List.of("It learns by reinforcement learning.Experimental results show gains.", "Each policy wraps a gym.Env here.",
                "We use torch.Tensor operations.")) {
            assertEquals(1, Sentences.split(whole).size(), whole);
        }
    }

    /** The pieces run from the text's start to its end with only white space between them. */
    private static void assertPiecesCover(String text, List<Span> pieces) {
        assertEquals(0, pieces.get(0).start());
        assertEquals(text.length(), pieces.get(pieces.size() - 1).end());
        for (int i = 1; i < pieces.size(); i++) {
            assertTrue(text.substring(pieces.get(i - 1).end(), pieces.get(i).start()).isBlank(), "nothing between pieces " + i);
        }
    }

    @Test
    void should_keep_a_sentence_without_final_punctuation() {
        String text = "  First sentence. A trailing fragment  ";
        assertEquals(List.of("First sentence.", "A trailing fragment"),
                Sentences.split(text).stream().map(s -> s.of(text)).toList());
    }

    @Test
    void should_map_every_chunk_back_to_the_exact_abstract_text() {
        for (Paper paper : SampleCorpus.read(CorpusReader.withAllFormats()).papers()) {
            String text = paper.abstractText();
            List<Span> sentences = Sentences.split(text);
            List<Chunk> chunks = Chunker.DEFAULT.chunk(paper.id(), text);
            assertTrue(!chunks.isEmpty(), paper.title());
            for (Chunk chunk : chunks) {
                for (Span span : chunk.sentences()) {
                    assertEquals(text.substring(span.start(), span.end()), span.of(text));
                    assertTrue(sentences.contains(span));
                }
                assertTrue(text.contains(chunk.text(text)));
            }
            // Every sentence is in some chunk, and neighbouring chunks share one sentence.
            assertTrue(chunks.stream().flatMap(c -> c.sentences().stream()).distinct().count() == sentences.size(), paper.title());
            for (int i = 1; i < chunks.size(); i++) {
                Chunk previous = chunks.get(i - 1);
                if (previous.sentences().size() > 1) {
                    assertEquals(previous.sentences().get(previous.sentences().size() - 1), chunks.get(i).sentences().get(0));
                }
            }
        }
    }

    @Test
    void should_bound_chunks_by_sentences_and_words() {
        String text = "One two three. Four five six. Seven eight nine. Ten eleven twelve.";
        List<Chunk> chunks = new Chunker(3, 6).chunk("p", text);
        assertEquals(List.of("One two three. Four five six.", "Four five six. Seven eight nine.",
                "Seven eight nine. Ten eleven twelve."), chunks.stream().map(c -> c.text(text)).toList());
    }

    @Test
    void should_keep_an_abstract_whole_and_window_only_a_text_too_long_for_the_model() {
        String abstractText = "We study reasoning. ".repeat(40);
        assertEquals(1, Chunker.DEFAULT.chunk("p", abstractText).size());
        String longText = "We study how language models reason over many steps. ".repeat(120);
        List<Chunk> chunks = Chunker.DEFAULT.chunk("p", longText);
        assertTrue(chunks.size() > 1);
        for (Chunk chunk : chunks) assertTrue(Chunker.words(chunk.text(longText)) <= 350);
    }

    @Test
    void should_derive_the_same_id_from_title_variants() {
        assertEquals(Titles.id("Quiet-STaR: Language Models"), Titles.id("quiet star language   models"));
        assertEquals("quiet-star-language-models-", Titles.id("Quiet-STaR: Language Models").substring(0, 27));
    }
}
