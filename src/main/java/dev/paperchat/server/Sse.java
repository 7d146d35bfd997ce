package dev.paperchat.server;

import dev.paperchat.app.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes Server-Sent Events straight to the response, flushing each one so it reaches the client at once. */
final class Sse {
    private final OutputStream out;
    // Written by whichever thread writes the answer (an LLM reply has its own), read by the request's.
    private volatile boolean open = true;
    private final java.util.concurrent.locks.ReentrantLock writing = new java.util.concurrent.locks.ReentrantLock();

    Sse(Context ctx) {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream");
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        try {
            this.out = ctx.res().getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named event whose data is the JSON of {@code data}. */
    void event(String name, Object data) {
        write((name == null ? "" : "event: " + name + "\n") + "data: " + Json.write(data) + "\n\n");
    }

    /** A raw data line, as the OpenAI protocol's "data: [DONE]". */
    void data(String raw) {
        write("data: " + raw + "\n\n");
    }

    /**
     * The client went away: whoever is writing the answer (an LLM generating tokens) should stop,
     * as nobody reads it.
     */
    static final class ClientGone extends RuntimeException {
        ClientGone(IOException cause) {
            super("the client closed the stream", cause);
        }
    }

    /**
     * Under a lock: an event is written whole even when two threads (an LLM's and the request's)
     * write. A lock, not synchronized: a virtual thread blocked in a write would pin its carrier on Java 21.
     */
    private void write(String text) {
        writing.lock();
        try {
            if (!open) return;
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            open = false;
            throw new ClientGone(e);
        } finally {
            writing.unlock();
        }
    }
}
