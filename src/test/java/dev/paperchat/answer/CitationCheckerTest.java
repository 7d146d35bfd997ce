package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationCheckerTest {

    @Test
    void should_read_markers_with_spaces_inside_and_leave_a_bracketed_year_alone() {
        assertEquals(Set.of(2, 3, 4), CitationChecker.markers("Entropy is kept up [ 2 ] by clipping [3 , 4]."));
        assertEquals(Set.of(), CitationChecker.markers("Published in [2024], see [a] and []."));
    }
}
