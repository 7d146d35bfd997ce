package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SseTest {

    /** A client's stream whose writes take a while and fail when their thread is interrupted, as a servlet's blocking writes do. */
    private static final class SlowStream extends OutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final CountDownLatch writing = new CountDownLatch(1);

        @Override
        public synchronized void write(int b) throws InterruptedIOException {
            written.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws InterruptedIOException {
            writing.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted mid-write");
            }
            synchronized (this) {
                written.write(bytes, offset, length);
            }
        }
    }

    /** Closing the keep-alive while it writes a beat lets the beat finish: the stream's last event ("data: [DONE]") still goes out. */
    @Test
    void should_write_the_last_event_after_closing_the_keep_alive_mid_beat() throws Exception {
        SlowStream stream = new SlowStream();
        Sse sse = new Sse(stream);
        Sse.KeepAlive beats = sse.keepAlive();
        assertTrue(stream.writing.await(Sse.QUIET_MILLIS + 5_000, TimeUnit.MILLISECONDS), "a beat after the quiet");
        beats.close();
        sse.data("[DONE]");
        String written = stream.written.toString(StandardCharsets.UTF_8);
        assertTrue(written.endsWith(": \n\ndata: [DONE]\n\n"), written);
        assertTrue(!Thread.currentThread().isInterrupted(), "closing takes back no interrupt it did not send");
    }
}
