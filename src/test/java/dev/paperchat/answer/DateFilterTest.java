package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFilterTest {

    @Test
    void should_read_a_year_the_question_puts_on_the_papers_as_a_date_range() {
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "from 2024",
                "which papers study latent reasoning?")), DateFilter.find("which papers from 2024 study latent reasoning?"));
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2025, 1, 1), null, "published since 2025", "papers on entropy")),
                DateFilter.find("papers on entropy published since 2025"));
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2024, 1, 1), null, "after 2023", "GRPO variants")),
                DateFilter.find("GRPO variants after 2023"));
        assertEquals(Optional.of(new DateFilter.Dated(null, LocalDate.of(2023, 12, 31), "before 2024", "work on chain of thought")),
                DateFilter.find("work on chain of thought before 2024"));
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "2025",
                "which papers use Qwen?")), DateFilter.find("which 2025 papers use Qwen?"));
        assertTrue(DateFilter.find("papers from 2024 on RL").get().notice().contains("only papers dated 2024 were searched"));
    }

    @Test
    void should_leave_a_year_that_names_something_else() {
        assertEquals(Optional.empty(), DateFilter.find("what results do papers report on AIME 2024?"));
        assertEquals(Optional.empty(), DateFilter.find("which models pass the 2024 bar exam?"));
        assertEquals(Optional.empty(), DateFilter.find("COCO 2017 detection with reasoning"));
    }
}
