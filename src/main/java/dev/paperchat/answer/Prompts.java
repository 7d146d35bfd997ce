package dev.paperchat.answer;

import dev.paperchat.corpus.Hash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The prompt templates of {@code prompts/}, read once at start. */
public record Prompts(String system, String answer, String rewrite, String version) {

    public static Prompts load(Path dir) {
        try {
            String system = Files.readString(dir.resolve("system.txt"));
            String answer = Files.readString(dir.resolve("answer.txt"));
            String rewrite = Files.readString(dir.resolve("rewrite.txt"));
            for (String placeholder : List.of("{{sources}}", "{{question}}")) {
                if (!answer.contains(placeholder)) throw new IllegalArgumentException(dir.resolve("answer.txt") + " lacks " + placeholder);
            }
            return new Prompts(system, answer, rewrite, Hash.sha256(system + answer + rewrite).substring(0, 12));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read prompt templates in " + dir + ": " + e.getMessage(), e);
        }
    }

    public String answerPrompt(List<AnswerSource> sources, String question) {
        return fill(answer, Map.of("{{sources}}", sourceBlocks(sources), "{{question}}", question));
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

    private static String fill(String template, Map<String, String> values) {
        String out = template;
        for (var e : values.entrySet()) out = out.replace(e.getKey(), e.getValue());
        return out;
    }
}
