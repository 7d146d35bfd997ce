package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkerStreamTest {
    private static final String REPLY = "\nClip-Cov limits collapse [1, 9]. Lp-Reg helps [9]. Ranges [2-3] count; "
            + "[CLS] tokens and arrays [0] stay text, as does an unclosed [ bracket [4]\n";

    @Test
    void should_leave_out_markers_to_no_source_while_streaming_and_join_to_the_checked_text() {
        String checked = CitationChecker.withValidMarkers(REPLY, 3, new ArrayList<>()).strip();
        assertEquals("Clip-Cov limits collapse [1]. Lp-Reg helps. Ranges [2][3] count; [CLS] tokens and arrays stay text,"
                + " as does an unclosed [ bracket", checked);
        for (List<String> tokens : List.of(chars(REPLY), words(REPLY), randomPieces(REPLY, 7), randomPieces(REPLY, 11))) {
            List<String> passed = new ArrayList<>();
            MarkerStream stream = new MarkerStream(passed::add, 3);
            tokens.forEach(stream);
            stream.finish();
            assertEquals(checked, String.join("", passed), tokens.toString());
            assertFalse(String.join("", passed).contains("9"), passed.toString());
        }
    }

    /** A local model's markers, split anywhere across tokens, stream as the checked answer reads. */
    @Test
    void should_stream_a_local_model_s_markers_as_the_checked_text_reads_them() {
        String reply = "Hawkeye guides a smaller model [Source 1]. It speeds up tasks (source 2). It cuts cost [^1]. Both help [1; 2]."
                + " Enumerations (1) stay, as does (see above) and [S2] too \u30103\u3011. All agree [Source 1, Source 2, Source 3, Source 1, Source 2]."
                + " Quiet-STaR thinks [1\u2020Quiet-STaR (2024)] here. Scenarios (S1) and (S2) stay text. Lp-Reg [2](#source-2) and [citation:3].";
        String checked = CitationChecker.withValidMarkers(reply, 3, new ArrayList<>()).strip();
        assertEquals("Hawkeye guides a smaller model [1]. It speeds up tasks [2]. It cuts cost [1]. Both help [1][2]."
                + " Enumerations (1) stay, as does (see above) and [2] too [3]. All agree [1][2][3][1][2]."
                + " Quiet-STaR thinks [1] here. Scenarios (S1) and (S2) stay text. Lp-Reg [2] and [3].", checked);
        for (List<String> tokens : List.of(chars(reply), words(reply), randomPieces(reply, 3), randomPieces(reply, 5), randomPieces(reply, 13))) {
            List<String> passed = new ArrayList<>();
            MarkerStream stream = new MarkerStream(passed::add, 3);
            tokens.forEach(stream);
            stream.finish();
            assertEquals(checked, String.join("", passed), tokens.toString());
        }
    }

    /** A long reply is checked a sentence at a time as it comes, and still streams exactly as the whole reply checks. */
    @Test
    void should_stream_a_long_reply_as_the_whole_of_it_checks() {
        StringBuilder reply = new StringBuilder("Findings:\n");
        Random random = new Random(7);
        for (int i = 0; i < 120; i++) {
            reply.append(i % 9 == 0 ? "\n    - nested item " : "").append("Claim ").append(i).append(" holds in 0..1 of runs")
                    .append(List.of(" [1]", " [9]", " [Source 2]", "[^4]", " [2-3]", "").get(random.nextInt(6)))
                    .append(List.of(". ", ".\n", "! ", "; ").get(random.nextInt(4)));
        }
        String checked = CitationChecker.withValidMarkers(reply.toString(), 3, new ArrayList<>()).strip();
        for (List<String> tokens : List.of(words(reply.toString()), randomPieces(reply.toString(), 5), randomPieces(reply.toString(), 9))) {
            List<String> passed = new ArrayList<>();
            MarkerStream stream = new MarkerStream(passed::add, 3);
            tokens.forEach(stream);
            stream.finish();
            assertEquals(checked, String.join("", passed));
        }
    }

    @Test
    void should_pass_nothing_for_an_empty_reply() {
        List<String> passed = new ArrayList<>();
        MarkerStream stream = new MarkerStream(passed::add, 3);
        stream.accept("");
        stream.accept("  ");
        stream.finish();
        assertEquals(List.of(), passed);
    }

    private static List<String> chars(String text) {
        return text.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    private static List<String> words(String text) {
        return List.of(text.split("(?<= )"));
    }

    private static List<String> randomPieces(String text, long seed) {
        Random random = new Random(seed);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = Math.min(text.length(), i + 1 + random.nextInt(6));
            pieces.add(text.substring(i, end));
            i = end;
        }
        return pieces;
    }
}
