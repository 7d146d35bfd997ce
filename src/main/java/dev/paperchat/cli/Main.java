package dev.paperchat.cli;

import dev.paperchat.index.IndexException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "paperchat", mixinStandardHelpOptions = true, version = "paperchat 0.1.0",
        description = "Ask questions about a collection of research-paper abstracts and get cited answers.",
        subcommands = {IngestCommand.class, SearchCommand.class, StatsCommand.class, EvalCommand.class, AskCommand.class, ServeCommand.class, CiteCommand.class, BenchCommand.class, McpCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("paperchat: " + message(e));
            return e instanceof IllegalArgumentException || e instanceof IndexException ? 2 : 1;
        });
        cli.registerConverter(LocalDate.class, Main::date);
        // A mistyped option is one line and a pointer to the help, not the whole usage text.
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("paperchat: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
            command.getErr().println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        cli.setErr(new PrintWriter(System.err, true));
        return cli.execute(args);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
