package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prompts.load(dir));
        assertTrue(e.getMessage().contains("answer.txt lacks {{sources}}"), e.getMessage());
    }
}
