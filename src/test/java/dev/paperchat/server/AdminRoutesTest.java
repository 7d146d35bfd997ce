package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdminRoutesTest {

    /** An upload is a source by its name: no path, no hidden file, and never the name of a request's body. */
    @Test
    void should_name_an_upload_safely() {
        assertEquals("refs.bib", AdminRoutes.safeName("C:\\Users\\me\\refs.bib"));
        assertEquals("passwd", AdminRoutes.safeName("../../etc/passwd"));
        assertEquals("upload.bashrc", AdminRoutes.safeName(".bashrc"));
        assertEquals("upload", AdminRoutes.safeName(null));
        assertEquals("my papers (1).jsonl", AdminRoutes.safeName("my papers (1).jsonl"));
        assertEquals("論文.jsonl", AdminRoutes.safeName("論文.jsonl"), "names in other scripts stay distinct sources");
        assertEquals("a_b_.bib", AdminRoutes.safeName("a:b\u0000.bib"));
        assertEquals("gnp_.bib", AdminRoutes.safeName("gnp\u202E.bib"), "no character that turns the text after it around");
        assertEquals("upload-request-0123456789ab.jsonl", AdminRoutes.safeName("request-0123456789ab.jsonl"),
                "a file named as a request's body is not taken for one, whose papers a request with their ids corrects");
    }
}
