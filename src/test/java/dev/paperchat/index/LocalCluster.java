package dev.paperchat.index;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A real OpenSearch cluster for a test, started by {@code scripts/opensearch-cluster} in child
 * processes on free ports, its nodes' files in a directory of the test's own.
 */
public final class LocalCluster implements AutoCloseable {
    private static final Path SCRIPT = Path.of("scripts", "opensearch-cluster");

    private final Path dir;
    private final Map<String, String> env;
    private final URI url;
    private final int nodes;

    private LocalCluster(Path dir, Map<String, String> env, URI url, int nodes) {
        this.dir = dir;
        this.env = env;
        this.url = url;
        this.nodes = nodes;
    }

    public static LocalCluster start(int nodes, Path dir) throws IOException, InterruptedException {
        int http = freePorts(nodes), transport = freePorts(nodes);
        Map<String, String> env = Map.of("OPENSEARCH_CLUSTER_DIR", dir.toString(),
                "OPENSEARCH_HTTP_PORT", String.valueOf(http), "OPENSEARCH_TRANSPORT_PORT", String.valueOf(transport));
        List<String> out = run(env, "start", String.valueOf(nodes));
        return new LocalCluster(dir, env, URI.create(out.get(out.size() - 1).strip()), nodes);
    }

    public URI url() {
        return url;
    }

    /** Every node's HTTP address, so a client can move on when one is gone. */
    public List<URI> nodeUrls() {
        return IntStream.range(0, nodes)
                .mapToObj(i -> URI.create("http://127.0.0.1:" + (url.getPort() + i))).toList();
    }

    /** Kills node {@code n} (1-based) at once, as a crash would. */
    public void kill(int n) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(dir.resolve("node-" + n).resolve("pid")).strip());
        ProcessHandle node = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("node " + n + " is not running"));
        node.destroyForcibly();
        node.onExit().join();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(env, "stop");
    }

    private static List<String> run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("scripts/opensearch-cluster " + String.join(" ", args) + " failed:\n" + out);
        }
        return out.lines().toList();
    }

    /** The first of {@code n} consecutive free ports. */
    private static int freePorts(int n) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            if (allFree(first, n)) return first;
        }
        throw new IOException("no " + n + " consecutive free ports found");
    }

    private static boolean allFree(int first, int n) {
        for (int port = first; port < first + n; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
