package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ParseErrorJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anErrorOfALineNamesIt() throws Exception {
        assertEquals("{\"file\":\"a.jsonl\",\"line\":3,\"message\":\"no title\",\"kept\":false}",
                json.writeValueAsString(new ParseError("a.jsonl", 3, "no title")));
    }

    @Test
    void anErrorOfTheWholeFileHasNoLine() throws Exception {
        assertEquals("{\"file\":\"a.bib\",\"line\":null,\"message\":\"cannot read\",\"kept\":false}",
                json.writeValueAsString(new ParseError("a.bib", 0, "cannot read")));
    }
}
