package dev.paperchat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the direction of DESIGN.md honest: corpus -> index <- retrieve <- answer <- server, with
 * embed beside index (on corpus only, for its refusal of bad input), app the composition root, and
 * cli, server, mcp and eval at the edge.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/paperchat");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "corpus", Set.of(),
            "embed", Set.of("corpus"),
            "index", Set.of("corpus", "embed"),
            "retrieve", Set.of("corpus", "embed", "index"),
            "answer", Set.of("corpus", "embed", "index", "retrieve"),
            "app", Set.of("corpus", "embed", "index", "retrieve", "answer"),
            "mcp", Set.of("corpus", "embed", "index", "retrieve", "answer", "app"),
            "server", Set.of("corpus", "embed", "index", "retrieve", "answer", "app", "mcp"),
            "eval", Set.of("corpus", "embed", "index", "retrieve", "answer", "app"),
            "cli", Set.of("corpus", "embed", "index", "retrieve", "answer", "app", "mcp", "server", "eval"));
    /** A use of another package in code: an import or a qualified name, string literals aside. */
    private static final Pattern USE = Pattern.compile("\\bdev\\.paperchat\\.([a-z]+)\\.(?:[A-Za-z]|\\*)");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void should_have_every_package_depend_only_on_those_to_its_left() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = MAIN.relativize(file).getName(0).toString();
                Set<String> allowed = ALLOWED.get(own);
                if (allowed == null) {
                    violations.add(file + ": package " + own + " has no place in the architecture");
                    continue;
                }
                Matcher use = USE.matcher(STRING.matcher(Files.readString(file)).replaceAll("\"\""));
                while (use.find()) {
                    String other = use.group(1);
                    if (!other.equals(own) && !allowed.contains(other)) violations.add(file + " uses " + other);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** A doc comment right above another is attached to nothing: a member inserted under a doc took its place. */
    @Test
    void should_attach_every_doc_comment_to_its_member() throws IOException {
        List<String> dangling = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 1; i < lines.size(); i++) {
                    if (lines.get(i - 1).strip().endsWith("*/") && lines.get(i).strip().startsWith("/**")) dangling.add(file + ":" + i);
                }
            }
        }
        assertEquals(List.of(), dangling);
    }
}
