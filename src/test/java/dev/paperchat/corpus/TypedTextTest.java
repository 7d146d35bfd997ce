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
}
