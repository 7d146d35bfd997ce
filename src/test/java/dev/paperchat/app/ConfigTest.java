package dev.paperchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.retrieve.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private static String refused(String key, String value) {
        return assertThrows(InvalidInputException.class, () -> Config.of(Map.of(key, value)), key + "=" + value).getMessage();
    }

    /** "index=~/papers" in the config file or PAPERCHAT_INDEX, where no shell expands "~", is in the home directory. */
    @Test
    void should_read_a_path_that_starts_with_a_tilde_as_in_the_home_directory() {
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(home.resolve("papers/index"), Config.load(Map.of("PAPERCHAT_INDEX", "~/papers/index"), Map.of()).index());
        assertEquals(home.resolve("models"), Config.of(Map.of("models.dir", "~/models")).modelsDir());
        assertEquals(Path.of("a~b"), Config.of(Map.of("index", "a~b")).index(), "only a leading ~ is the home");
        assertEquals(Path.of("~user/x"), Config.of(Map.of("index", "~user/x")).index(), "another user's home is left as written");
    }

    @Test
    void should_refuse_numbers_that_are_not_numbers_or_out_of_range_naming_the_setting() {
        assertEquals("port must be between 0 and 65535, was NaN", refused("port", "NaN"));
        assertEquals("limits.requests-per-minute must be between 1 and 1000000, was NaN", refused("limits.requests-per-minute", "NaN"));
        assertEquals("llm.temperature must be between 0 and 2, was Infinity", refused("llm.temperature", "Infinity"));
        assertEquals("limits.streams must be a whole number, was 2.5", refused("limits.streams", "2.5"));
        assertEquals("port must be a number, was \"seventy\"", refused("port", "seventy"));
        assertEquals("limits.body-bytes must be between 1024 and 1073741824, was -1", refused("limits.body-bytes", "-1"));
    }

    @Test
    void should_allow_questions_no_longer_than_a_search_takes() {
        assertEquals(SearchRequest.MAX_QUERY_CHARS, Config.of(Map.of("limits.question-chars", "10000")).maxQuestionChars());
        assertEquals("limits.question-chars must be between 10 and 10000, was 20000", refused("limits.question-chars", "20000"));
        assertEquals(0.5, Config.of(Map.of("llm.temperature", "0.5")).llmTemperature());
    }

    @Test
    void should_refuse_an_llm_url_without_its_scheme_when_it_is_set_not_at_the_first_answer() {
        assertEquals("llm.base-url (--llm-base-url) must be http(s)://host[:port], was \"localhost:8080/v1\"", refused("llm.base-url", "localhost:8080/v1"));
        assertEquals("llm.base-url (--llm-base-url): not a URL: \"127.0.0.1:8080/v1\"", refused("llm.base-url", "127.0.0.1:8080/v1"));
        assertEquals("llm.base-url (--llm-base-url) is one URL, such as http://127.0.0.1:8080/v1, was \"http://a/v1, http://b/v1\"",
                refused("llm.base-url", "http://a/v1, http://b/v1"));
        assertEquals("http://127.0.0.1:8080/v1", Config.of(Map.of("llm.base-url", "http://127.0.0.1:8080/v1")).llmBaseUrl());
        assertEquals("http://127.0.0.1:8080/v1", Config.of(Map.of("llm.base-url", "HTTP://127.0.0.1:8080/v1")).llmBaseUrl());
        assertEquals("llm.base-url (--llm-base-url) is the server's base URL, without /chat/completions: http://127.0.0.1:8080/v1",
                refused("llm.base-url", "http://127.0.0.1:8080/v1/chat/completions"));
    }

    @Test
    void should_refuse_a_config_file_named_that_is_not_there_and_suggest_a_misspelt_setting(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path missing = dir.resolve("nonexist.properties");
        assertEquals("PAPERCHAT_CONFIG names no file: " + missing,
                assertThrows(InvalidInputException.class, () -> Config.load(Map.of("PAPERCHAT_CONFIG", missing.toString()), Map.of())).getMessage());
        assertEquals(Config.load(Map.of(), Map.of()).port(), Config.load(Map.of("PAPERCHAT_CONFIG", ""), Map.of()).port(), "an empty value unsets it");
        Path typo = Files.writeString(dir.resolve("typo.properties"), "idnex=/tmp/x\n");
        String message = assertThrows(InvalidInputException.class, () -> Config.load(Map.of("PAPERCHAT_CONFIG", typo.toString()), Map.of())).getMessage();
        assertEquals("unknown setting \"idnex\" in " + typo + " (did you mean index?); known: ", message.substring(0, message.indexOf("known: ") + 7));
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("known: [api.key, cors.origins, embedding.model, "), "known settings in order: " + message);
    }
}
