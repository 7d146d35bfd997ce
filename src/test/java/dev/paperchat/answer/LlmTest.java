package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LlmTest {
    /**
     * LangChain4j's JDK HTTP client reads a reply on the calling thread when the headers arrive
     * before it attaches its reader (CI hit it under load): a model that streams on the caller's
     * thread must not outlast the deadline either.
     */
    @Test
    void should_hold_the_deadline_when_the_model_streams_on_the_calling_thread() {
        StreamingChatModel onCallersThread = new StreamingChatModel() {
            @Override
            public void chat(List<ChatMessage> messages, StreamingChatResponseHandler handler) {
                for (int i = 0; i < 600 && !Thread.currentThread().isInterrupted(); i++) {
                    handler.onPartialResponse("word" + i + " ");
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        };
        Llm llm = new Llm(http -> onCallersThread, null, "m", "http://127.0.0.1:1/v1", Duration.ofSeconds(1));
        LlmException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(LlmException.class, () -> llm.chat("system", "user", token -> {})));
        assertTrue(e.getMessage().contains("did not finish within 1 s"), e.getMessage());
    }

    /** A provider that streams through the handler's plain-text method is cut at the reply's limit as any other is. */
    @Test
    void should_cut_a_reply_streamed_as_plain_text_at_the_limit() {
        StreamingChatModel endless = new StreamingChatModel() {
            @Override
            public void chat(List<ChatMessage> messages, StreamingChatResponseHandler handler) {
                for (int i = 0; i < 2 * Llm.MAX_REPLY_CHARS / 10; i++) handler.onPartialResponse("word [1]. ");
            }
        };
        Llm llm = new Llm(http -> endless, null, "m", "http://127.0.0.1:1/v1", Duration.ofSeconds(20));
        Llm.Reply reply = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> llm.chat("system", "user", token -> {}));
        assertTrue(reply.text().length() <= Llm.MAX_REPLY_CHARS, "cut at " + reply.text().length());
        assertTrue(reply.cutShort().contains("passed 14000 characters and was cut there"), reply.cutShort());
    }

    @Test
    void should_say_that_nothing_listens_rather_than_name_an_exception() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/v1";
        Llm llm = new Llm(http -> dev.langchain4j.model.openai.OpenAiStreamingChatModel.builder().httpClientBuilder(http)
                .baseUrl(url).apiKey("x").modelName("m").build(), null, "m", url, Duration.ofSeconds(20));
        LlmException e = assertThrows(LlmException.class, () -> llm.chat("system", "user", token -> {}));
        assertTrue(e.getMessage().equals("the LLM at " + url + " failed: cannot connect (is the server running?)"), e.getMessage());
    }

    /**
     * A server that dies mid-reply: its words come, then the connection closes before the body ends. A reply that
     * cites its sources is kept, cut there, as one past the deadline is; one that cites nothing is a failure.
     */
    @Test
    void should_keep_a_cited_reply_whose_connection_dropped() throws Exception {
        assertEquals(new Llm.Reply("Lp-Reg protects low-probability tokens [2].", "The LLM's connection closed before its reply was finished;"
                + " its answer is cut there."), dropping("Lp-Reg protects low-probability tokens [2].", token -> {}));
        LlmException uncited = assertThrows(LlmException.class, () -> dropping("Lp-Reg protects low-probability", token -> {}));
        assertTrue(uncited.getMessage().endsWith("failed: the connection closed before the reply was complete"), uncited.getMessage());
    }

    /** A reader that goes away mid-stream is no failure of the LLM's: what the reader threw comes back as it was. */
    @Test
    void should_pass_on_what_a_reader_that_went_away_threw() throws Exception {
        IllegalStateException gone = new IllegalStateException("the reader went away");
        assertSame(gone, assertThrows(IllegalStateException.class, () -> dropping("Lp-Reg protects [2].", token -> { throw gone; })));
    }

    /** What llm.chat gives for a reply of these words from a server that closes the connection before the body it promised ends. */
    private static Llm.Reply dropping(String words, Consumer<String> tokens) throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofVirtual().start(() -> {
                try (Socket client = socket.accept()) {
                    InputStream in = client.getInputStream();
                    byte[] buffer = new byte[65536];
                    in.read(buffer); // the request; its size does not matter to a server about to die
                    String event = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                            + "\"content\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(words) + "},\"finish_reason\":null}]}\n\n";
                    byte[] body = event.getBytes(StandardCharsets.UTF_8);
                    client.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: " + (body.length + 1000)
                            + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    client.getOutputStream().write(body);
                    client.getOutputStream().flush();
                    Thread.sleep(200);
                } catch (Exception ignored) {
                    // the test reads what the client made of it
                }
            });
            String url = "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
            Llm llm = new Llm(http -> dev.langchain4j.model.openai.OpenAiStreamingChatModel.builder().httpClientBuilder(http)
                    .baseUrl(url).apiKey("x").modelName("m").build(), null, "m", url, Duration.ofSeconds(20));
            try {
                return llm.chat("system", "user", tokens);
            } finally {
                server.join();
            }
        }
    }

    /** A server that answers 200 with no reply in it is named for what it sent, not for an "empty reply". */
    @Test
    void should_say_what_a_reply_of_status_200_held_instead_of_text() throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer()) {
            Llm llm = new Llm(http -> dev.langchain4j.model.openai.OpenAiStreamingChatModel.builder().httpClientBuilder(http)
                    .baseUrl(server.baseUrl()).apiKey("x").modelName("m").build(), null, "m", server.baseUrl(), Duration.ofSeconds(20));
            server.script(ScriptedLlmServer.Behaviour.ERROR_200, "model 'qwen3' is not loaded");
            LlmException error = assertThrows(LlmException.class, () -> llm.chat("system", "user", token -> {}));
            assertTrue(error.getMessage().equals("the LLM at " + server.baseUrl() + " answered with an error: model 'qwen3' is not loaded"),
                    error.getMessage());
            server.script(ScriptedLlmServer.Behaviour.HTML_200, "Please sign in to continue");
            LlmException html = assertThrows(LlmException.class, () -> llm.chat("system", "user", token -> {}));
            assertTrue(html.getMessage().contains("sent no chat-completions stream (its reply began \"<!DOCTYPE html> <html><head><title>Sign in"),
                    html.getMessage());
            // A server or proxy that ignores "stream" sends the reply whole: it is read, and the reader gets it as one token.
            server.script(ScriptedLlmServer.Behaviour.UNSTREAMED, "Lp-Reg protects low-probability tokens [2].");
            List<String> tokens = new ArrayList<>();
            assertEquals(new Llm.Reply("Lp-Reg protects low-probability tokens [2].", null), llm.chat("system", "user", tokens::add));
            assertEquals(List.of("Lp-Reg protects low-probability tokens [2]."), tokens);
            server.script(ScriptedLlmServer.Behaviour.REPLY, "");
            LlmException empty = assertThrows(LlmException.class, () -> llm.chat("system", "user", token -> {}));
            assertTrue(empty.getMessage().endsWith(" gave an empty reply"), empty.getMessage());
            // The blocking call of a follow-up's rewrite: no Java exception in the reader's notice.
            Llm blocking = new Llm(null, dev.langchain4j.model.openai.OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("x").modelName("m").build(),
                    "m", server.baseUrl(), Duration.ofSeconds(20));
            server.script(ScriptedLlmServer.Behaviour.ERROR_200, "overloaded");
            LlmException rewrite = assertThrows(LlmException.class, () -> blocking.complete("system", "user"));
            assertTrue(rewrite.getMessage().endsWith("failed: its reply held no chat completion (an error object sent with status 200?)"), rewrite.getMessage());
        }
    }

    @Test
    void should_say_an_error_reply_by_its_message_and_a_web_page_by_its_title() {
        assertEquals("CUDA out of memory", Llm.errorText("{\"error\": {\"message\": \"CUDA out of memory\"}}"));
        assertEquals("no message", Llm.errorText(""));
        assertEquals("a web page, \"503 Service Temporarily Unavailable\"", Llm.errorText(
                "<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n<body><center><h1>503</h1></center><hr>nginx</body></html>"));
        assertEquals("model 'x' not found", Llm.errorText("model 'x' not found"));
        assertEquals("a web page", Llm.errorText("<html><body>down</body></html>"));
        // A title never closed, of many spaces: its pattern had taken a second for a thousand.
        String unclosed = "<html><title>" + " ".repeat(1_000_000) + "x";
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Llm.errorText(unclosed)).startsWith("a web page"));
    }
}
