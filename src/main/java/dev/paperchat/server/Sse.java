package dev.paperchat.server;

import dev.paperchat.app.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** Writes Server-Sent Events straight to the response, flushing each one so it reaches the client at once. */
final class Sse {
    /** How long a stream may stay quiet (an LLM yet to send its first word) before a comment line goes out. */
    static final long QUIET_MILLIS = 2_000;

    private final OutputStream out;
    private volatile long lastWrite = System.nanoTime();
    // Written by whichever thread writes the answer (an LLM reply has its own), read by the request's.
    private volatile boolean open = true;
    private final ReentrantLock writing = new ReentrantLock();

    Sse(Context ctx) {
        this(streamOf(ctx));
    }

    Sse(OutputStream out) {
        this.out = out;
    }

    private static OutputStream streamOf(Context ctx) {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream");
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        try {
            return ctx.res().getOutputStream();
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
     * Until closed, writes an SSE comment whenever the stream has been quiet for {@link
     * #QUIET_MILLIS}: a proxy does not take the stream for dead, and a client that has left is
     * noticed while the answer is still waiting for an LLM's first word; the thread that opened
     * it is then interrupted, which closes its LLM reply. Closing it clears that interrupt.
     */
    KeepAlive keepAlive() {
        return new KeepAlive(Thread.currentThread());
    }

    /** Beats on a virtual thread of its own: a client that stops reading blocks only its own stream's beats. */
    final class KeepAlive implements AutoCloseable {
        private final Thread answering;
        private final Thread beats;
        private boolean done;
        private boolean interrupted;

        private KeepAlive(Thread answering) {
            this.answering = answering;
            this.beats = Thread.ofVirtual().name("sse-keep-alive").start(this::beat);
        }

        private void beat() {
            try {
                while (true) {
                    // Wakes when the stream will have been quiet for QUIET_MILLIS, not a whole period after it last looked.
                    long quiet = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastWrite);
                    if (quiet < QUIET_MILLIS) Thread.sleep(QUIET_MILLIS - quiet);
                    else if (!comment()) break;
                    // An event being written (to a slow reader) held the line: it is looked at again a period later.
                    else if (System.nanoTime() - lastWrite >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) Thread.sleep(QUIET_MILLIS);
                }
            } catch (InterruptedException e) {
                return; // closed
            }
            synchronized (this) {
                if (!done) answering.interrupt();
                interrupted = !done;
            }
        }

        @Override
        public void close() {
            boolean ours;
            // Not while a beat is being written: interrupted mid-write, the write fails and the stream would end before its last event.
            writing.lock();
            try {
                synchronized (this) {
                    done = true;
                    ours = interrupted;
                }
                beats.interrupt();
            } finally {
                writing.unlock();
            }
            // Only the interrupt sent here is taken back; one from elsewhere (a shutdown) stays.
            if (ours) Thread.interrupted();
        }
    }

    /** A comment line, unless an event is being written; false when the client has gone. */
    private boolean comment() {
        if (!writing.tryLock()) return true;
        try {
            // Closed before the lock was taken: a write with the interrupt pending would fail and end the stream.
            if (!open || Thread.currentThread().isInterrupted()) return false;
            out.write(": \n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            lastWrite = System.nanoTime();
            return true;
        } catch (IOException e) {
            open = false;
            return false;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Under a lock: an event is written whole even when two threads (an LLM's and the request's)
     * write. A lock, not synchronized: a virtual thread blocked in a write would pin its carrier on Java 21.
     */
    private void write(String text) {
        writing.lock();
        try {
            if (!open) throw new ClientGone(null);
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            lastWrite = System.nanoTime();
        } catch (IOException e) {
            open = false;
            throw new ClientGone(e);
        } finally {
            writing.unlock();
        }
    }
}
