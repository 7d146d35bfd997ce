package dev.paperchat.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jsoup.Jsoup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local LLM server behind LangChain4j's streaming chat model, with one deadline for the whole
 * reply: a server that stalls mid-stream fails like one that never answers, and its connection
 * is closed.
 */
public final class Llm {
    private static final Pattern MARKERS = Pattern.compile("\\[[\\d\\s,\\-\u2013]*]");
    private static final Pattern SAYS_SOMETHING = Pattern.compile("[\\p{L}\\p{N}]");
    /**
     * A reply is cut here: a server that ignores max_tokens could send megabytes, and each
     * sentence is checked against its sources. Twenty times the default llm.max-tokens of 700.
     */
    static final int MAX_REPLY_CHARS = 14_000;
    /** How long after a reply's body ended the model's handler may still finish it, before the end is taken as a cut. */
    private static final Duration END_GRACE = Duration.ofMillis(500);
    private final Function<HttpClientBuilder, StreamingChatModel> streaming;
    private final HttpClient http;
    private final ChatModel blocking;
    private final String name;
    private final String baseUrl;
    private final Duration timeout;
    private final int promptChars;

    /**
     * @param streaming the streaming model over the HTTP client it is given: each reply gets a
     *                  client of its own (over one shared connection pool), which the deadline closes
     */
    public Llm(Function<HttpClientBuilder, StreamingChatModel> streaming, ChatModel blocking, String name, String baseUrl, Duration timeout) {
        this(streaming, blocking, name, baseUrl, timeout, Integer.MAX_VALUE);
    }

