package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PastedReferenceTest {

    @Test
    void should_read_the_identifier_a_link_or_prefix_gives() {
        assertEquals(Optional.of("10.1000/abc.2"), PastedReference.identifier("see https://doi.org/10.1000/ABC.2."));
        assertEquals(Optional.of("2401.00001"), PastedReference.identifier("https://arxiv.org/pdf/2401.00001v2"));
        assertEquals(Optional.of("2401.00001"), PastedReference.identifier("arXiv: 2401.00001"));
        assertEquals(Optional.of("2401.00001"), PastedReference.identifier(" 2401.00001v3 "));
        assertEquals(Optional.empty(), PastedReference.identifier("Reasoning in 2024.12345 steps"), "a number inside a title is no id");
    }

    @Test
    void should_put_the_title_of_a_stored_paper_for_its_identifier_in_a_question() {
        Function<String, Optional<String>> stored = id -> id.equals("2401.00002") ? Optional.of("Glacier Surges") : Optional.empty();
        assertEquals("What is \"Glacier Surges\" about?", PastedReference.withTitles("What is arXiv:2401.00002v1 about?", stored));
        assertEquals("Does \"Glacier Surges\", or 2401.00003, use radar?", PastedReference.withTitles("Does 2401.00002, or 2401.00003, use radar?", stored));
        assertEquals("Is 2024.5% or 1.2401.00002 a number?", PastedReference.withTitles("Is 2024.5% or 1.2401.00002 a number?", stored));
    }

    @Test
    void should_read_the_title_of_a_bibtex_entry_or_a_quoting_reference() {
        assertEquals("Quiet-STaR: Language Models Can Teach Themselves", PastedReference.title(
                "@article{z24, booktitle={COLM}, title={{Quiet-STaR}: {L}anguage Models\n   Can Teach Themselves}, year={2024}}"));
        assertEquals("A Title in Quotes", PastedReference.title("@misc{x, title = \"A Title in Quotes\"}"));
        assertEquals("LazyEviction: Lagged KV Eviction", PastedReference.title("[12] H. Zhang et al., \"LazyEviction: Lagged KV Eviction,\" in NeurIPS, 2025."));
        assertEquals("Don't Overthink it", PastedReference.title("Don't Overthink it"), "a title as typed");
        assertEquals("the \"STaR\" paper", PastedReference.title("the \"STaR\" paper"), "a quoted name is no quoted title");
        String hostile = "\"" + "a b ".repeat(2000) + "title={" + "{".repeat(1000);
        assertEquals(hostile, PastedReference.title(hostile), "unclosed quotes and braces");
    }

    @Test
    void should_read_an_identifier_given_alone_and_nothing_else() {
        assertEquals(Optional.of("2599.99999"), PastedReference.identifierAlone("https://arxiv.org/abs/2599.99999v2"));
        assertEquals(Optional.of("2599.99999"), PastedReference.identifierAlone(" arXiv:2599.99999 "));
        assertEquals(Optional.of("10.1234/abcd"), PastedReference.identifierAlone("https://doi.org/10.1234/ABCD"));
        assertEquals(Optional.of("10.1234/abcd"), PastedReference.identifierAlone("doi: 10.1234/abcd."));
        assertEquals(Optional.empty(), PastedReference.identifierAlone("the paper 2599.99999 about entropy"));
        assertEquals(Optional.empty(), PastedReference.identifierAlone("Quiet-STaR"));
        assertEquals(Optional.empty(), PastedReference.identifierAlone(""));
    }

    /** Authors and year first, in the common styles, is a reference, whose full stops part no claims. */
    @Test
    void should_read_the_title_of_a_vancouver_reference() {
        assertEquals("The entropy mechanism of reinforcement learning for reasoning language models",
                PastedReference.title("Cui G, Zhang Y, Chen J, et al. The entropy mechanism of reinforcement learning for reasoning language models. 2025."));
        assertEquals("ReFT: Reasoning with reinforced fine-tuning",
                PastedReference.title("Luong TQ, Zhang X, Jie Z, Sun P, Jin X, Li H. ReFT: Reasoning with reinforced fine-tuning. ACL 2024."));
    }

    /** An author-year reference (APA, ACL, Harvard) is looked up by its title: its authors and where it appeared are in no title. */
    @Test
    void should_read_the_title_of_an_author_year_reference() {
        assertEquals("The Entropy Mechanism of Reinforcement Learning for Reasoning Language Models", PastedReference.title(
                "Cui et al. 2025. The Entropy Mechanism of Reinforcement Learning for Reasoning Language Models. arXiv preprint."));
        assertEquals("Weak-to-strong reasoning", PastedReference.title("Yang, Y., Li, X. (2024). Weak-to-strong reasoning. In Proceedings of NeurIPS."));
        assertEquals("Don't Overthink it. Preferring Shorter Thinking Chains for Improved LLM Reasoning", PastedReference.title(
                "Hassid, M., et al. (2025). Don't Overthink it. Preferring Shorter Thinking Chains for Improved LLM Reasoning. ICML 2025."),
                "a title's own full stop stays");
        assertEquals("Titans: Learning to Memorize at Test Time", PastedReference.title("Titans: Learning to Memorize at Test Time. arXiv preprint"));
        assertEquals("Thought Anchors: Which LLM Reasoning Steps Matter?", PastedReference.title(
                "Bogdan, P., et al. (2025). Thought Anchors: Which LLM Reasoning Steps Matter? In Proceedings of ICML."), "after a question mark");
        assertEquals("Weak-to-strong reasoning", PastedReference.title(
                "Yang, Y., Li, X. (2024). Weak-to-strong reasoning. In The Twelfth International Conference on Learning Representations."));
        assertEquals("Weak-to-strong reasoning", PastedReference.title(
                "Yang, Y., Li, X. (2024). Weak-to-strong reasoning. In Thirty-seventh Conference on Neural Information Processing Systems."));
        assertEquals("Scaling LLM Test-Time Compute. Proceedings show that it helps", PastedReference.title(
                "Scaling LLM Test-Time Compute. Proceedings show that it helps"), "'Proceedings' alone names no venue");
        assertEquals("Reasoning or Memorization? ICML Reproducibility Study", PastedReference.title("Reasoning or Memorization? ICML Reproducibility Study"),
                "after a question mark, only a venue in words");
        assertEquals("In-Context Learning. In Search of a Theory", PastedReference.title("In-Context Learning. In Search of a Theory"),
                "'In' and a capital after a full stop is a venue only as 'In Proceedings', 'In: ...', so a title's second sentence stays");
    }

    /** The NeurIPS and ICLR style: initials first, a full stop, the title, where it appeared, and the year last. */
    @Test
    void should_read_the_title_of_a_reference_by_initials_with_its_year_last() {
        String reference = "S. Hao, S. Sukhbaatar, D. Su, X. Li, Z. Hu, J. Weston, Y. Tian. Training large language models to reason in a continuous"
                + " latent space. arXiv preprint arXiv:2412.06769, 2024.";
        assertTrue(PastedReference.isReference(reference));
        assertEquals("Training large language models to reason in a continuous latent space",
                PastedReference.title(PastedReference.withoutIdentifiers(reference)));
        assertEquals("Quiet-STaR: Language models can teach themselves to think before speaking", PastedReference.title(
                "E. Zelikman et al. Quiet-STaR: Language models can teach themselves to think before speaking. In Proceedings of COLM, 2024."));
        assertFalse(PastedReference.isReference("J. Weston and Y. Tian. Both found that reasoning helps."), "no venue after it: a claim");
    }

    /** The shortest style: the first author, "et al.", the title, the venue and its year. */
    @Test
    void should_read_the_title_of_a_reference_of_a_surname_and_et_al() {
        String reference = "Wei et al. Chain-of-thought prompting elicits reasoning in large language models. NeurIPS 2022.";
        assertTrue(PastedReference.isReference(reference));
        assertEquals("Chain-of-thought prompting elicits reasoning in large language models", PastedReference.title(reference));
        assertEquals("Quiet-STaR: Language models can teach themselves to think before speaking",
                PastedReference.title("Zelikman et al. Quiet-STaR: Language models can teach themselves to think before speaking. COLM 2024."));
        assertFalse(PastedReference.isReference("Wei et al. Chain-of-thought prompting helps large models most."), "no venue after it: a claim");
        assertFalse(PastedReference.isReference("Wei et al. showed that chain-of-thought prompting helps. NeurIPS 2022 had it."), "a claim runs on");
    }

    /** Springer's LNCS style: initials, a colon, the title (which may have a colon of its own), then "In:" and a year in brackets. */
    @Test
    void should_read_the_title_of_an_lncs_reference() {
        assertEquals("Quiet-STaR: Language models can teach themselves to think before speaking", PastedReference.title(PastedReference.withoutIdentifiers(
                "12. Zelikman, E., et al.: Quiet-STaR: Language models can teach themselves to think before speaking. arXiv preprint arXiv:2403.09629 (2024)")));
        assertEquals("Weak-to-strong reasoning", PastedReference.title(
                "Yang, Y., Li, X.: Weak-to-strong reasoning. In: Findings of EMNLP 2024. LNCS, vol. 1234, pp. 1\u201310. Springer, Heidelberg (2024)"));
        assertTrue(PastedReference.isReference("Yang, Y., Li, X.: Weak-to-strong reasoning. In: COLM (2024)"));
        assertFalse(PastedReference.isReference("Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking"),
                "a title's own colon after a name is no author list, which ends with an initial");
        assertFalse(PastedReference.isReference("Reasoning, Planning and Acting: A Survey of Agents"));
        assertFalse(PastedReference.isReference("Chen et al.: Reasoning models overthink simple problems."), "a claim of cited authors, no initials");
    }

    /** Harvard may give the year in brackets with no full stop after it. */
    @Test
    void should_read_a_harvard_reference_without_a_full_stop_after_its_year() {
        assertEquals("Weak-to-strong reasoning", PastedReference.title("Yang, Y. and Li, X. (2024) Weak-to-strong reasoning. arXiv preprint."));
        assertFalse(PastedReference.isReference("Cui et al. (2025) found that the entropy collapses early."), "a citation that runs on opens a claim");
        assertFalse(PastedReference.isReference("Zelikman et al. (2024) Quiet-STaR does not improve zero-shot accuracy on GSM8K."),
                "without initials, a cited name opens a claim, whatever follows it");
        assertFalse(PastedReference.isReference("Zelikman, E. (2024) Quiet-STaR does not improve zero-shot accuracy on GSM8K."),
                "with them, a claim too, when nothing follows it as where it appeared");
        assertFalse(PastedReference.isReference("Zelikman, E., et al.: Quiet-STaR does not improve zero-shot accuracy on GSM8K."));
    }

    @Test
    void should_read_a_reference_whose_author_is_a_company_or_a_narrative_citation() {
        for (String reference : List.of("OpenAI (2024). Weak-to-strong reasoning. arXiv preprint arXiv:2407.13647.",
                "Qwen Team. 2025. Weak-to-strong reasoning. Technical report.", "DeepSeek-AI, 2025. Weak-to-strong reasoning. In Proceedings of ICLR.",
                "OpenAI (2024) Weak-to-strong reasoning. arXiv.")) {
            assertTrue(PastedReference.isReference(reference), reference);
            assertEquals("Weak-to-strong reasoning", PastedReference.title(reference), reference);
        }
        // Typed as a title, the lead is no part of it, whatever follows.
        assertEquals("Weak-to-strong reasoning", PastedReference.title("OpenAI (2024) Weak-to-strong reasoning"));
        assertEquals("Weak-to-strong reasoning", PastedReference.title("Yang et al. (2024) Weak-to-strong reasoning"));
        assertEquals("Quiet-STaR 2024. It teaches models", PastedReference.title("Quiet-STaR 2024. It teaches models"), "a name and its year");
        for (String claim : List.of("OpenAI (2024) reported that reasoning models overthink.", "OpenAI (2024). Reasoning models overthink. They waste tokens.",
                "Zelikman et al. (2024) Quiet-STaR does not improve zero-shot accuracy.", "Quiet-STaR 2024. In Proceedings of COLM it was shown.")) {
            assertFalse(PastedReference.isReference(claim), claim);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PastedReference.isReference("Ab, ".repeat(5000) + "(2024). x. arXiv"));
    }

    @Test
    void should_take_out_the_identifiers_a_reference_gives_with_their_words() {
        assertEquals("Yang, Y., et al. (2024). Weak-to-strong reasoning.",
                PastedReference.withoutIdentifiers("Yang, Y., et al. (2024). Weak-to-strong reasoning. arXiv preprint arXiv:2407.13647."));
        assertEquals("Weak-to-strong reasoning", PastedReference.withoutIdentifiers("Weak-to-strong reasoning https://arxiv.org/abs/2407.13647"));
        assertEquals("Smith J. A title here.", PastedReference.withoutIdentifiers("Smith J. A title here. doi:10.48550/arXiv.2407.13647"));
        assertEquals("Cui G, et al. The entropy mechanism. 2025.", PastedReference.withoutIdentifiers("Cui G, et al. The entropy mechanism. arXiv preprint arXiv:2505.22617, 2025."));
        assertEquals("Quiet-STaR: thinking before speaking", PastedReference.withoutIdentifiers("Quiet-STaR: thinking before speaking"), "none to take");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PastedReference.withoutIdentifiers("a" + " ".repeat(10_000) + "b."),
                "a run of spaces costs no more than its length");
    }

    @Test
    void should_tell_a_pasted_reference_from_a_passage() {
        for (String reference : List.of(
                "Zelikman et al. 2024. Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking. COLM 2024.",
                "Wang, X. et al. (2025). Hawkeye: efficient reasoning with model collaboration. arXiv.",
                "Eric Zelikman, Georges Harik, Yijia Shao, and Noah D. Goodman. 2024. Quiet-STaR: Language Models Can Teach Themselves. In COLM.",
                "Zelikman, E., & Goodman, N. (2024). Quiet-STaR. COLM.",
                "[3] Zhang, H. 2025. LazyEviction: Lagged KV Eviction. NeurIPS.",
                "[3] Y. Zhang et al., \u201cWhat makes Reasoning Models Different? Follow the Reasoning Leader,\u201d arXiv, 2025.",
                "H. Zhang and Y. Li, \"Reasoning or Memorization? Unreliable Results of RL,\" in NeurIPS, 2025.",
                "Behrouz, Ali, Peilin Zhong, and Vahab Mirrokni. \"Titans: Learning to Memorize at Test Time.\" arXiv preprint arXiv:2501.00663 (2024).",
                "@article{bogdan2025thought, title={Thought Anchors: Which {LLM} Reasoning Steps Matter?}, journal={arXiv preprint arXiv:2506.19143}, year={2025}}",
                "  @InProceedings( rafailov2023dpo,\n  title = \"Direct Preference Optimization\",\n  booktitle = {NeurIPS} )",
                // Vancouver and GB/T: surnames with initials, no full stops between.
                "Cui G, Zhang Y, Chen J, et al. The entropy mechanism of reinforcement learning for reasoning language models. arXiv preprint arXiv:2505.22617, 2025.",
                "Luong TQ, Zhang X, Jie Z, Sun P, Jin X, Li H. ReFT: Reasoning with reinforced fine-tuning. ACL 2024.",
                "12. Cui G et al. The entropy mechanism of reinforcement learning. 2025.",
                "Rafailov R et al. (2023) Direct preference optimization: your language model is secretly a reward model.")) {
            assertTrue(PastedReference.isReference(reference), reference);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PastedReference.isReference("A, ".repeat(5000) + "2024. x"));
        for (String passage : List.of(
                "In 2024, entropy minimization was shown to improve reasoning. Shorter chains are better.",
                "Quiet-STaR 2024. It teaches models to think.",
                "Entropy minimization alone can improve reasoning without labels. Shorter thinking chains can be more accurate.",
                "",
                "Zelikman et al. 2024",
                "Zelikman et al., 2024, show that Quiet-STaR lifts GSM8K from 5.9% to 10.9%.",
                "Zelikman et al. (2024), however, report gains. They are small.",
                "Zelikman et al. say \"models think\". They do.",
                "@article{bogdan2025thought, year={2025}}",
                "Qwen RL. It works well.", "Smith J. A title alone, one author and no et al.", "DeepSeek R1 beats GPT-4. It is cheaper.",
                "GRPO RL, DPO SFT. Both reduce length.", "Qwen RL, Llama SFT. Both reduce length.",
                "Emails to @alice{ suggest a title = {x} field.",
                "A, ".repeat(5000) + "2024. x")) {
            assertFalse(PastedReference.isReference(passage), passage.length() > 80 ? passage.substring(0, 80) : passage);
        }
    }

    /** A draft's citations are no figures of its claim: "(Hassid et al., 2025)" does not ask an abstract to state 2025. */
    @Test
    void should_take_a_drafts_in_text_citations_out_of_a_claim() {
        assertEquals("Shorter chains are more accurate.", PastedReference.withoutCitations("Shorter chains are more accurate (Hassid et al., 2025)."));
        assertEquals("Shorter chains are more accurate.", PastedReference.withoutCitations("Shorter chains are more accurate [12]."));
        assertEquals("Chain of thought was first introduced by Wei et al.", PastedReference.withoutCitations(
                "Chain of thought was first introduced by Wei et al. in 2022"));
        assertEquals("As Wei et al. showed, it helps.", PastedReference.withoutCitations("As Wei et al. 2022 showed, it helps."));
        assertEquals("Shorter chains win.", PastedReference.withoutCitations("Shorter chains win [3, 7\u20139]."));
        assertEquals("It helps.", PastedReference.withoutCitations("It helps (Cui and Li 2025; Wang, 2024a)."));
        assertEquals("It helps.", PastedReference.withoutCitations("It helps (e.g. Cui et al., 2025)."));
        assertEquals("The method of Cui et al. keeps entropy high.", PastedReference.withoutCitations("The method of Cui et al. (2025) keeps entropy high."));
        // Where to read it is no figure of the claim: an arXiv id or a link, in brackets or not.
        assertEquals("Reflections rarely alter the answer.", PastedReference.withoutCitations("Reflections rarely alter the answer (arXiv:2510.08308)."));
        assertEquals("Reflections rarely alter the answer.", PastedReference.withoutCitations(
                "Reflections rarely alter the answer [https://arxiv.org/abs/2510.08308v2]."));
        assertEquals("Reflections rarely alter the answer, see.", PastedReference.withoutCitations(
                "Reflections rarely alter the answer, see https://arxiv.org/abs/2510.08308."));
        assertEquals("Per, reflections rarely alter the answer.", PastedReference.withoutCitations(
                "Per arXiv:2510.08308, reflections rarely alter the answer."));
        assertEquals("As  showed, CoT helps.", PastedReference.withoutAuthors("As Wei et al. showed, CoT helps."), "searched without the authors");
        for (String kept : List.of("EMPO raises accuracy from 30.7% to 48.1% on AIME 2024.", "It reaches 83.1% (on VerilogEval).",
                "Models (7B and 70B) improve.", "Qwen2.5 (2024 release) improves.", "Scores rise [by 12 points].")) {
            assertEquals(kept, PastedReference.withoutCitations(kept), "no citation: " + kept);
        }
    }
}
