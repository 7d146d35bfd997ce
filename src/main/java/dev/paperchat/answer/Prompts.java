package dev.paperchat.answer;

import dev.paperchat.corpus.Hash;
import dev.paperchat.corpus.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The prompt templates of {@code prompts/}, read once at start. */
public record Prompts(String system, String answer, String rewrite, String version) {

    /** Templates bundled in the jar, for the files {@code dir} lacks (a jar copied out of its checkout). */
    static final String BUNDLED = "/paperchat/prompts/";

    public static Prompts load(Path dir) {
        String system = read(dir, "system.txt");
        String answer = read(dir, "answer.txt");
        String rewrite = read(dir, "rewrite.txt");
        for (String placeholder : List.of("{{sources}}", "{{question}}")) {
            if (!answer.contains(placeholder)) throw new InvalidInputException(dir.resolve("answer.txt") + " lacks " + placeholder);
        }
        // Without them the LLM would rewrite a follow-up it never saw, from a conversation it was not given.
        for (String placeholder : List.of("{{history}}", "{{question}}")) {
            if (!rewrite.contains(placeholder)) throw new InvalidInputException(dir.resolve("rewrite.txt") + " lacks " + placeholder);
        }
        return new Prompts(system, answer, rewrite, Hash.sha256(system + answer + rewrite).substring(0, 12));
    }

    private static String read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            if (Files.exists(file)) return Files.readString(file);
            try (InputStream bundled = Prompts.class.getResourceAsStream(BUNDLED + name)) {
                if (bundled != null) return new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
            }
            throw new InvalidInputException("cannot read prompt template " + file + ": no such file, and the build bundles none");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read prompt template " + file + ": " + e.getMessage(), e);
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\w+}}");

    public String answerPrompt(List<AnswerSource> sources, String question) {
        return fill(answer, Map.of("{{sources}}", sourceBlocks(sources), "{{question}}", question));
    }

    /**
     * The first of the sources, best first, whose prompt fits in {@code chars} with the system
     * prompt; at least one, as an answer from none is none.
     */
    public List<AnswerSource> fitting(List<AnswerSource> sources, String question, int chars) {
        int n = sources.size();
        while (n > 1 && system.length() + answerPrompt(sources.subList(0, n), question).length() > chars) n--;
        return sources.subList(0, n);
    }

    public String rewritePrompt(String history, String question) {
        return fill(rewrite, Map.of("{{history}}", history, "{{question}}", question));
    }

    /** Numbered, delimited blocks; text from papers cannot open or close one. */
    static String sourceBlocks(List<AnswerSource> sources) {
        StringBuilder out = new StringBuilder();
        for (AnswerSource s : sources) {
            out.append("<source id=\"").append(s.number()).append("\">\n")
                    .append("Title: ").append(neutralise(s.title())).append('\n')
                    .append("Abstract: ").append(neutralise(s.abstractText())).append('\n')
                    .append("</source>\n\n");
        }
        return out.toString().strip();
    }

    static String neutralise(String text) {
        return text.replaceAll("(?i)<\\s*(/?)\\s*source", "‹$1source");
    }

    /** In one pass over the template: a question or an abstract that holds "{{sources}}" stays as written. */
    static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(), m.group())));
    }
}
