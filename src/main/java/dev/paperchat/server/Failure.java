package dev.paperchat.server;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.index.IndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failure tells the client, and the line it leaves in the log: one reading for plain
 * replies and for the error events of a stream that has begun, so that a streamed answer's
 * failure is logged and named as a plain one is (an index another process writes is
 * {@code index_busy}, a bug is {@code internal_error} with no internals shown).
 */
record Failure(int status, String error, String message) {
    private static final Logger LOG = LoggerFactory.getLogger(Failure.class);

    public Failure {
        if (message == null) message = error;
    }

    static Failure of(Exception e, String method, String path) {
        return switch (e) {
            case ApiException api -> new Failure(api.status(), api.error(), api.getMessage());
            case InvalidInputException bad -> new Failure(400, "bad_request", bad.getMessage());
            default -> serverSide(e, method, path);
        };
    }

    /**
     * A failure once a stream has begun, after its request was read and checked: a bad argument then
     * is a bug, and its message is no client's business.
     */
    static Failure midStream(Exception e, String method, String path) {
        return e instanceof ApiException ? of(e, method, path) : serverSide(e, method, path);
    }

    private static Failure serverSide(Exception e, String method, String path) {
        return switch (e) {
            case IndexException.Busy busy -> {
                // Expected while another process ingests: a line in the log, not a stack trace at ERROR.
                LOG.warn("{} {}: {}", method, path, busy.getMessage());
                // The CLI's advice and the index's path are no HTTP client's business: it can only try again.
                yield new Failure(503, "index_busy", "the index is being written by another process; try again after Retry-After seconds");
            }
            case IndexException index -> {
                LOG.error("index failure on {} {}", method, path, index);
                yield new Failure(503, "index_unavailable", index.getMessage());
            }
            default -> {
                LOG.error("unexpected failure on {} {}", method, path, e);
                yield new Failure(500, "internal_error", "unexpected server error; see the server log");
            }
        };
    }
}
