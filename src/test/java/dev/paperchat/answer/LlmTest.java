package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.List;
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

    @Test
    void should_say_that_nothing_listens_rather_than_name_an_exception() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/v1";
        Llm llm = new Llm(http -> dev.langchain4j.model.openai.OpenAiStreamingChatModel.builder().httpClientBuilder(http)
                .baseUrl(url).apiKey("x").modelName("m").build(), null, "m", url, Duration.ofSeconds(20));
        LlmException e = assertThrows(LlmException.class, () -> llm.chat("system", "user", token -> {}));
        assertTrue(e.getMessage().equals("the LLM at " + url + " failed: cannot connect (is the server running?)"), e.getMessage());
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
        org.junit.jupiter.api.Assertions.assertEquals("CUDA out of memory", Llm.errorText("{\"error\": {\"message\": \"CUDA out of memory\"}}"));
        org.junit.jupiter.api.Assertions.assertEquals("no message", Llm.errorText(""));
        org.junit.jupiter.api.Assertions.assertEquals("a web page, \"503 Service Temporarily Unavailable\"", Llm.errorText(
                "<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n<body><center><h1>503</h1></center><hr>nginx</body></html>"));
        org.junit.jupiter.api.Assertions.assertEquals("model 'x' not found", Llm.errorText("model 'x' not found"));
    }
}