    /**
     * @param promptChars how many characters of prompt the server's context holds beside the reply:
     *                    a server cuts a longer prompt silently, its instructions first
     */
    public Llm(Function<HttpClientBuilder, StreamingChatModel> streaming, ChatModel blocking, String name, String baseUrl, Duration timeout,
               int promptChars) {
        this.streaming = streaming;
        this.promptChars = promptChars;
        this.http = JdkHttpClient.builder().connectTimeout(timeout).readTimeout(timeout).build();
        this.blocking = blocking;
        this.name = name;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    public String name() {
        return name;
    }

    public int promptChars() {
        return promptChars;
    }

    /**
     * The characters of prompt a context of {@code contextTokens} holds beside a reply of
     * {@code replyTokens}: three characters a token, fewer than English prose takes, as abstracts
     * are dense with numbers and names that split into many tokens.
     */
    public static int promptChars(int contextTokens, int replyTokens) {
        return (int) Math.min(Integer.MAX_VALUE, 3L * (contextTokens - replyTokens));
    }

    /**
     * A stream that ends with no finish reason was most likely cut (a server that died, a proxy's
     * timeout), though some servers name reasons LangChain4j does not know: the reply is kept, and
     * the reader told.
     */
    static String cutShort(FinishReason reason) {
        if (reason == null) return "The LLM's reply ended without saying it was finished (its connection may have closed); it may be cut short.";
        if (reason == FinishReason.LENGTH) return "The LLM stopped at its token limit (llm.max-tokens); the answer may be cut short.";
        return null;
    }

    /**
     * One short reply without streaming (follow-up rewriting), within the deadline: the HTTP
     * client's own timeout ends with the headers, and a server that sends them and stalls would
     * hold the question for as long as it stalls.
     */
    public String complete(String system, String user) {
        CompletableFuture<String> reply = new CompletableFuture<>();
        Thread call = Thread.ofVirtual().name("llm-complete").start(() -> {
            try {
                reply.complete(blocking.chat(List.of(SystemMessage.from(system), UserMessage.from(user))).aiMessage().text());
            } catch (Throwable e) {
                reply.completeExceptionally(e);
            }
        });
        try {
            String text = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return text == null ? "" : ThinkingFilter.strip(text);
        } catch (TimeoutException e) {
            // An interrupted send cancels its exchange, and so closes the connection.
            call.interrupt();
            throw notFinished(e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            call.interrupt();
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting for the LLM", e);
        }
    }

    /**
     * A whole reply, and why it may be cut short: null when it ended as the model meant, else
     * what the reader should know.
     */
    public record Reply(String text, String cutShort) {}

    /**
     * Streams the reply's tokens to {@code tokens} and returns the whole reply. A reply past the
     * deadline is cancelled, so that the server stops generating for a client that has gone.
     */
    public Reply chat(String system, String user, Consumer<String> tokens) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        List<ChatMessage> messages = List.of(SystemMessage.from(system), UserMessage.from(user));
        // Held while a token is passed on and while the reply is cancelled: a lock, not synchronized,
        // as passing a token on writes to a client from a virtual thread, which would pin its carrier on Java 21.
        ReentrantLock passing = new ReentrantLock();
        AtomicBoolean thought = new AtomicBoolean();
        StringBuilder received = new StringBuilder();
        ThinkingFilter filter = new ThinkingFilter(tokens);
        StreamingChatResponseHandler handler = handler(reply, handle, passing, filter, thought, received);
        ReplyConnection connection = new ReplyConnection(http);
        // A stream whose body ended without its last event (an Ollama server that died: no "done") is over, not slow:
        // what came is the reply, cut short. The model's own handler, which finishes at once, is given a moment first;
        // after a reply it finished, as after most, the task finds it done and does nothing.
        connection.onEnd(() -> CompletableFuture.delayedExecutor(END_GRACE.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            passing.lock();
            try {
                if (reply.isDone()) return;
                filter.finish();
                thought.compareAndSet(false, ThinkingFilter.thought(received.toString()));
                reply.complete(new Reply(ThinkingFilter.strip(received.toString()), cutShort(null)));
            } catch (RuntimeException readerGone) {
                reply.completeExceptionally(new ReaderGone(readerGone));
            } finally {
                passing.unlock();
            }
        }));
        StreamingChatModel model = streaming.apply(connection.builder());
        // LangChain4j reads the stream on the calling thread when the reply's headers arrive before it
        // attaches its reader, so the call gets a thread of its own: the deadline below always holds.
        Thread.ofVirtual().name("llm-reply").start(() -> {
            try {
                model.chat(messages, handler);
            } catch (RuntimeException e) {
                reply.completeExceptionally(e);
            }
        });
        Reply whole;
        try {
            whole = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Under the reply's lock: a token being passed on finishes first, and none follows the fallback's words.
            String sofar;
            boolean thinking = false;
            // A reply that finished as the deadline passed is whole.
            Reply finished = null;
            passing.lock();
            try {
                if (!reply.cancel(true) && !reply.isCompletedExceptionally()) finished = reply.join();
                sofar = ThinkingFilter.strip(received.toString());
                thinking = thought.get() || ThinkingFilter.thought(received.toString());
                // A slow model (a CPU server at a few tokens a second) that has cited its sources keeps what it wrote.
                if (finished == null && CitationChecker.cites(sofar)) filter.finish();
            } catch (RuntimeException readerGone) {
                sofar = "";
            } finally {
                passing.unlock();
            }
            if (finished != null) {
                whole = finished;
            } else {
                if (handle.get() != null) handle.get().cancel();
                connection.close();
                // A reasoning model that spent the time thinking is told apart from a slow or stalled one: a longer timeout helps it.
                if (thinking && sofar.isBlank()) throw new LlmException("the LLM at " + baseUrl + " was still thinking when its "
                        + timeout.toSeconds() + " s (llm.timeout-seconds) ran out, before any answer", e);
                if (!CitationChecker.cites(sofar)) throw notFinished(e);
                whole = new Reply(sofar, "The LLM did not finish within " + timeout.toSeconds() + " s (llm.timeout-seconds); its answer is cut there.");
            }
        } catch (ExecutionException e) {
            // The reader left: no failure of the LLM's, and nothing to fall back to for anyone.
            if (e.getCause() instanceof ReaderGone gone) throw gone.reader();
            whole = keptAfterClosed(e.getCause(), passing, filter, received).orElseThrow(() -> failure(e.getCause()));
        } catch (InterruptedException e) {
            passing.lock();
            try {
                reply.cancel(true);
            } finally {
                passing.unlock();
            }
            connection.close();
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting for the LLM", e);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        // A stream that ended without finishing may have said why in an error event (llama.cpp's "KV cache full").
        String error = connection.streamError();
        if (error != null && whole.cutShort() != null) whole = new Reply(whole.text(), "The LLM's reply stopped with an error (" + error + "); it may be cut short.");
        // A server or proxy that ignores "stream" sends the whole reply as one document: it is read as the stream would be.
        ReplyStart.Completion completion = whole.text().isEmpty() ? connection.completion() : null;
        if (completion != null) whole = asStreamed(completion, passing, filter, thought);
        // An empty reply, or one of markers alone ("[1][2]"), answers nothing: the reader gets the extractive answer.
        if (!SAYS_SOMETHING.matcher(MARKERS.matcher(whole.text()).replaceAll("")).find()) {
            // A reasoning model whose thinking ran past the limit has said nothing yet.
            if (whole.cutShort() != null && whole.cutShort().contains(MAX_REPLY_CHARS + " characters")) {
                throw new LlmException("the LLM at " + baseUrl + " was still thinking when its reply passed " + MAX_REPLY_CHARS + " characters", null);
            }
            if (thought.get()) {
                throw new LlmException("the LLM at " + baseUrl + (whole.cutShort() == null ? " gave only its thinking, no answer"
                        : " stopped while still thinking, before any answer" + (whole.cutShort().contains("token limit")
                        ? " (at its token limit: raise llm.max-tokens)" : "")), null);
            }
            String instead = connection.whatCameInstead();
            throw new LlmException("the LLM at " + baseUrl + " " + (instead == null ? "gave an empty reply" : instead), null);
        }
        return whole;
    }

    /** Passes tokens on until the reply is done; a reader that throws (it has gone) cancels the generation. */
    private static StreamingChatResponseHandler handler(CompletableFuture<Reply> reply, AtomicReference<StreamingHandle> handle, ReentrantLock passing,
                                                        ThinkingFilter tokens, AtomicBoolean thought, StringBuilder received) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialThinking(PartialThinking thinking) {
                thought.set(true);
            }

            /** A provider that streams without a handle to cancel by is held to the same limit, and its text read alike. */
            @Override
            public void onPartialResponse(String token) {
                accept(token, () -> { });
            }

            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                handle.set(context.streamingHandle());
                accept(partial.text(), context.streamingHandle()::cancel);
            }

