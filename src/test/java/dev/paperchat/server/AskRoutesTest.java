package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AskRoutesTest {

    @Test
    void should_stream_only_when_the_accept_header_ranks_events_above_json() {
        assertTrue(AskRoutes.prefersEvents("text/event-stream"));
        assertTrue(AskRoutes.prefersEvents("text/event-stream, application/json"));
        assertTrue(AskRoutes.prefersEvents("application/json;q=0.5, text/event-stream"));
        // What MCP-style clients send asks for JSON first.
        assertFalse(AskRoutes.prefersEvents("application/json, text/event-stream"));
        assertFalse(AskRoutes.prefersEvents("application/json"));
        assertFalse(AskRoutes.prefersEvents("*/*"));
        assertFalse(AskRoutes.prefersEvents("text/event-stream;q=0, application/json"));
        assertFalse(AskRoutes.prefersEvents(null));
        assertTrue(AskRoutes.prefersEvents("TEXT/EVENT-STREAM; charset=utf-8"), "a type's case and parameters aside");
    }
}
