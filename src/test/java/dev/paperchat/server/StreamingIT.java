package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperchat.answer.ScriptedLlmServer;
import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.SampleIndex;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a streaming answer does when its reader leaves, and when it fails after it has begun. */
class StreamingIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sample index, answered by the scripted LLM with a minute to reply. */
    private static PaperChat answeringWith(ScriptedLlmServer llm) {
        return new PaperChat(Config.of(Map.of("index", SampleIndex.get().index().location(),
                "llm.base-url", llm.baseUrl(), "llm.model", "scripted-7b", "llm.timeout-seconds", "60", "llm.context-tokens", "32768",
                "prompts.dir", "prompts")));
    }

    @Test
    void should_stop_the_llm_when_the_client_closes_the_stream() throws Exception {
        try (ScriptedLlmServer llm = new ScriptedLlmServer().script(ScriptedLlmServer.Behaviour.SLOW_STREAM, "");
             PaperChat app = answeringWith(llm);
             TestServer server = new TestServer(Map.of(), app)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/ask"))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"which methods avoid entropy collapse?\", \"stream\": true}")).build();
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = events.readLine()) != null && !line.contains("slowly0")) { /* until the LLM's first word */ }
                assertTrue(line != null && line.contains("slowly0"), "the LLM's words are streamed");
            }
            assertTrue(llm.clientLeftWithin(10), "the LLM was stopped, not left generating for a minute nobody reads");
        }
    }

    /** With every stream taken, one more is refused at once and told when to try again. */
    @Test
    void should_refuse_a_stream_past_the_limit_with_a_retry_after() throws Exception {
        try (ScriptedLlmServer llm = new ScriptedLlmServer().script(ScriptedLlmServer.Behaviour.SLOW_STREAM, "");
             PaperChat app = answeringWith(llm);
             TestServer server = new TestServer(Map.of("limits.streams", "1"), app)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/ask"))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"which methods avoid entropy collapse?\", \"stream\": true}")).build();
            HttpResponse<InputStream> first = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader events = new BufferedReader(new InputStreamReader(first.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = events.readLine()) != null && !line.contains("slowly0")) { /* the first stream is under way */ }
                HttpResponse<String> second = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(429, second.statusCode(), second.body());
                assertEquals("1", second.headers().firstValue("Retry-After").orElse(""));
                assertTrue(second.body().contains("too_many_streams"), second.body());
            }
        }
    }

    /** A reader who presses Stop while a busy LLM server has yet to start the reply. */
    @Test
    void should_notice_a_client_that_left_before_the_llm_said_a_word_and_stop_the_llm() throws Exception {
        try (ScriptedLlmServer llm = new ScriptedLlmServer().script(ScriptedLlmServer.Behaviour.QUEUED, "");
             PaperChat app = answeringWith(llm);
             TestServer server = new TestServer(Map.of(), app)) {
            URI url = URI.create(server.url("/api/ask"));
            String body = "{\"question\": \"which methods avoid entropy collapse?\", \"stream\": true}";
            try (Socket socket = new Socket(url.getHost(), url.getPort())) {
                socket.getOutputStream().write(("POST /api/ask HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                BufferedReader reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("HTTP/1.1 200 OK", reply.readLine());
                String line;
                while ((line = reply.readLine()) != null && !line.equals(": ")) { /* headers, chunk sizes */ }
                assertEquals(": ", line, "a comment line keeps the stream alive while the LLM is silent");
            }
            assertTrue(llm.clientLeftWithin(15), "the LLM reply was closed, not left queued until its 60 s timeout");
        }
    }

    @Test
    void should_stream_no_marker_to_no_source_and_end_the_content_with_the_unbacked_sentences() throws Exception {
        String reply = "Clip-Cov and KL-Cov restrict updates of high-covariance tokens to keep entropy up [1]. "
                + "Bananas are the main export of Iceland [2]. Another method also helps [9].";
        try (ScriptedLlmServer llm = new ScriptedLlmServer().script(ScriptedLlmServer.Behaviour.REPLY, reply);
             PaperChat app = answeringWith(llm);
             TestServer server = new TestServer(Map.of(), app)) {
            String body = "{\"messages\": [{\"role\": \"user\", \"content\": \"Which methods avoid entropy collapse?\"}]%s}";
            JsonNode plain = JSON.readTree(server.post("/v1/chat/completions", body.formatted("")).body());
            String content = plain.at("/choices/0/message/content").asText();
            assertTrue(content.contains("\n\nSentences the cited sources do not back:\n- \"Bananas are the main export of Iceland.\" (cited sources do not state this)"), content);
            assertTrue(plain.at("/paperchat/unsupported").size() >= 2, plain.toString());

            List<String[]> events = ApiServerIT.events(server.post("/v1/chat/completions", body.formatted(", \"stream\": true")).body());
            StringBuilder streamed = new StringBuilder();
            for (String[] event : events.subList(0, events.size() - 1)) streamed.append(JSON.readTree(event[1]).at("/choices/0/delta/content").asText());
            assertFalse(streamed.substring(0, streamed.indexOf("\n\nSentences")).contains("[9]"), "the answer as streamed: " + streamed);
            assertTrue(content.endsWith("\n(Note: Removed the LLM's citation marker(s) [9]: they point to none of the 8 sources it was given.)"), content);
            assertEquals(content, streamed.toString(), "the stream reads as the plain reply");
        }
    }

    @Test
    void should_send_the_papers_found_before_the_llm_writes_from_them() throws Exception {
        try (ScriptedLlmServer llm = new ScriptedLlmServer().script(ScriptedLlmServer.Behaviour.REPLY,
                "Clip-Cov and KL-Cov restrict updates of high-covariance tokens to keep entropy up [1].");
             PaperChat app = answeringWith(llm);
             TestServer server = new TestServer(Map.of(), app)) {
            List<String[]> events = ApiServerIT.events(server.post("/api/ask",
                    "{\"question\": \"Which methods avoid entropy collapse?\", \"mode\": \"llm\", \"stream\": true}").body());
            assertEquals(List.of("sources", "delta"), events.stream().limit(2).map(e -> e[0]).toList(), "the papers first, then the model's words");
            JsonNode sources = JSON.readTree(events.get(0)[1]).get("sources");
            JsonNode answer = JSON.readTree(events.get(events.size() - 1)[1]);
            assertEquals(answer.get("sources").size(), sources.size());
            assertEquals(answer.at("/sources/0/paperId"), sources.at("/0/paperId"), "the same papers the answer gives");
        }
    }

    @Test
    void should_end_an_openai_stream_with_an_error_chunk_and_done_when_answering_fails(@TempDir Path dir) throws Exception {
        PaperChat app = new PaperChat(Config.defaults(dir));
        try (TestServer server = new TestServer(Map.of(), app)) {
            app.close(); // every search now fails, after the stream has begun
            HttpResponse<String> response = server.post("/v1/chat/completions",
                    "{\"model\": \"paperchat\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"What is Quiet-STaR?\"}]}");
            assertEquals(200, response.statusCode());
            List<String[]> events = ApiServerIT.events(response.body());
            assertEquals("assistant", JSON.readTree(events.get(0)[1]).at("/choices/0/delta/role").asText());
            JsonNode error = JSON.readTree(events.get(events.size() - 2)[1]).get("error");
            assertEquals("server_error", error.get("type").asText(), response.body());
            assertEquals("internal_error", error.get("code").asText(), response.body());
            assertEquals("unexpected server error; see the server log", error.get("message").asText(), "no internals shown");
            assertEquals("[DONE]", events.get(events.size() - 1)[1]);
            // paperchat's own stream names the failure as a plain reply would.
            List<String[]> asked = ApiServerIT.events(server.post("/api/ask", "{\"question\": \"What is Quiet-STaR?\", \"stream\": true}").body());
            String[] last = asked.get(asked.size() - 1);
            assertEquals("error", last[0]);
            JsonNode failure = JSON.readTree(last[1]);
            assertEquals("internal_error", failure.get("error").asText());
            assertEquals(500, failure.get("status").asInt());
            assertEquals("unexpected server error; see the server log", failure.get("message").asText());
        }
    }

    /** An OpenAI client shows the content only: the LLM's failure is said where its words stop, and not again at the end. */
    @Test
    void should_say_an_llm_failure_once_in_an_openai_stream() throws Exception {
        try (ScriptedLlmServer llm = new ScriptedLlmServer().script(ScriptedLlmServer.Behaviour.CUT_MID_STREAM, "");
             PaperChat app = answeringWith(llm);
             TestServer server = new TestServer(Map.of(), app)) {
            HttpResponse<String> response = server.post("/v1/chat/completions", "{\"model\": \"paperchat\", \"stream\": true,"
                    + " \"messages\": [{\"role\": \"user\", \"content\": \"which methods avoid entropy collapse?\"}]}");
            StringBuilder content = new StringBuilder();
            for (String[] event : ApiServerIT.events(response.body())) {
                if (!event[1].equals("[DONE]")) content.append(JSON.readTree(event[1]).at("/choices/0/delta/content").asText(""));
            }
            String said = "this is the extractive answer instead";
            assertEquals(1, content.toString().split(said, -1).length - 1, content.toString());
        }
    }

    /** The reader is told of a failed LLM in the answer; the operator, who sees no answers, in the server's log. */
    @Test
    void should_log_an_llm_failure_for_the_operator() throws Exception {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PaperChat app = new PaperChat(Config.of(Map.of("index", SampleIndex.get().index().location(),
                     "llm.base-url", "http://127.0.0.1:1/v1", "llm.model", "absent-7b", "prompts.dir", "prompts")));
             TestServer server = new TestServer(Map.of(), app)) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            HttpResponse<String> response = server.post("/api/ask", "{\"question\": \"which methods avoid entropy collapse?\", \"mode\": \"llm\"}");
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("extractive", JSON.readTree(response.body()).get("mode").asText(), response.body());
        } finally {
            System.setErr(oldErr);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("WARN") && logged.contains("the LLM at http://127.0.0.1:1/v1") && logged.contains("answered extractively"), logged);
    }
}
