package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupRequestTest {
    @Test
    void should_read_the_groups_a_request_names_and_what_it_groups() {
        assertEquals(Optional.of(new GroupRequest("these papers", List.of("RL length penalties", "latent reasoning", "early exit"), true)),
                GroupRequest.of("Group these papers by approach: RL length penalties, latent reasoning, early exit"));
        GroupRequest topic = GroupRequest.of("Group the efficient reasoning papers by approach (RL length penalties, KV cache or early exit)").orElseThrow();
        assertEquals(List.of("RL length penalties", "KV cache", "early exit"), topic.groups());
        assertEquals("efficient reasoning", topic.topic());
        assertEquals(Optional.of(new GroupRequest("them", List.of(), true)), GroupRequest.of("can you group them by topic?"), "no groups named");
        assertEquals(List.of("RL", "SFT"), GroupRequest.of("cluster the results by method, such as RL and SFT").orElseThrow().groups());
    }

    @Test
    void should_leave_other_questions_alone() {
        for (String other : List.of("Which papers group tokens by entropy?", "sort them by date", "How do papers group reasoning steps by approach?",
                "group " + "x".repeat(700) + " by topic")) {
            assertEquals(Optional.empty(), GroupRequest.of(other), other);
        }
    }
}
