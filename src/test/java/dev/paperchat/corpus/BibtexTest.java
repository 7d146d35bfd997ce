package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BibtexTest {

    @Test
    void should_keep_a_titles_latex_math_and_escape_the_text_around_it() {
        assertEquals("$\\texttt{SAILOR}$: 100\\% \\& more", Bibtex.escapeKeepingMath("$\\texttt{SAILOR}$: 100% & more"));
        assertEquals("\\$\\}x\\{\\$ costs \\$5", Bibtex.escapeKeepingMath("$}x{$ costs $5"), "unbalanced braces are escaped");
        assertEquals("$\\alpha^2$-RL and $O(n_1)$", Bibtex.escapeKeepingMath("$\\alpha^2$-RL and $O(n_1)$"));
        assertEquals("\\$\\textbackslash{}input\\{/etc/passwd\\}\\$", Bibtex.escapeKeepingMath("$\\input{/etc/passwd}$"), "no command that reads files");
        assertEquals("From \\$5 to \\$10", Bibtex.escapeKeepingMath("From $5 to $10"), "prices are not math");
        assertEquals("\\$x \\& y\\$", Bibtex.escapeKeepingMath("$x & y$"));
        Paper paper = Paper.builder("$\\texttt{SAILOR}$: Steering Reasoning & Search", "An abstract. It costs $5 and 10%.",
                new Source("t.jsonl", 1)).build();
        String entry = Bibtex.entry(paper);
        assertTrue(entry.contains("title = {{$\\texttt{SAILOR}$: Steering Reasoning \\& Search}}"), entry);
        assertTrue(entry.contains("It costs \\$5 and 10\\%."), entry);
        ParseResult back = CorpusReader.withAllFormats().read("back.bib", entry.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), back.errors());
        assertEquals(1, back.papers().size());
    }
}
