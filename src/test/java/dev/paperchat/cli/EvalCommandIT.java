package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperchat.app.SampleIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandIT {

    @TempDir
    Path tmp;

    @Test
    void should_print_the_figures_of_a_small_evaluation_file_as_json() throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        // The CLI opens the same index beside the shared one: readers need no lock.
        {
            CliRun run = CliRun.of("eval", "--index", index.toString(), "--json", "src/test/resources/fixtures/eval-small.jsonl");
            assertEquals(0, run.status(), run.err());
            JsonNode report = new ObjectMapper().readTree(run.out());
            assertEquals(3, report.get("questions").asInt());
            assertEquals(1.0, report.at("/byType/title/mrr").asDouble());
            assertEquals(1.0, report.at("/byType/title/recall@10").asDouble());
            // One of the two relevant titles of s2 is not in the index: recall is at most a half, and it is reported.
            assertTrue(report.at("/byType/topic/recall@10").asDouble() <= 0.5);
            assertEquals("s2: A Paper That Does Not Exist", report.get("unknownTitles").get(0).asText());
            assertEquals(1.0, report.at("/abstention/abstained").asDouble());
            assertEquals(2, report.at("/overall/n").asInt());
            assertTrue(report.get("details") == null, "per-question results only when asked for");
        }
    }

    /** A notebook reads each question's result from the JSON; a terminal gets them on stderr. */
    @Test
    void should_give_each_questions_ranks_with_details() throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        CliRun run = CliRun.of("eval", "--index", index.toString(), "--json", "--details", "src/test/resources/fixtures/eval-small.jsonl");
        assertEquals(0, run.status(), run.err());
        JsonNode details = new ObjectMapper().readTree(run.out()).get("details");
        assertEquals(3, details.size(), details.toString());
        assertEquals("s1", details.get(0).get("id").asText());
        assertEquals(1, details.get(0).get("ranks").get(0).asInt(), "the Quiet-STaR paper first");
        assertEquals(0, details.get(1).get("ranks").get(1).asInt(), "a title not in the index is not retrieved");
        assertEquals(0, details.get(2).get("ranks").size(), "an unanswerable question has no relevant paper");
        assertTrue(!details.get(2).get("covered").asBoolean());
        assertEquals("", run.err().strip(), "nothing on stderr with --json");
        CliRun text = CliRun.of("eval", "--index", index.toString(), "--details", "src/test/resources/fixtures/eval-small.jsonl");
        assertTrue(text.err().lines().anyMatch(l -> l.matches("HYBRID s1 +title +covered=true +conf=\\S+ ranks=\\[1]")), text.err());
        CliRun answers = CliRun.of("eval", "--index", index.toString(), "--json", "--details", "--answers", "src/test/resources/fixtures/eval-small.jsonl");
        JsonNode answered = new ObjectMapper().readTree(answers.out()).at("/answers/details");
        assertEquals(3, answered.size(), answered.toString());
        assertEquals(0, answered.get(0).get("missing").size(), "s1's answer names Quiet-STaR: " + answered);
    }

    @Test
    void should_score_the_answers_and_the_papers_they_cite() throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        CliRun run = CliRun.of("eval", "--index", index.toString(), "--json", "--answers", "src/test/resources/fixtures/eval-small.jsonl");
        assertEquals(0, run.status(), run.err());
        JsonNode answers = new ObjectMapper().readTree(run.out()).get("answers");
        assertEquals(1.0, answers.at("/mentionsAll/title").asDouble(), answers.toString());
        assertEquals(1.0, answers.at("/citedRelevant/title").asDouble(), answers.toString());
        assertEquals(1.0, answers.at("/relevantCited/title").asDouble(), answers.toString());
        // s2 lists two relevant titles, one of them not in the index: citing the other is half of them.
        assertEquals(0.5, answers.at("/relevantCited/topic").asDouble(), answers.toString());
        // A list answer cites several papers, so the relevant one is a share of them.
        double precision = answers.at("/citedRelevant/topic").asDouble();
        assertTrue(precision > 0 && precision < 1, answers.toString());
        assertEquals(1.0, answers.at("/abstention/abstained").asDouble());
        assertEquals(1.0, answers.get("citationsVerbatim").asDouble());
    }

    @Test
    void should_print_a_table_with_every_mode_when_comparing() throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        {
            CliRun run = CliRun.of("eval", "--index", index.toString(), "--compare", "src/test/resources/fixtures/eval-small.jsonl");
            assertEquals(0, run.status(), run.err());
            for (String mode : new String[] {"bm25", "vector", "hybrid"}) {
                assertTrue(run.out().lines().anyMatch(l -> l.matches(mode + " +overall +2 .*")), run.out());
            }
            assertTrue(run.out().contains("Titles not in the index"));
        }
    }

    /** A misspelt field would leave its strings unchecked and a repeated id count twice: both are warned of, by line. */
    @Test
    void should_warn_of_a_field_it_does_not_read_and_of_an_id_given_twice_and_record_k() throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        Path file = tmp.resolve("misspelt.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"type\": \"title\", \"question\": \"quiet star\", \"relevant\": "
                + "[\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\"], \"must_mentoin\": [\"x\"]}\n"
                + "{\"id\": \"a\", \"type\": \"title\", \"question\": \"the markovian thinker\", \"relevant\": [\"The Markovian Thinker\"]}\n");
        CliRun run = CliRun.of("eval", "--index", index.toString(), "--json", "--k", "3", file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains(file + ":1: field \"must_mentoin\" is not read; known: id, type, question, relevant, must_mention"), run.err());
        assertTrue(run.err().contains(file + ":2: id \"a\" is also the id of line 1"), run.err());
        assertEquals(3, new ObjectMapper().readTree(run.out()).get("k").asInt(), "recall@10 of the top 3 says so");
    }

    /** "--k 1" scores the top paper alone: a second relevant paper at rank 2 counts at k 10 and not at k 1. */
    @Test
    void should_score_the_top_k_only_under_10() throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        Path file = tmp.resolve("two-relevant.jsonl");
        Files.writeString(file, "{\"id\": \"e\", \"type\": \"topic\", \"question\": \"policy entropy collapse\", \"relevant\": "
                + "[\"The Entropy Mechanism of Reinforcement Learning for Reasoning Language Models\", "
                + "\"Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward\"]}\n");
        var top10 = new ObjectMapper().readTree(CliRun.of("eval", "--index", index.toString(), "--json", file.toString()).out());
        var top1 = new ObjectMapper().readTree(CliRun.of("eval", "--index", index.toString(), "--json", "--k", "1", file.toString()).out());
        assertEquals(1.0, top10.at("/overall/recall@10").asDouble(), top10.toString());
        assertEquals(0.5, top1.at("/overall/recall@10").asDouble(), top1.toString());
        assertEquals(0.5, top1.at("/overall/recall@5").asDouble(), top1.toString());
        assertEquals(1.0, top1.at("/overall/mrr").asDouble(), top1.toString());
    }

    @Test
    void should_name_the_line_of_a_bad_evaluation_file() throws Exception {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"x\",\"type\":\"topic\",\"question\":\"q\",\"relevant\":[\"T\"]}\n{oops\n");
        CliRun run = CliRun.of("eval", "--index", "target/unused-index", bad.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains(bad + ":2:"), run.err());

        Path latin1 = tmp.resolve("latin1.jsonl");
        Files.write(latin1, "{\"question\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun notUtf8 = CliRun.of("eval", "--index", "target/unused-index", latin1.toString());
        assertEquals(2, notUtf8.status());
        assertTrue(notUtf8.err().contains(latin1 + ": not UTF-8 text"), notUtf8.err());
        CliRun missing = CliRun.of("eval", "--index", "target/unused-index", "target/no-such-eval.jsonl");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("target/no-such-eval.jsonl: no such file"), missing.err());

        for (String[] lineAndError : new String[][] {
                {"null", "not a question object"},
                {"[1]", "not a question object"},
                {"{\"question\": \"q\"}", "type must be one of [topic, fact, claim, title, unanswerable]; it is missing"},
                {"{\"question\": \"q\", \"type\": \"topic\", \"relevant\": \"One Title\"}", "field \"relevant\" has the wrong type"},
                {"{\"question\": \"q\", \"type\": \"topic\", \"relevant\": [\"T\"]} trailing", "not JSON: "},
                {"{\"question\": 42, \"type\": \"topic\", \"relevant\": [\"T\"]}", "field \"question\" has the wrong type"},
                {"{\"question\": \"q\", \"type\": \"topic\", \"relevant\": [1, 2]}", "field \"relevant\" has the wrong type"},
                {"{\"question\": \"q\", \"type\": \"topic\", \"relevant\": [null]}", "relevant must not hold an empty or null entry"},
                {"{\"question\": \"q\", \"type\": \"fact\"}", "relevant must list the title of at least one paper for a fact question"},
                {"{\"question\": \"q\", \"type\": \"unanswerable\"} {\"question\": \"r\", \"type\": \"unanswerable\"}", "more than one JSON value"}}) {
            Files.writeString(bad, "{\"type\":\"topic\",\"question\":\"fine\",\"relevant\":[\"T\"]}\n" + lineAndError[0] + "\n");
            CliRun run2 = CliRun.of("eval", "--index", "target/unused-index", bad.toString());
            assertEquals(2, run2.status(), lineAndError[0]);
            assertTrue(run2.err().contains(bad + ":2: " + lineAndError[1]), run2.err());
        }
        // Options are checked before anything is opened: a bad one costs no index.
        for (String[] option : new String[][] {{"--mode", "bogus"}, {"--answer-mode", "bogus"}, {"--k", "0"}}) {
            CliRun run3 = CliRun.of("eval", "--index", "target/unused-index", option[0], option[1], "src/test/resources/fixtures/eval-small.jsonl");
            assertEquals(2, run3.status(), option[0]);
            assertTrue(run3.err().contains(option[0] + " must be"), run3.err());
        }
        assertTrue(Files.notExists(Path.of("target/unused-index")));
    }

    @Test
    void should_find_a_relevant_paper_by_the_same_work_under_another_title_and_print_no_abstention_without_unanswerable_questions()
            throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        Path file = tmp.resolve("versioned.jsonl");
        Files.writeString(file, "{\"id\": \"v\", \"type\": \"title\", \"question\": \"the quiet star paper\", "
                + "\"relevant\": [\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking (v2)\"]}\n");
        CliRun run = CliRun.of("eval", "--index", index.toString(), "--json", file.toString());
        assertEquals(0, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(0, report.get("unknownTitles").size(), run.out());
        assertEquals(1.0, report.at("/byType/title/mrr").asDouble());
        assertTrue(report.at("/abstention/abstained").isNull(), "no unanswerable question to measure it on");
        CliRun table = CliRun.of("eval", "--index", index.toString(), file.toString());
        assertTrue(table.out().contains("abstention on unanswerable n/a, false abstention on answerable 0.000"), table.out());

        Files.writeString(file, "{\"type\": \"unanswerable\", \"question\": \"How do proteins fold in the cell?\"}\n");
        JsonNode unanswerable = new ObjectMapper().readTree(CliRun.of("eval", "--index", index.toString(), "--json", file.toString()).out());
        assertEquals(0, unanswerable.at("/overall/n").asInt());
        assertTrue(unanswerable.at("/overall/mrr").isNull(), "no answerable question to rank papers for");
        assertTrue(CliRun.of("eval", "--index", index.toString(), file.toString()).out().contains("overall     0       n/a"));
    }
}
