package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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
        assertEquals(Optional.of(new DateFilter.Dated(null, LocalDate.of(2023, 12, 31), "from before 2024", "Which papers are?")),
                DateFilter.find("Which papers are from before 2024?"), "the from goes with it: no topic is left");
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "2025",
                "which papers use Qwen?")), DateFilter.find("which 2025 papers use Qwen?"));
        assertTrue(DateFilter.find("papers from 2024 on RL").get().notice().contains("only papers dated 2024 were searched"));
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "from 2023",
                "papers on reasoning?")), DateFilter.find("papers on reasoning from 2023?"), "the year that ends a question about papers");
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "in 2025",
                "Which papers discuss GRPO?")), DateFilter.find("Which papers discuss GRPO in 2025?"));
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "in 2025",
                "What does Tencent publish on RL?")), DateFilter.find("What does Tencent publish on RL in 2025?"));
    }

    @Test
    void should_read_dates_alone_after_a_question_as_that_question_asked_again_of_them() {
        String before = "Which methods avoid entropy collapse?";
        for (String followUp : List.of("what about the 2024 ones?", "What about 2024?", "and from 2024?", "and papers from 2024?", "how about those from 2024?")) {
            assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "from 2024", before)),
                    DateFilter.askedAgainOf(followUp, before), followUp);
        }
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2025, 1, 1), null, "since 2025", before)),
                DateFilter.askedAgainOf("what about papers since 2025?", before));
        assertEquals(LocalDate.of(2025, 12, 31), DateFilter.askedAgainOf("and December 2025?", before).orElseThrow().to());
        assertEquals("Which papers mention GSM8K?", DateFilter.askedAgainOf("What about 2025?", "Which papers from 2024 mention GSM8K?").orElseThrow().rest(),
                "asked again without its own year, which would set other dates");
        for (String other : List.of("what about AIME 2024?", "What about Tencent?", "and the 2024 results on RL?", "tell me about 2024 benchmarks")) {
            assertEquals(Optional.empty(), DateFilter.askedAgainOf(other, before), other);
        }
    }

    @Test
    void should_leave_a_year_that_names_something_else() {
        assertEquals(Optional.empty(), DateFilter.find("what results do papers report on AIME 2024?"));
        assertEquals(Optional.empty(), DateFilter.find("which models pass the 2024 bar exam?"));
        assertEquals(Optional.empty(), DateFilter.find("COCO 2017 detection with reasoning"));
        assertEquals(Optional.empty(), DateFilter.find("how do models do on AIME 2024-2025?"), "a benchmark's years");
        assertEquals(Optional.empty(), DateFilter.find("how did models do on the olympiad in 2024?"), "no papers asked for");
    }

    @Test
    void should_read_a_range_of_years_or_one_end_of_it() {
        LocalDate first2021 = LocalDate.of(2021, 1, 1), last2022 = LocalDate.of(2022, 12, 31);
        assertEquals(Optional.of(new DateFilter.Dated(first2021, last2022, "from 2021 to 2022", "papers on RL")),
                DateFilter.find("papers on RL from 2021 to 2022"));
        assertEquals(Optional.of(new DateFilter.Dated(first2021, last2022, "between 2021 and 2022", "work on RL published")),
                DateFilter.find("work on RL published between 2021 and 2022"));
        assertEquals(Optional.of(new DateFilter.Dated(first2021, last2022, "2021-2022", "RL papers published")),
                DateFilter.find("RL papers published 2021-2022"));
        assertEquals(Optional.of(new DateFilter.Dated(first2021, LocalDate.of(2023, 12, 31), "from 2021 through 2023", "RL papers")),
                DateFilter.find("RL papers from 2021 through 2023"));
        assertEquals(Optional.of(new DateFilter.Dated(LocalDate.of(2022, 1, 1), null, "from 2022 onwards", "RL papers")),
                DateFilter.find("RL papers from 2022 onwards"));
        assertEquals(Optional.of(new DateFilter.Dated(null, LocalDate.of(2021, 12, 31), "until 2021", "RL papers")),
                DateFilter.find("RL papers until 2021"));
    }

    @Test
    void should_read_a_month_of_a_year_and_say_when_the_question_asks_for_nothing_else() {
        DateFilter.Dated december = DateFilter.find("Which papers were published in December 2024?").orElseThrow();
        assertEquals(new DateFilter.Dated(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31), "published in December 2024", "Which papers were?"), december);
        assertEquals("dated December 2024", december.range());
        assertTrue(december.asksOnlyForItsPapers());
        DateFilter.Dated feb = DateFilter.find("papers on reasoning from Feb. 2024").orElseThrow();
        assertEquals(LocalDate.of(2024, 2, 29), feb.to(), "a leap year's February");
        assertFalse(feb.asksOnlyForItsPapers(), "reasoning is a topic");
        assertTrue(DateFilter.find("Which papers are from 2023?").orElseThrow().asksOnlyForItsPapers());
        assertTrue(DateFilter.find("Which papers appeared in October 2025?").orElseThrow().asksOnlyForItsPapers());
        assertEquals("reasoning papers", DateFilter.find("reasoning papers published in July 2025").orElseThrow().rest(),
                "'published' goes with its date: it is no word a paper on the topic must hold");
        assertEquals(Optional.empty(), DateFilter.find("what may 2024 bring?").filter(d -> d.from().getMonthValue() == 5), "no month after a word other than in, from or during");
    }
    @Test
    void should_read_dates_before_after_since_or_until_a_month_or_a_part_of_a_year() {
        DateFilter.Dated after = DateFilter.find("which RL for reasoning papers were published after June 2025?").orElseThrow();
        assertEquals(new DateFilter.Dated(LocalDate.of(2025, 7, 1), null, "published after June 2025", "which RL for reasoning papers were?"), after);
        assertEquals("dated 2025-07-01 or later", after.range());
        assertEquals(new DateFilter.Dated(LocalDate.of(2025, 7, 1), null, "since July 2025", "RL reasoning papers"),
                DateFilter.find("RL reasoning papers since July 2025").orElseThrow());
        assertEquals(new DateFilter.Dated(null, LocalDate.of(2025, 2, 28), "before March 2025", "papers on RL"),
                DateFilter.find("papers on RL before March 2025").orElseThrow());
        assertEquals(new DateFilter.Dated(null, LocalDate.of(2024, 3, 31), "until March 2024", "papers on RL"),
                DateFilter.find("papers on RL until March 2024").orElseThrow());
        assertEquals(new DateFilter.Dated(LocalDate.of(2024, 6, 1), null, "from June 2024 onwards", "papers on RL"),
                DateFilter.find("papers on RL from June 2024 onwards").orElseThrow());
        DateFilter.Dated late = DateFilter.find("recent RL papers from late 2025").orElseThrow();
        assertEquals(new DateFilter.Dated(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), "from late 2025", "recent RL papers"), late);
        assertEquals("dated September to December 2025", late.range());
        assertEquals(LocalDate.of(2024, 5, 1), DateFilter.find("papers on RL from mid-2024").orElseThrow().from());
        assertEquals(LocalDate.of(2025, 4, 30), DateFilter.find("what came out in early 2025 on RL?").orElseThrow().to());
        DateFilter.Dated half = DateFilter.find("papers published in the second half of 2024").orElseThrow();
        assertEquals("dated July to December 2024", half.range());
        DateFilter.Dated months = DateFilter.find("papers on RL from June 2024 to March 2025").orElseThrow();
        assertEquals(new DateFilter.Dated(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 31), "from June 2024 to March 2025", "papers on RL"), months);
        DateFilter.Dated sameYear = DateFilter.find("papers on multimodal RL published between March and June 2025").orElseThrow();
        assertEquals(new DateFilter.Dated(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), "published between March and June 2025",
                "papers on multimodal RL"), sameYear, "the first month's year unsaid is the last's");
        assertEquals("How many papers use GRPO?", DateFilter.find("How many papers use GRPO and were published in 2025?").orElseThrow().rest(),
                "the clause's verb the date leaves behind goes with it");
        assertEquals("Which papers mention GSM8K?", DateFilter.find("Which papers mention GSM8K and were published after 2024?").orElseThrow().rest());
        DateFilter.Dated winter = DateFilter.find("work on RL from November to February 2025").orElseThrow();
        assertEquals(List.of(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 28)), List.of(winter.from(), winter.to()));
        assertEquals(LocalDate.of(2024, 5, 31), DateFilter.find("papers published May 2024").orElseThrow().to(), "a month after its verb");
        assertEquals(Optional.empty(), DateFilter.find("How do late-2024 models do on AIME?"), "no date put on papers");
        assertEquals(Optional.empty(), DateFilter.find("papers from June 2025 to March 2025").filter(d -> d.to().getMonthValue() == 3),
                "a range that ends before it starts is no range");
    }

    @Test
    void should_read_a_condition_on_listed_papers_that_is_only_dates() {
        for (String condition : List.of("published in 2025", "from 2025", "dated 2025", "published 2025", "in 2025")) {
            DateFilter.Dated dated = DateFilter.ofCondition(condition).orElseThrow(() -> new AssertionError(condition));
            assertEquals(LocalDate.of(2025, 1, 1), dated.from(), condition);
            assertEquals(LocalDate.of(2025, 12, 31), dated.to(), condition);
        }
        assertEquals(LocalDate.of(2024, 12, 1), DateFilter.ofCondition("published in December 2024").orElseThrow().from());
        assertEquals(LocalDate.of(2022, 12, 31), DateFilter.ofCondition("between 2021 and 2022").orElseThrow().to());
        assertEquals(Optional.empty(), DateFilter.ofCondition("from 2025 on RL"), "more than dates");
        assertEquals(Optional.empty(), DateFilter.ofCondition("use AIME 2024"));
        assertEquals(Optional.empty(), DateFilter.ofCondition("use Qwen"));
    }
}
