package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.retrieve.Organisations;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationFilterTest {
    private static final Set<String> KNOWN = Set.of("tencent", "deepmind", "university of waterloo", "om ai lab", "microsoft", "nvidia", "alibaba-inc");

    /** How many abstracts use a word, as the index counts them. */
    private static final Map<String, Integer> IN_ABSTRACTS = Map.of("RL", 70, "VLM", 7, "IBM", 1);

    private static Set<String> known(Collection<String> names) {
        Set<String> found = new HashSet<>(names);
        found.retainAll(KNOWN);
        return found;
    }

    private static Optional<OrganisationFilter.Named> find(String question) {
        return OrganisationFilter.find(question, OrganisationFilterTest::known,
                () -> new Organisations(KNOWN.stream().collect(Collectors.toMap(name -> name, name -> 1))), word -> IN_ABSTRACTS.getOrDefault(word, 0));
    }

    private static Optional<OrganisationFilter.Named> askedAgain(String followUp) {
        return OrganisationFilter.askedAgainOf(followUp, "Which papers study entropy collapse?", OrganisationFilterTest::known,
                () -> new Organisations(KNOWN.stream().collect(Collectors.toMap(name -> name, name -> 1))), word -> IN_ABSTRACTS.getOrDefault(word, 0));
    }

    @Test
    void should_ask_the_question_before_again_of_an_organisation_a_follow_up_names() {
        Optional<OrganisationFilter.Named> expected = Optional.of(new OrganisationFilter.Named("Tencent", "Which papers study entropy collapse?"));
        for (String followUp : List.of("What about Tencent?", "and from Tencent?", "how about Tencent's papers?", "What about those from Tencent?")) {
            assertEquals(expected, askedAgain(followUp), followUp);
        }
        assertEquals("entropy collapse", askedAgain("What about Tencent?").orElseThrow().topic());
        assertEquals(Optional.of(new OrganisationFilter.Named("Tencent", "Which papers mention Qwen?")), OrganisationFilter.askedAgainOf("What about Tencent?",
                "Which papers from DeepMind mention Qwen?", OrganisationFilterTest::known, () -> new Organisations(KNOWN.stream()
                        .collect(Collectors.toMap(name -> name, name -> 1))), word -> IN_ABSTRACTS.getOrDefault(word, 0)),
                "asked again without its own organisation, which would be read again");
        for (String other : List.of("What about R2R?", "what about vision tasks?", "Tencent", "What about Tencent and RL?")) {
            assertEquals(Optional.empty(), askedAgain(other), "no organisation the collection has, or more than one: " + other);
        }
    }

    @Test
    void should_read_an_organisation_the_collection_knows_and_search_the_rest() {
        assertEquals(Optional.of(new OrganisationFilter.Named("Tencent", "Which papers are?")), find("Which papers are from Tencent?"));
        assertEquals("", find("Which papers are from Tencent?").orElseThrow().topic());
        assertEquals("reasoning", find("Which papers from DeepMind study reasoning?").orElseThrow().topic());
        assertEquals("Which papers study reasoning?", find("Which papers from DeepMind study reasoning?").orElseThrow().rest());
        assertEquals("University of Waterloo", find("work by the University of Waterloo on math").orElseThrow().name(), "the longest name known");
        assertEquals("Om AI Lab", find("What has Om AI Lab published?").orElseThrow().name());
        assertEquals("tencent", find("papers from tencent, on RL").orElseThrow().name(), "a comma ends the name, written as asked");
        assertEquals(Optional.of(new OrganisationFilter.Named("Microsoft", "Which papers are about reasoning?")),
                find("Which Microsoft papers are about reasoning?"));
        assertEquals("DeepMind", find("Has DeepMind published on reasoning?").orElseThrow().name());
        assertEquals(Optional.of(new OrganisationFilter.Named("DeepMind", "Which papers are?")), find("Which papers are from Google DeepMind?"),
                "the collection's shorter name, after capitalised words");
        assertEquals("reasoning", find("Which Google DeepMind papers study reasoning?").orElseThrow().topic());
        assertEquals(Optional.empty(), find("papers from reinforcement learning with nvidia GPUs"), "a topic's words before a name make no name");
        assertEquals(Optional.of(new OrganisationFilter.Named("Tencent", "RL papers")), find("Tencent RL papers"), "a topic between a name and papers");
        assertEquals("Microsoft", find("Show me Microsoft papers").orElseThrow().name());
        assertEquals(Optional.of(new OrganisationFilter.Named("Tencent", "How many papers that mention Qwen?")),
                find("How many papers that mention Qwen are from Tencent?"), "a name after a clause on the papers");
        assertEquals(Optional.of(new OrganisationFilter.Named("Microsoft", "Which papers were published?")), find("Which papers were published by Microsoft?"));
    }

    @Test
    void should_leave_names_the_collection_does_not_know_and_other_words_alone() {
        assertEquals(Optional.empty(), find("How do models learn from human feedback?"));
        assertEquals(Optional.empty(), find("Which papers from Google study reasoning?"));
        assertEquals(Optional.empty(), find("What does GRPO stand for?"));
        assertEquals(Optional.empty(), find("from " + "x ".repeat(5_000)));
        assertEquals(Optional.empty(), find("Which papers use images from Microsoft COCO?"), "a dataset's name, not where papers come from");
        assertEquals(Optional.empty(), find("Which papers report results on GPUs by NVIDIA?"));
    }

    @Test
    void should_read_a_name_the_collection_writes_otherwise_and_ask_for_the_papers_of_one_it_lacks() {
        assertEquals(Optional.of(new OrganisationFilter.Named("Alibaba", "Which papers are?")), find("Which papers are from Alibaba?"));
        OrganisationFilter.Named group = find("Which papers from Alibaba Group study reasoning?").orElseThrow();
        assertEquals("Alibaba Group", group.name());
        assertEquals("reasoning", group.topic());
        // The search reads a name the collection lacks, and says which names are near it.
        assertEquals(Optional.of(new OrganisationFilter.Named("Meta", "Which papers are?")), find("Which papers are from Meta?"));
        assertEquals("OpenAI", find("Which papers at OpenAI are in the collection?").orElseThrow().name());
        assertEquals(Optional.empty(), find("Which papers are by Zelikman?"), "\"by\" a name no paper is from: an author, maybe");
        assertEquals("Tencent", find("Which papers are by Tencent?").orElseThrow().name(), "an organisation the collection has, after \"by\" too");
        assertEquals("Tencnet", find("Which papers are from Tencnet?").orElseThrow().name());
        assertEquals(Optional.empty(), find("Which papers from Meta study reasoning?"), "a topic is searched as written");
        OrganisationFilter.Named misspelt = find("Which papers from Tencnet study reasoning?").orElseThrow();
        assertEquals("Tencnet", misspelt.name(), "a near miss of a name the collection has, whose search says so");
        assertEquals("reasoning", misspelt.topic());
        assertEquals("Microsft", find("Which Microsft papers study RL?").orElseThrow().name());
        assertEquals(Optional.empty(), find("What does GRPO do?"), "no near miss of a name the collection has");
        assertEquals(Optional.empty(), find("What does DPO do?"), "a method, not an organisation");
        assertEquals(Optional.empty(), find("Which papers are from the reasoning literature?"));
        assertEquals(Optional.empty(), find("which RL papers were?"), "an acronym abstracts write is a topic");
        assertEquals(Optional.empty(), find("Which VLM papers are there?"));
        assertEquals("IBM", find("Which IBM papers are there?").orElseThrow().name(), "an acronym one abstract writes, as 'IBM Granite', may name one");
        assertEquals(Optional.of(new OrganisationFilter.Named("Meta", "what publish on reasoning?")), find("what did Meta publish on reasoning?"),
                "a name that publishes is an organisation's, whose search says the collection has none");
        assertEquals(Optional.empty(), find("Which Qwen RL papers are there?"), "a name the collection lacks needs the word for papers after it");
        for (String notAnOrganisation : List.of("Recent papers?", "Survey papers", "Llama papers", "Did DeepSeek release the training data?",
                "Has Qwen released the code?")) {
            assertEquals(Optional.empty(), find(notAnOrganisation), notAnOrganisation);
        }
    }

    @Test
    void should_tell_a_question_for_all_its_papers_from_one_with_a_topic() {
        assertTrue(find("Which papers are from Tencent?").orElseThrow().asksOnlyForItsPapers());
        assertTrue(find("What has Om AI Lab published?").orElseThrow().asksOnlyForItsPapers());
        assertFalse(find("Which papers from DeepMind study reasoning?").orElseThrow().asksOnlyForItsPapers());
    }
}
