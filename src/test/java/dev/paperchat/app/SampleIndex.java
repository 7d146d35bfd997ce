package dev.paperchat.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled sample corpus ingested once per test JVM into a real on-disk index under
 * target/, with the real embedding model; integration tests share it read-only.
 */
public final class SampleIndex {
    private static PaperChat app;
    private static Path dir;

    private SampleIndex() {}

    public static synchronized PaperChat get() {
        if (app == null) {
            try {
                dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sample-index-");
                app = new PaperChat(Config.defaults(dir));
                app.ingestSampleIfEmpty(dev.paperchat.index.IngestListener.NONE);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> app.close()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return app;
    }
}
