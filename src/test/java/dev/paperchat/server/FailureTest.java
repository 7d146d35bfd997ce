package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.index.IndexException;
import org.junit.jupiter.api.Test;

class FailureTest {
    @Test
    void should_name_a_failure_as_a_plain_reply_would() {
        assertEquals(new Failure(400, "bad_request", "k must be positive"), Failure.of(new InvalidInputException("k must be positive"), "GET", "/x"));
        assertEquals(new Failure(503, "index_busy", "the index is being written by another process; try again after Retry-After seconds"),
                Failure.of(new IndexException.Busy("index /home/me/.paperchat/index is being written by another process; wait, or ingest through that"
                        + " server's API", null), "GET", "/x"), "no path of the server's and no advice for the command line");
        assertEquals(new Failure(500, "internal_error", "unexpected server error; see the server log"),
                Failure.of(new IllegalStateException("secret internals"), "GET", "/x"), "no internals shown");
    }

    /** A library's refusal of an argument (a number it could not parse) is paperchat's bug, not the client's request. */
    @Test
    void should_take_an_argument_no_check_of_input_refused_for_a_bug() {
        assertEquals(new Failure(500, "internal_error", "unexpected server error; see the server log"),
                Failure.of(new NumberFormatException("For input string: \"99999999999\""), "POST", "/api/ask"));
    }

    @Test
    void should_take_a_bad_argument_once_a_stream_has_begun_for_a_bug() {
        Failure failure = Failure.midStream(new InvalidInputException("secret internals"), "POST", "/api/ask");
        assertEquals(new Failure(500, "internal_error", "unexpected server error; see the server log"), failure);
        assertEquals(404, Failure.midStream(ApiException.notFound("no paper"), "POST", "/api/ask").status());
    }

    @Test
    void should_give_a_failure_without_a_message_its_name() {
        assertEquals("index_unavailable", Failure.of(new IndexException(null, null), "GET", "/x").message());
    }
}
