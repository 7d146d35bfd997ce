package dev.paperchat.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command is a JVM of its own, which loads ONNX Runtime once: tested so, in child processes. */
class OnnxNativesIT {

    @Test
    void should_extract_the_native_libraries_once_into_its_home_and_leave_nothing_in_the_temporary_directory(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home"), tmp = Files.createDirectories(dir.resolve("tmp"));
        String index = Path.of(dev.paperchat.app.SampleIndex.get().index().location()).toAbsolutePath().toString();
        search(home, tmp, index);
        Path natives;
        try (Stream<Path> dirs = Files.list(home.resolve(".paperchat").resolve("native"))) {
            natives = dirs.filter(d -> d.getFileName().toString().startsWith("onnxruntime-")).findFirst().orElseThrow();
        }
        Path library = natives.resolve(System.mapLibraryName("onnxruntime"));
        assertTrue(Files.size(library) > 1_000_000, library.toString());
        FileTime extracted = Files.getLastModifiedTime(library);
        search(home, tmp, index);
        assertEquals(extracted, Files.getLastModifiedTime(library), "the second run loads the copy the first made");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("onnxruntime")).toList());
        }
    }

    private static void search(Path home, Path tmp, String index) throws Exception {
        ProcessBuilder command = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "dev.paperchat.cli.Main", "search", "--index", index, "-k", "1", "entropy collapse").redirectErrorStream(true);
        Process process = command.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        assertTrue(out.contains("Entropy"), out);
    }
}
