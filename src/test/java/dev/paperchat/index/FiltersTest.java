package dev.paperchat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperchat.corpus.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiltersTest {

    private static String refusal(String from) {
        return assertThrows(InvalidInputException.class, () -> Filters.parse(from, null, null)).getMessage();
    }

    @Test
    void should_say_why_a_value_of_a_dates_shape_names_no_day() {
        assertEquals("from must be a date like 2025-01-31, 2025-01 or 2025, was 2023-02-29, a day that does not exist"
                + " (February 2023 has 28 days)", refusal("2023-02-29"));
        assertEquals("from must be a date like 2025-01-31, 2025-01 or 2025, was 2025-04-31, a day that does not exist"
                + " (April 2025 has 30 days)", refusal("2025-04-31"));
        assertEquals("from must be a date like 2025-01-31, 2025-01 or 2025, was 2025-13, whose month 13 does not exist",
                refusal("2025-13"));
        assertEquals("from must be a date like 2025-01-31, 2025-01 or 2025, was yesterday", refusal("yesterday"));
        assertEquals(LocalDate.of(2024, 2, 29), Filters.parse("2024-02-29", null, null).from(), "a leap day");
    }
}
