package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignQuestionTest {
    @Test
    void should_know_a_question_in_another_language_or_script() {
        for (String foreign : List.of("¿Qué métodos evitan el colapso de entropía en el aprendizaje por refuerzo?", "强化学习中如何避免熵崩溃？",
                "Quels sont les travaux sur le raisonnement des LLM ?", "Quels articles parlent de raisonnement latent?", "Welche Methoden verhindern den Entropiekollaps bei GRPO?",
                "Какие методы избегают коллапса энтропии?", "强化学习 GRPO 熵", "LayerCast是什么？", "Quiet-STaR とは何ですか",
                "Wer hat Quiet-STaR geschrieben?", "Welche Papiere untersuchen Entropie-Kollaps beim Reinforcement Learning?", "Welche Papiere untersuchen Entropie-Kollaps?",
                "Comment réduire la longueur des chaînes de raisonnement ?", "Quali metodi riducono il costo del reasoning?")) {
            assertTrue(ForeignQuestion.asked(foreign), foreign);
        }
    }

    @Test
    void should_take_english_with_names_and_loanwords_for_english() {
        for (String english : List.of("which methods avoid entropy collapse?", "What is Quiet-STaR?", "Compare Lp-Reg and Clip-Cov",
                "papers on la langue and the die roll", "GRPO", "", "???", "Is DeepSeek-R1 better than o3-mini on AIME 2024?",
                "What was published?", "Why do agents die in long-horizon tasks?", "Hay fever detection with language models",
                "Wie et al. propose chain-of-thought prompting", "Comment generation for code review", "What does the name 熵 mean in DeepSeek?")) {
            assertFalse(ForeignQuestion.asked(english), english);
        }
    }
}
