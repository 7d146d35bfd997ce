package dev.paperchat.embed;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * ONNX Runtime's native libraries, extracted once into a directory of paperchat's own
 * ({@code ~/.paperchat/native/onnxruntime-1.20.0-linux-x64}) and loaded from there. Left to itself,
 * ONNX Runtime copies 16 MB into a new temporary directory at every start, and leaves the directory
 * behind: one more in /tmp for every command run.
 */
final class OnnxNatives {
    /** ONNX Runtime's setting for a directory that holds its libraries. */
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final String[] LIBRARIES = {"onnxruntime", "onnxruntime4j_jni"};

    private OnnxNatives() {}

    /** Points ONNX Runtime at the libraries under {@code root}, extracting them first if needed; on any failure it extracts them itself. */
    static synchronized void useCacheIn(Path root) {
        String platform = platform();
        Package ort = OrtEnvironment.class.getPackage();
        String version = ort == null ? null : ort.getImplementationVersion();
        if (System.getProperty(PATH_PROPERTY) != null || platform == null || version == null) return;
        Path dir = root.resolve("onnxruntime-" + version + "-" + platform);
        try {
            for (String library : LIBRARIES) extract("/ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library), dir);
            System.setProperty(PATH_PROPERTY, dir.toString());
        } catch (IOException | RuntimeException e) {
            // A home that cannot be written, a jar without the library: ONNX Runtime's own way still works.
        }
    }

    /** Copies the library unless a copy of its size is there; another process copying at once replaces it whole. */
    private static void extract(String resource, Path dir) throws IOException {
        URL url = OrtEnvironment.class.getResource(resource);
        if (url == null) throw new IOException("no " + resource);
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        if (Files.isRegularFile(target) && Files.size(target) == size) return;
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, target.getFileName().toString(), ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The directory ONNX Runtime's jar keeps this platform's libraries in: "linux-x64", "osx-aarch64", "win-x64". */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("linux") ? "linux" : os.contains("mac") ? "osx" : os.contains("win") ? "win" : null;
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return system == null || cpu == null ? null : system + "-" + cpu;
    }
}
