package dev.paperchat.answer;

import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.QuantityQuestion;
import java.util.regex.Pattern;

/**
 * Whether a question asks about the literature, and is answered with its papers ("which methods
 * avoid entropy collapse?", "How are people getting LLMs to...", "image captioning models
 * that..."), or about one paper, and is answered from it (a fact, a pasted claim, a title).
 */
final class QuestionForm {
    private static final Pattern LIST_QUESTION = Pattern.compile(
            "\\b(which|what|any|list|are there|find)\\b.*\\b(methods|papers|works|approaches|techniques|systems|studies|"
                    + "models|frameworks|benchmarks|ways)\\b|\\bpapers\\b.*\\b(use|that|which)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "Is there evidence that...", "Can a weaker model...", also after a clause ("If you swap
     * the symbols, do LLMs still..."), when the text is a question: a question about the
     * literature, answered by its papers.
     */
    private static final Pattern YES_NO_QUESTION = Pattern.compile(
            "(?:^|[.?!]\\s+|,\\s+(?=[^.]*\\?))(is|are|do|does|did|can|could|has|have|was|were)\\s", Pattern.CASE_INSENSITIVE);
    /**
     * "How are people...", "How can I...", "Why do thinking models...", "What work gets...",
     * "research on...": a question about how a problem is approached, or a request for work on it.
     * "How many" and "how much" ask for a quantity, which {@link QuantityQuestion} recognises first.
     */
    private static final Pattern ABOUT_WORK = Pattern.compile(
            "(?:^|[.?!,]\\s+)(?:how|why)\\s+(?:are|is|do|does|can|could|should|would|might|to)\\b"
                    + "|\\bwhat\\s+(?:work|research|literature|evidence|progress)\\b"
                    + "|\\b(?:research|literature|studies)\\s+(?:on|about|into)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "image captioning models that...", "Graph neural networks built to...", "ways to...": a
     * description of a kind of work, as typed into a search box, asks for its papers too. A
     * question ("Which paper finds that...") is not one: its verb ends in s as a plural does.
     */
    private static final Pattern KIND_OF_WORK = Pattern.compile(
            "^(?!\\W*(?:which|what|who|whose|when|where|why|how|is|are|do|does|did|can|could|has|have|was|were|will|would|should)\\b)"
                    + "\\W*(?:[\\w'-]+\\s+){0,4}?[\\w-]*[a-z]s\\s+(?:that|which|who|for|to|built|using|with|trained|designed|based|where|in|on)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the coconut paper (chain of continuous thought)", "roads to rome paper - routing...": one paper, half-remembered. */
    private static final Pattern ONE_PAPER = Pattern.compile("\\bpaper\\b", Pattern.CASE_INSENSITIVE);

    private QuestionForm() {}

    /**
     * A question about several papers, unless it names one ("Does VeriReason beat GPT-4?"); asked
     * for papers or methods outright, unless it asks for a quantity or of one paper.
     */
    static boolean asksForPapers(String question, PaperHit top) {
        if (top.titleMatch() >= 0.9) return false;
        if (LIST_QUESTION.matcher(question).find()) return true;
        if (QuantityQuestion.asksForQuantity(question) || ONE_PAPER.matcher(question).find()) return false;
        return YES_NO_QUESTION.matcher(question).find() || ABOUT_WORK.matcher(question).find() || KIND_OF_WORK.matcher(question).find();
    }
}
