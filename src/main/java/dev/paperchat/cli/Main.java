package dev.paperchat.cli;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.index.IndexException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine;

@Command(name = "paperchat", mixinStandardHelpOptions = true, version = "paperchat 0.1.0",
        description = "Ask questions about a collection of research-paper abstracts and get cited answers.",
        subcommands = {IngestCommand.class, SearchCommand.class, PapersCommand.class, StatsCommand.class, EvalCommand.class, AskCommand.class, ServeCommand.class, CiteCommand.class, RemoveCommand.class, BenchCommand.class, McpCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Lucene's notes on its vector implementation are no news to a user; held, as the logging system keeps loggers weakly. */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE.setLevel(Level.WARNING);
        System.exit(run(args));
    }

    /** What --json prints when a command fails: the message stderr has, and the exit status. */
    record Failure(String error, int status) {}

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        boolean json = Arrays.asList(args).contains("--json");
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("paperchat: " + message(e));
            // A busy index is no bad input: a script may wait and run the same command again.
            int status = e instanceof IndexException.Busy ? 3 : e instanceof InvalidInputException || e instanceof IndexException ? 2 : 1;
            // A notebook reading --json's stdout gets a document in failure too.
            if (json) System.out.println(dev.paperchat.app.Json.write(new Failure(message(e), status)));
            return status;
        });
        // A mistyped option is one line and a pointer to the help, not the whole usage text.
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("paperchat: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr())) closestOption(e).ifPresent(
                    option -> command.getErr().println("Did you mean " + option + "?"));
            command.getErr().println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
            if (json) System.out.println(dev.paperchat.app.Json.write(new Failure(e.getMessage(), 2)));
            return 2;
        });
        cli.setErr(new PrintWriter(System.err, true));
        return cli.execute(args);
    }

    /** picocli suggests by shared letter pairs, which a swap of two letters ("--idnex") breaks: the option one or two edits away. */
    private static Optional<String> closestOption(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) return Optional.empty();
        String given = unmatched.getUnmatched().get(0).split("=", 2)[0];
        if (!given.startsWith("--")) return Optional.empty();
        LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
        return e.getCommandLine().getCommandSpec().options().stream().flatMap(o -> Arrays.stream(o.names()))
                .filter(name -> name.startsWith("--") && Math.round((1 - distance.getDistance(given, name)) * Math.max(given.length(), name.length())) <= 2)
                .min(Comparator.comparingDouble(name -> -distance.getDistance(given, name)));
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
