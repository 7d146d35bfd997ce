package dev.paperchat.answer;

import dev.paperchat.corpus.Hash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\w+}}");

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

    /** In one pass over the template: a question or an abstract that holds "{{sources}}" stays as written. */
    static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(), m.group())));
    }
}
