package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LatexSymbolsTest {

    @Test
    void should_print_a_symbol_written_alone_bare_or_scraped_of_its_backslash() {
        assertEquals("GSM8K (5.9% \u2192 10.9%) and CommonsenseQA (36.3% \u2192 47.2%)",
                LatexSymbols.inText("GSM8K (5.9%rightarrow10.9%) and CommonsenseQA (36.3%rightarrow47.2%)"));
        assertEquals("66.3 % \u2192 72.9 % on MathVista", LatexSymbols.inText("66.3 %rightarrow72.9 % on MathVista"));
        assertEquals("with 2.3\u00d7 greater token efficiency", LatexSymbols.inText("with 2.3\\times greater token efficiency"));
        assertEquals("from 30.7%\u219248.1%, at \u2264 2 GPUs", LatexSymbols.inText("from 30.7%$\\rightarrow$48.1%, at $\\leq$ 2 GPUs"));
        assertEquals("the \\left( bracket and \\textit{style}", LatexSymbols.inText("the \\left( bracket and \\textit{style}"));
        assertEquals("error 40% \u2193", LatexSymbols.inText("error 40% $\\downarrow$"));
        assertEquals("Prior work shows it, as do others.", LatexSymbols.withoutCitations("Prior work~\\cite{smith2020,lee2021} shows it, as do others \\citep[p.~3]{wang2022}."));
    }

    /** A Greek letter alone is the letter: a BibTeX title "$\\beta$-Variational" and a JSONL "β-Variational" are one work. */
    @Test
    void should_print_a_greek_letter_written_alone() {
        assertEquals("Snow Depth with \u03b2-Variational Autoencoders", LatexSymbols.inText("Snow Depth with $\\beta$-Variational Autoencoders"));
        assertEquals("\u03b1-Blended U-Nets and \u0394 gains", LatexSymbols.inText("$\\alpha$-Blended U-Nets and $\\Delta$ gains"));
        assertEquals("$\\alpha + \\beta$ stays", LatexSymbols.inText("$\\alpha + \\beta$ stays"), "math of more than one symbol");
        assertEquals("\\betamax and \\etal", LatexSymbols.inText("\\betamax and \\etal"), "no letter inside a longer command");
    }

    @Test
    void should_keep_math_of_several_symbols_and_words_that_hold_arrow() {
        assertEquals("$O(n \\times m)$ time, and 2\u00d7 faster", LatexSymbols.inText("$O(n \\times m)$ time, and 2$\\times$ faster"));
        String words = "the rightarrow key and a narrow margin";
        assertSame(words, LatexSymbols.inText(words));
    }
}