            private void accept(String text, Runnable cancel) {
                passing.lock();
                try {
                    if (reply.isDone()) {
                        cancel.run();
                        return;
                    }
                    // Cut before the token that would pass the limit: the reply is what was streamed.
                    if (received.length() + text.length() > MAX_REPLY_CHARS) {
                        cancel.run();
                        tokens.finish();
                        thought.compareAndSet(false, ThinkingFilter.thought(received.toString()));
                        reply.complete(new Reply(ThinkingFilter.strip(received.toString()), "The LLM's reply passed " + MAX_REPLY_CHARS
                                + " characters and was cut there (does the server honour max_tokens?)."));
                        return;
                    }
                    received.append(text);
                    tokens.accept(text);
                } catch (RuntimeException readerGone) {
                    cancel.run();
                    reply.completeExceptionally(new ReaderGone(readerGone));
                } finally {
                    passing.unlock();
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                String raw = response.aiMessage().text() == null ? "" : response.aiMessage().text();
                thought.compareAndSet(false, ThinkingFilter.thought(raw) || response.aiMessage().thinking() != null);
                String text = ThinkingFilter.strip(raw);
                passing.lock();
                try {
                    if (!reply.isDone()) tokens.finish();
                    // Under the lock: a deadline passing now finds the reply whole.
                    reply.complete(new Reply(text, cutShort(response.finishReason())));
                } catch (RuntimeException readerGone) {
                    reply.completeExceptionally(new ReaderGone(readerGone));
                } finally {
                    passing.unlock();
                }
            }

            @Override
            public void onError(Throwable error) {
                reply.completeExceptionally(error);
            }
        };
    }

    /** A reply sent whole, passed to the reader as one token; "stop" ends it as meant, "length" at the token limit. */
    private static Reply asStreamed(ReplyStart.Completion completion, ReentrantLock passing, ThinkingFilter filter, AtomicBoolean thought) {
        passing.lock();
        try {
            filter.accept(completion.text());
            filter.finish();
        } finally {
            passing.unlock();
        }
        thought.compareAndSet(false, ThinkingFilter.thought(completion.text()));
        FinishReason reason = switch (String.valueOf(completion.finishReason())) {
            case "length" -> FinishReason.LENGTH;
            case "stop" -> FinishReason.STOP;
            default -> null;
        };
        return new Reply(ThinkingFilter.strip(completion.text()), cutShort(reason));
    }

    /** A reader of the stream that failed (it has gone): what it threw is passed on as it was. */
    private static final class ReaderGone extends RuntimeException {
        ReaderGone(RuntimeException reader) {
            super(reader);
        }

        RuntimeException reader() {
            return (RuntimeException) getCause();
        }
    }

    /**
     * A reply whose connection closed before it finished (a server that died mid-reply) keeps what
     * it wrote when that cites its sources, as a reply past the deadline does.
     */
    private static Optional<Reply> keptAfterClosed(Throwable failure, ReentrantLock passing, ThinkingFilter filter, StringBuilder received) {
        if (!connectionClosed(failure)) return Optional.empty();
        passing.lock();
        try {
            String sofar = ThinkingFilter.strip(received.toString());
            if (!CitationChecker.cites(sofar)) return Optional.empty();
            filter.finish();
            return Optional.of(new Reply(sofar, "The LLM's connection closed before its reply was finished; its answer is cut there."));
        } finally {
            passing.unlock();
        }
    }

    /** The JDK's words for a server that closed the connection mid-reply. */
    private static boolean connectionClosed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && String.valueOf(t.getMessage()).matches("(?i).*(?:EOF reached|connection reset|closed).*")) return true;
        }
        return false;
    }

    private LlmException notFinished(Throwable e) {
        return new LlmException("the LLM at " + baseUrl + " did not finish within " + timeout.toSeconds() + " s", e);
    }

    /** A timeout says so as the streaming deadline does; the other failures name their cause. */
    private LlmException failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return notFinished(e);
            }
        }
        return new LlmException("the LLM at " + baseUrl + " failed: " + rootMessage(e) + withoutV1(e), e);
    }

    /** A server that has no chat completions where the base URL points: "/v1" is what such URLs most often lack, as /api/health says. */
    private String withoutV1(Throwable e) {
        boolean notFound = false;
        for (Throwable t = e; t != null && !notFound; t = t.getCause() == t ? null : t.getCause()) {
            notFound = t instanceof dev.langchain4j.exception.HttpException http && http.statusCode() == 404;
        }
        return notFound && !baseUrl.matches(".*/v1/*") ? " (does llm.base-url end with /v1?)" : "";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Jackson's message quotes the parser's state and source: the reader needs to know the reply was no JSON.
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) return "its reply is not the JSON of the chat-completions protocol";
            // LangChain4j reads a reply without "choices" (an error object sent with status 200) into a null.
            if (t instanceof NullPointerException) return "its reply held no chat completion (an error object sent with status 200?)";
            // The JDK's HTTP client reports a refused connection as a ClosedChannelException under a ConnectException.
            if (t instanceof ConnectException) return "cannot connect (is the server running?)";
            if (connectionClosed(t)) return "the connection closed before the reply was complete";
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
            // An error status: its number, and the message of the error object the body holds rather than the body.
            if (t instanceof dev.langchain4j.exception.HttpException http) return "HTTP " + http.statusCode() + ": " + abbreviated(errorText(http.getMessage()));
            root = t;
        }
        return abbreviated(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most of an error's body read: a proxy's page or a server's stack trace may run long. */
    private static final int MAX_ERROR_BODY = 64 * 1024;

    /**
     * {"error": {"message": "CUDA out of memory"}}, {"error": "..."} or {"message": "..."}: the
     * message; an HTML page by its title (what a proxy's error page says, "503 Service Temporarily
     * Unavailable"); any other body as it is.
     */
    static String errorText(String body) {
        if (body == null || body.isBlank()) return "no message";
        if (body.length() > MAX_ERROR_BODY) body = body.substring(0, MAX_ERROR_BODY);
        if (body.stripLeading().startsWith("<")) {
            String title = Jsoup.parse(body).title().strip();
            return title.isEmpty() ? "a web page" : "a web page, \"" + title + "\"";
        }
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode error = json.path("error");
            String message = error.isTextual() ? error.asText() : error.path("message").isTextual() ? error.path("message").asText()
                    : json.path("message").asText(null);
            return message == null || message.isBlank() ? body : message;
        } catch (IOException | RuntimeException notJson) {
            return body;
        }
    }

    private static String abbreviated(String message) {
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
