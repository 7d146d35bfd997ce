package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void should_cut_runs_of_combining_marks_and_keep_every_script_s_own() {
        String zalgo = "a" + "\u0301".repeat(9_999) + " b";
        assertEquals("\u00e1" + "\u0301".repeat(TypedText.MAX_MARKS - 1) + " b", TypedText.bounded(zalgo), "the first mark composed with its letter");
        // Vietnamese stacks two marks, Devanagari a vowel sign and a nasal: each kept, and composed as abstracts write them.
        for (String text : List.of("Tiếng Việt", "हिंदी", "café")) {
            assertEquals(text, TypedText.bounded(text));
            assertEquals(text, TypedText.bounded(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)), "decomposed, as macOS pastes it");
        }
        assertEquals("x\uFE0F\uFE0F\uFE0F\uFE0F", TypedText.bounded("x" + "\uFE0F".repeat(500)), "variation selectors are marks too");
        assertNull(TypedText.bounded(null));
    }

    @Test
    void should_write_full_width_letters_and_ligatures_plainly_and_keep_other_compatibility_forms() {
        assertEquals("What is GRPO?", TypedText.bounded("What is \uFF27\uFF32\uFF30\uFF2F?"));
        assertEquals("GRPO?(8B)", TypedText.bounded("\uFF27\uFF32\uFF30\uFF2F\uFF1F\uFF08\uFF18\uFF22\uFF09"), "punctuation and digits too");
        assertEquals("fine-tuning of the flow", TypedText.bounded("\uFB01ne-tuning of the \uFB02ow"), "a PDF's ligatures");
        assertEquals("10\u2075 steps, x\u00b2, \u4e2d\u6587", TypedText.bounded("10\u2075 steps, x\u00b2, \u4e2d\u6587"), "a power is no digit");
    }

    @Test
    void should_write_every_kind_of_space_as_a_space_and_find_nothing_to_read_in_invisible_text() {
        assertEquals("Cui et al. 2025. The Entropy Mechanism", TypedText.bounded("Cui\u00a0et\u2009al.\u202f2025.\u3000The Entropy Mechanism"));
        assertEquals("a\tb\nc", TypedText.bounded("a\tb\nc"), "tabs and line breaks stay");
        for (String nothing : List.of("", " \t\n", "\u00a0", "\u200b\u200d", "\u0000", "\ufeff", "\u2800", "\u3164", "\u0301\u0302")) {
            org.junit.jupiter.api.Assertions.assertTrue(TypedText.isBlank(nothing), nothing.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
        for (String something : List.of("?", "x", "\u00e9", "\u4e2d", "\ud83e\udd14")) {
            org.junit.jupiter.api.Assertions.assertFalse(TypedText.isBlank(something), something);
        }
        org.junit.jupiter.api.Assertions.assertTrue(TypedText.isBlank(null));
    }

    @Test
    void should_read_markdown_marks_as_the_words_they_mark() {
        assertEquals("Which methods avoid entropy collapse?", TypedText.plain("**Which** methods _avoid_ `entropy` [collapse](http://evil.example)?"));
        assertEquals("Is it true that MEM1 cuts memory by 3.5x?", TypedText.plain("Is it true that *MEM1* cuts __memory__ by **_3.5x_**?"), "a mark within a mark");
        // A name's own marks, a lone mark, arithmetic and a link that is no Markdown stay as they are.
        for (String plain : List.of("pass_at_k and snake_case_name", "A* search", "2 * 3 * 4", "a ** b", "x_1 and x_2", "[1] Smith (2024)", "`unclosed", "**")) {
            assertEquals(plain, TypedText.plain(plain));
        }
        assertNull(TypedText.plain(null));
        String hostile = "_a ".repeat(5_000);
        assertEquals(hostile, TypedText.plain(hostile), "no mark closes: read once");
    }
}
