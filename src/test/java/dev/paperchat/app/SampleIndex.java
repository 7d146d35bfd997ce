package dev.paperchat.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The bundled sample corpus ingested once per test JVM into a real on-disk index under
 * target/, with the real embedding model; integration tests share it read-only.
 */
public final class SampleIndex {
    /** A passage of three claims of three sample papers, as a writer pastes one to find each claim's source. */
    public static final String PASSAGE = "Entropy minimization alone can improve reasoning without labels. Shorter thinking chains can be"
            + " more accurate than long ones. Low-probability tokens sustain exploration in RL.";
    private static PaperChat app;
    private static Path dir;

    private SampleIndex() {}

    public static synchronized PaperChat get() {
        if (app == null) {
            try {
                dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sample-index-");
                app = new PaperChat(Config.defaults(dir));
                app.ingestSampleIfEmpty(dev.paperchat.index.IngestListener.NONE);
                Runtime.getRuntime().addShutdownHook(new Thread(SampleIndex::closeAndDelete));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return app;
    }

    /** Each test JVM writes its own copy; left behind, they filled target/ run after run. */
    private static void closeAndDelete() {
        app.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete the test index " + dir + ": " + e.getMessage());
        }
    }
}
