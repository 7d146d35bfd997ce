package dev.paperchat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperchat.retrieve.QueryTerms;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperAnalyzerTest {
    private final PaperAnalyzer analyzer = new PaperAnalyzer();

    @Test
    void should_meet_comparatives_and_plurals_at_their_dictionary_word() {
        assertEquals(List.of("can", "weak", "small", "model", "teach", "strong", "model"),
                QueryTerms.all(analyzer, Fields.CONTENTS, "Can weaker or smaller models teach stronger models?"));
        assertEquals(QueryTerms.all(analyzer, Fields.CONTENTS, "weak-to-strong"), List.of("weak", "strong"));
    }

    @Test
    void should_index_the_adjective_beside_a_verb_of_length_made_from_it() {
        assertEquals(List.of("shorten", "short", "chain", "thought"), QueryTerms.all(analyzer, Fields.CONTENTS, "shorten chains of thought"),
                "the verb kept, the adjective beside it");
        assertEquals(List.of("shortening", "short", "lengthen", "long"), QueryTerms.all(analyzer, Fields.CONTENTS, "shortening, lengthened"));
        assertEquals(List.of("short", "long"), QueryTerms.all(analyzer, Fields.CONTENTS, "shorter, longer"));
        assertEquals(List.of("widen", "soften", "weaken"), QueryTerms.all(analyzer, Fields.CONTENTS, "widen soften weaken"),
                "verbs whose adjective abstracts use in other senses stay (\"wide range\", \"Soft Thinking\", \"weak supervision\")");
    }

    @Test
    void should_fold_accents_so_a_name_typed_without_them_is_found() {
        assertEquals(QueryTerms.all(analyzer, Fields.CONTENTS, "Schrodinger etude naive"),
                QueryTerms.all(analyzer, Fields.CONTENTS, "Schrödinger Étude naïve"));
        assertEquals(List.of("推", "理", "модель"), QueryTerms.all(analyzer, Fields.CONTENTS, "推理 модель"), "other scripts stay as written");
    }

    @Test
    void should_drop_possessives_and_stop_words_and_keep_acronyms_whole() {
        assertEquals(List.of("model", "reward", "grpo"), QueryTerms.all(analyzer, Fields.CONTENTS, "The model's reward in GRPO"));
    }

    @Test
    void should_treat_query_syntax_as_text_and_split_ideographs() {
        assertEquals(List.of("reasoning", "推", "理"), QueryTerms.all(analyzer, Fields.CONTENTS, "reasoning AND ( ] * ~ \" 推理"));
    }
}
