package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void should_read_crossref_jats_as_plain_text() {
        assertEquals("Deep learning speeds up in silico screening by 10^6 & more.", Markup.plain(
                "<jats:title>Abstract</jats:title><jats:p>Deep learning speeds up <jats:italic>in silico</jats:italic> screening"
                        + " by 10<jats:sup>6</jats:sup> &amp; more.</jats:p>"));
        assertEquals("Background: Little is known. Methods: We test H2O.", Markup.plain(
                "<jats:sec><jats:title>Background</jats:title><jats:p>Little is known.</jats:p></jats:sec>"
                        + "<jats:sec><jats:title>Methods:</jats:title><jats:p>We test H<jats:sub>2</jats:sub>O.</jats:p></jats:sec>"));
        assertEquals("It runs in O(n) time.", Markup.plain("It runs in <mml:math><mml:mi>O</mml:mi>(<mml:mi>n</mml:mi>)</mml:math> time."));
        assertEquals("Cost grows as n^2 here.", Markup.plain("Cost grows as <jats:inline-formula><jats:alternatives><jats:tex-math>n^2</jats:tex-math>"
                + "<mml:math><mml:msup><mml:mi>n</mml:mi><mml:mn>^2</mml:mn></mml:msup></mml:math></jats:alternatives></jats:inline-formula> here."),
                "the formula once, not its TeX beside its MathML");
        assertEquals("Porous MOFs for storage", Markup.plain("Porous <scp>MOFs</scp> for storage"), "Wiley's small capitals");
    }

    @Test
    void should_read_html_tags_and_entities_of_publishers_and_web_pages() {
        assertEquals("Deep learning for in silico drug discovery", Markup.plain("Deep learning for <i>in silico</i> drug discovery"));
        assertEquals("Attention & Memory: A <Study>", Markup.plain("Attention &amp; Memory: A &lt;Study&gt;"));
        assertEquals("We study it. It works.", Markup.plain("We study it.<script>alert(1)</script> <!-- a note --> It works."), "a page's script and comments");
        assertEquals("A hostile title.", Markup.plain("A <img src=x onerror=alert(2)>hostile <IMG SRC=x ONERROR=alert(5)> title<svg onload=alert(4)><circle/></svg>."),
                "images and drawings, and their event handlers");
        assertEquals("Framed text.", Markup.plain("Framed<iframe src=\"http://evil\"> text.<embed src=x>"), "a frame left open, an embed");
        assertEquals("Odd text.", Markup.plain("Odd <think onmouseover=\"steal()\">text."), "a tag with a handler, whatever its name");
        assertEquals("Odd text.", Markup.plain("Odd <svg/onload=alert(1)>text."), "a handler after a slash, as browsers read it");
        assertEquals("Q&A accuracy improves by 12% \u2014 see the code.", Markup.plain(
                "Q&amp;A accuracy improves by <b>12&#37;</b>&nbsp;&mdash; see <a href=\"https://x.org\">the code</a>.<br/>"));
    }

    /** Hostile texts of opening tags never closed: each had been read in time that grew with its length squared (a minute for the first). */
    @Test
    void should_read_many_elements_left_open_in_one_pass() {
        for (String hostile : List.of("<math>x</math><tex-math>".repeat(12_800), "<script ".repeat(40_000), "<!--".repeat(80_000),
                "<alternatives><math>".repeat(16_000))) {
            String plain = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Markup.plain(hostile));
            assertTrue(plain.length() <= hostile.length(), hostile.substring(0, 20));
        }
        assertEquals("A <!-- open b c.", Markup.plain("A <STYLE>x</style > <!-- open b <script>y</script> c."), "a comment left open stays, what follows is read");
        assertEquals("Formula n^2 and m.", Markup.plain("Formula <alternatives><tex-math>n^2</tex-math><math><mi>n</mi><mn>^2</mn></math></alternatives>"
                + " and <tex-math>m</tex-math>."), "TeX with no MathML beside it is kept");
    }

    @Test
    void should_keep_the_tokens_abstracts_write_like_tags_and_text_without_markup() {
        String tokens = "The model writes <think> and <SEG> tokens, then <answer>; <s> starts it, p<0.05 & q > 1.";
        assertSame(tokens, Markup.plain(tokens));
        String plain = "AT&T's R&D lab";
        assertSame(plain, Markup.plain(plain));
        assertEquals("A <think> token, bold.", Markup.plain("A &lt;think&gt; token, <strong>bold</strong>."));
    }

    /** A title exported and read back is the same title: a tag of markup written escaped goes as it would when read again. */
    @Test
    void should_give_text_that_reads_the_same_when_read_again() {
        for (String text : List.of("Entity &lt;b&gt;Escaped&lt;/b&gt; Markup", "It warns &lt;script&gt;alert(5)&lt;/script&gt; of scripts.",
                "A &lt;think&gt; token, <strong>bold</strong>.", "Attention &amp; Memory: A &lt;Study&gt;", "Twice &amp;lt;i&amp;gt;escaped&amp;lt;/i&amp;gt;",
                "O(&lt;mml:mi&gt;n&lt;/mml:mi&gt;) time", "p&lt;0.05 &amp; q &gt; 1")) {
            String once = Markup.plain(text);
            assertEquals(once, Markup.plain(once), text);
        }
        assertEquals("Entity Escaped Markup", Markup.plain("Entity &lt;b&gt;Escaped&lt;/b&gt; Markup"));
        assertEquals("It warns of scripts.", Markup.plain("It warns &lt;script&gt;alert(5)&lt;/script&gt; of scripts."));
    }

    @Test
    void should_store_titles_and_abstracts_of_every_format_without_markup_or_citation_commands() {
        String jsonl = "{\"title\": \"Deep learning for <i>in silico</i> drug discovery\","
                + " \"abstract\": \"<p>Q&amp;A accuracy improves by 12&#37;, as in prior work~\\\\cite{auer2002}.</p>\"}\n";
        Paper paper = CorpusReader.withAllFormats().read("scraped.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), "jsonl").papers().get(0);
        assertEquals("Deep learning for in silico drug discovery", paper.title());
        assertEquals("Q&A accuracy improves by 12%, as in prior work.", paper.abstractText());
    }
}
