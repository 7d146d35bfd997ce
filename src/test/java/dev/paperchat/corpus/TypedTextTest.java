package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void should_cut_runs_of_combining_marks_and_keep_every_script_s_own() {
        String zalgo = "a" + "\u0301".repeat(9_999) + " b";
        assertEquals("a" + "\u0301".repeat(TypedText.MAX_MARKS) + " b", TypedText.bounded(zalgo));
        // Vietnamese stacks two marks, Devanagari a vowel sign and a nasal: as typed, decomposed or not.
        for (String text : java.util.List.of("Tiếng Việt", java.text.Normalizer.normalize("Tiếng Việt", java.text.Normalizer.Form.NFD), "हिंदी", "café")) {
            assertEquals(text, TypedText.bounded(text));
        }
        assertEquals("x\uFE0F\uFE0F\uFE0F\uFE0F", TypedText.bounded("x" + "\uFE0F".repeat(500)), "variation selectors are marks too");
        assertNull(TypedText.bounded(null));
    }

    @Test
    void should_write_every_kind_of_space_as_a_space_and_find_nothing_to_read_in_invisible_text() {
        assertEquals("Cui et al. 2025. The Entropy Mechanism", TypedText.bounded("Cui\u00a0et\u2009al.\u202f2025.\u3000The Entropy Mechanism"));
        assertEquals("a\tb\nc", TypedText.bounded("a\tb\nc"), "tabs and line breaks stay");
        for (String nothing : java.util.List.of("", " \t\n", "\u00a0", "\u200b\u200d", "\u0000", "\ufeff", "\u2800", "\u3164", "\u0301\u0302")) {
            org.junit.jupiter.api.Assertions.assertTrue(TypedText.isBlank(nothing), nothing.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
        for (String something : java.util.List.of("?", "x", "\u00e9", "\u4e2d", "\ud83e\udd14")) {
            org.junit.jupiter.api.Assertions.assertFalse(TypedText.isBlank(something), something);
        }
        org.junit.jupiter.api.Assertions.assertTrue(TypedText.isBlank(null));
    }
}
