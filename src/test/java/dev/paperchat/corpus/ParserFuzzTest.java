package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Feeds every parser random bytes, truncations and byte-level mutations of real inputs: no
 * parser may throw (CorpusReader would catch it, at the cost of the whole file), hang past a
 * bound, or produce an error without a file and a line.
 */
class ParserFuzzTest {
    static final int INPUTS_PER_SEED = 1000;
    private final CorpusReader reader = CorpusReader.withAllFormats();

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (InputStream in = ParserFuzzTest.class.getResourceAsStream("/corpus/001_579d1438fa2739ee.txt")) {
            seeds.add(Arrays.copyOf(in.readAllBytes(), 12_000));
        }
        try (var files = Files.list(Path.of("src/test/resources/fixtures/formats"))) {
            for (Path f : files.sorted().toList()) seeds.add(Files.readAllBytes(f));
        }
        seeds.add("{\"title\": \"T\", \"abstract\": \"An abstract.\", \"authors\": [\"A\"]}\n".repeat(20).getBytes(StandardCharsets.UTF_8));
        return seeds;
    }

    @Test
    void should_survive_random_truncated_and_mutated_inputs_in_every_format() throws Exception {
        Random random = new Random(20261125);
        List<String> formats = reader.formats();
        int tried = 0;
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            for (byte[] seed : seeds()) {
                for (int i = 0; i < INPUTS_PER_SEED; i++) {
                    byte[] input = mutate(seed, random);
                    String format = formats.get(random.nextInt(formats.size()));
                    Future<ParseResult> parse = executor.submit(() -> reader.read("fuzz.in", input, format));
                    ParseResult result = parse.get(10, TimeUnit.SECONDS); // a hang fails the test here
                    for (ParseError e : result.errors()) {
                        assertTrue(e.file().equals("fuzz.in") && e.line() >= 0 && e.message() != null, e.toString());
                        // CorpusReader and the parsers turn a crash into such an error: it must not be needed.
                        assertTrue(!e.message().contains("parser failed") && !e.message().contains("could not be read ("), format + ": " + e);
                    }
                    tried++;
                }
            }
        } finally {
            executor.shutdownNow();
        }
        System.out.println("parser fuzzing: " + tried + " inputs, no crash, no hang");
        assertTrue(tried >= 1000);
    }

    static byte[] mutate(byte[] seed, Random random) {
        switch (random.nextInt(5)) {
            case 0: { // random bytes
                byte[] b = new byte[random.nextInt(4096)];
                random.nextBytes(b);
                return b;
            }
            case 1: // truncation
                return Arrays.copyOf(seed, random.nextInt(seed.length + 1));
            case 2: { // flipped bytes
                byte[] b = seed.clone();
                for (int i = 0; i < 1 + random.nextInt(20) && b.length > 0; i++) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                return b;
            }
            case 3: { // structural characters spliced in
                String s = new String(seed, StandardCharsets.UTF_8);
                String[] junk = {"{", "}", "[", "]", "\"", "@", "<", ">", "&", "\n\n", "TY  - ", "ER  - ", "<!DOCTYPE x [", "\\", "\u0000"};
                StringBuilder out = new StringBuilder(s);
                for (int i = 0; i < 1 + random.nextInt(30) && out.length() > 0; i++) {
                    out.insert(random.nextInt(out.length()), junk[random.nextInt(junk.length)]);
                }
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
            default: { // deep nesting
                int depth = 1 + random.nextInt(50_000);
                return ("[".repeat(depth) + "{".repeat(depth % 1000)).getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
