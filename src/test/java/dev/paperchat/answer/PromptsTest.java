package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {

    @Test
    void should_use_the_templates_bundled_in_the_jar_when_the_folder_is_missing(@TempDir Path dir) throws Exception {
        Prompts bundled = Prompts.load(dir.resolve("no-such-folder"));
        Prompts checkout = Prompts.load(Path.of("prompts"));
        assertEquals(checkout, bundled);
        assertTrue(bundled.answer().contains("{{sources}}"));
    }

    @Test
    void should_prefer_a_file_of_the_folder_to_the_bundled_one(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("system.txt"), "You are terse.");
        Prompts prompts = Prompts.load(dir);
        assertEquals("You are terse.", prompts.system());
        assertEquals(Prompts.load(Path.of("prompts")).answer(), prompts.answer());
        assertNotEquals(Prompts.load(Path.of("prompts")).version(), prompts.version());
    }

    @Test
    void should_name_the_file_whose_template_lacks_a_placeholder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("answer.txt"), "Answer {{question}}.");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Prompts.load(dir));
        assertTrue(e.getMessage().contains("answer.txt lacks {{sources}}"), e.getMessage());
        Files.delete(dir.resolve("answer.txt"));
        Files.writeString(dir.resolve("rewrite.txt"), "Rewrite {{question}} as a standalone question.");
        InvalidInputException rewrite = assertThrows(InvalidInputException.class, () -> Prompts.load(dir));
        assertTrue(rewrite.getMessage().contains("rewrite.txt lacks {{history}}"), rewrite.getMessage());
    }

    @Test
    void should_send_the_best_sources_that_fit_the_llm_s_context_and_at_least_one() {
        Prompts prompts = Prompts.load(Path.of("prompts"));
        List<AnswerSource> sources = IntStream.rangeClosed(1, 8).mapToObj(n -> new AnswerSource(n, "p" + n, "Paper " + n,
                null, null, List.of(), "An abstract of about fifteen hundred characters. ".repeat(31), 1, List.of())).toList();
        assertEquals(8, prompts.fitting(sources, "what is it?", Integer.MAX_VALUE).size());
        // A 4,096-token context with 700 for the reply holds about 10,000 characters of prompt: eight sources of 1,500 do not fit.
        List<AnswerSource> fitting = prompts.fitting(sources, "what is it?", Llm.promptChars(4096, 700));
        assertEquals(sources.subList(0, fitting.size()), fitting, "the best first");
        assertTrue(fitting.size() >= 5 && fitting.size() < 8, "fits " + fitting.size());
        assertTrue(prompts.system().length() + prompts.answerPrompt(fitting, "what is it?").length() <= Llm.promptChars(4096, 700));
        assertEquals(1, prompts.fitting(sources, "what is it?", 10).size(), "one, however small the context");
    }
}
