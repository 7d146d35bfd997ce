package dev.paperchat.cli;

import dev.paperchat.answer.Answer;
import dev.paperchat.answer.AnswerMode;
import dev.paperchat.answer.AnswerSource;
import dev.paperchat.answer.Assistant;
import dev.paperchat.answer.Citation;
import dev.paperchat.answer.Question;
import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question from the collection, citing papers and sentences.")
final class AskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    NewIndexOptions newIndex;

    @Mixin
    LlmOptions llm;

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question (words are joined with spaces).")
    List<String> words;

    @Option(names = "--mode", defaultValue = "auto", description = "auto (LLM if configured), llm or extractive.")
    String mode;

    @Option(names = {"-k", "--k"}, defaultValue = "" + Question.DEFAULT_K, description = "Number of source papers (1-20, default ${DEFAULT-VALUE}).")
    int k;

    @Mixin
    FilterOptions filterOptions;

    @Override
    public Integer call() {
        // The answer's note tells of an LLM that failed; the warning logged for a server's operator would say it twice.
        System.setProperty("org.slf4j.simpleLogger.log." + Assistant.class.getName(), "error");
        Question question = new Question(String.join(" ", words), List.of(), k, AnswerMode.parse(mode), filterOptions.filters());
        try (PaperChat app = new PaperChat(common.config(newIndex.flags(llm.flags())))) {
            app.ingestSampleIfEmpty(SampleNotice.INSTANCE);
            Answer answer = app.assistant().ask(question);
            if (common.json) {
                System.out.println(Json.write(answer));
            } else {
                print(answer);
            }
            return 0;
        }
    }

    private static void print(Answer a) {
        System.out.println(a.answer());
        if (a.citations().isEmpty() && a.notices().isEmpty()) return;
        System.out.println();
        a.notices().forEach(n -> System.out.println("Note: " + n));
        a.unsupported().forEach(u -> System.out.println("Unsupported (" + u.reason() + "): " + u.sentence()));
        if (a.citations().isEmpty()) return;
        System.out.println("Sources (" + (a.mode().equals("llm") ? "LLM " + a.model() : "extractive, no LLM") + "):");
        for (AnswerSource s : a.sources()) {
            List<Citation> cited = a.citations().stream().filter(c -> c.marker() == s.number()).toList();
            if (cited.isEmpty()) continue;
            System.out.printf("[%d] %s%s%n", s.number(), s.title(), s.date() == null ? "" : " (" + s.date() + ")");
            cited.forEach(c -> System.out.println("    \"" + c.sentence() + "\"" + (c.supported() ? "" : Citation.NOT_EVIDENCE)));
        }
    }
}
