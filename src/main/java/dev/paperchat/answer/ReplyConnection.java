package dev.paperchat.answer;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP client of one LLM reply, which can be closed while the reply streams. LangChain4j
 * gives a handle to cancel a reply only with its first token, so a server that sends its headers
 * and then waits (llama.cpp with every slot busy) would keep the request queued long after the
 * deadline and then generate for no one. Closing the reply's body closes its connection, which
 * a server takes as the client gone.
 */
final class ReplyConnection implements HttpClient {
    private final HttpClient http;
    private final Set<InputStream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile ReplyStart start;
    private volatile Runnable ended = () -> {};

    ReplyConnection(HttpClient http) {
        this.http = http;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        return http.execute(request);
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        http.execute(request, (body, events) -> read(body, parser, events), listener);
    }

    private void read(InputStream body, ServerSentEventParser parser, ServerSentEventListener events) {
        open.add(body);
        try {
            // Checked after the body is registered: a close() from now on sees it, one before is seen here.
            if (closed) {
                closeQuietly(body);
            } else {
                start = new ReplyStart(body);
                parser.parse(start, events);
                ended.run();
            }
        } finally {
            open.remove(body);
        }
    }

    /** Runs once the reply's body has been read to its end: a stream that ends without its last event (Ollama's "done") ends there. */
    void onEnd(Runnable ended) {
        this.ended = ended;
    }

    /**
     * What a reply that streamed no text held instead, for the reader: the error object a server
     * sent with status 200, or the start of a body that is no event stream (a proxy's HTML page);
     * null when it was a stream with nothing in it.
     */
    String whatCameInstead() {
        return start == null ? null : start.describe();
    }

    /** A whole chat completion's text and finish reason, sent as one JSON document instead of a stream; null for none. */
    ReplyStart.Completion completion() {
        return start == null ? null : start.completion();
    }

    /** The message of an error event the stream held ({"error": {"message": ...}}), or null. */
    String streamError() {
        return start == null ? null : start.error();
    }

    /** Closes the reply's connection, now or, if its headers have not come yet, as soon as they do. */
    void close() {
        closed = true;
        open.forEach(ReplyConnection::closeQuietly);
    }

    /** A builder for a LangChain4j model that hands it this client; the model's timeouts are the shared client's. */
    HttpClientBuilder builder() {
        return new HttpClientBuilder() {
            @Override
            public Duration connectTimeout() {
                return null;
            }

            @Override
            public HttpClientBuilder connectTimeout(Duration timeout) {
                return this;
            }

            @Override
            public Duration readTimeout() {
                return null;
            }

            @Override
            public HttpClientBuilder readTimeout(Duration timeout) {
                return this;
            }

            @Override
            public HttpClient build() {
                return ReplyConnection.this;
            }
        };
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // The connection is going either way.
        }
    }
}
