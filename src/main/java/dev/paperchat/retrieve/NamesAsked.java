package dev.paperchat.retrieve;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.index.PaperAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * "On which models was LASER-D evaluated?", "what benchmarks did ETTRL use?": a question for the
 * models or benchmarks a paper names, which the sentence that names them answers ("Experiments
 * on DeepSeek-R1-Distill-Qwen-1.5B, -7B and -32B show...") though it shares no word with the
 * question: abstracts name models and benchmarks, and seldom call them so.
 */
public final class NamesAsked {
    public enum Kind { MODELS, BENCHMARKS }

    private static final Pattern ASKS_MODELS = Pattern.compile(
            "\\b(?:which|what)\\s++(?:[\\w-]++\\s++)?(?:models?|LLMs?|backbones?|base\\s++models?)\\b|\\bmodel\\s++sizes?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_BENCHMARKS = Pattern.compile(
            // "Which benchmark study reports..." asks for a paper that is a benchmark, not for those a paper uses.
            "\\b(?:which|what)\\s++(?:[\\w-]++\\s++)?(?:benchmarks?|datasets?|tasks?|evaluations?)\\b(?!\\s++(?:stud(?:y|ies)|papers?|works?)\\b)"
                    + "|\\bevaluat\\w*+\\s++(?:it\\s++|them\\s++)?on\\s++(?:which|what)\\b|\\b(?:what|which)\\b.{0,40}\\bevaluat\\w*+\\s++on\\W*+$",
            Pattern.CASE_INSENSITIVE);
    /** A model by its family ("Qwen2.5-Math-7B", "Llama3.1-8B", "o3-mini") or by its size ("a 7B model"). */
    private static final Pattern MODEL = Pattern.compile("(?<![\\w-])(?:(?:Qwen|Llama|LLaMA|DeepSeek|GPT|Mistral|Mixtral|Gemma|Phi|OLMo|Claude|Gemini"
            + "|InternVL|Vicuna|Falcon|o1|o3|o4)[\\w.-]*+|[\\w.-]*?\\d++(?:\\.\\d++)?[BM])(?![\\w])");
    /**
     * A benchmark's name: a capitalised word with a digit ("AIME2024", "GSM8K", "MATH-500"), one
     * in capitals before a number ("AIME 2024"), capitalised parts joined ("GPQA-Diamond", "Arena-Hard";
     * not "Self-Taught Reasoner", the first words of a longer name) or a
     * capital inside a longer word ("HumanEval", "HotpotQA"); not a short acronym of a method
     * ("CoT", "SFT", "RLVR"), a plural ("LLMs") or a compound ("Entropy-fork").
     */
    private static final Pattern BENCHMARK = Pattern.compile("(?<![\\w-])(?:\\p{Lu}[\\p{L}-]*+\\d[\\w-]*+|\\p{Lu}{3,}+\\s\\d++"
            + "|\\p{Lu}\\w*+(?:-[\\p{Lu}\\d]\\w*+)++(?!\\s\\p{Lu})|(?=\\w*?\\p{Ll})\\p{Lu}\\p{Ll}*+\\p{Lu}\\w*+(?<=\\w{5}))(?<!\\p{Lu}s)(?![\\w-])");

    /**
     * What a score or a result is on is a benchmark, whatever its name: "88.8% on Spider and 64.9% on
     * BIRD", "state-of-the-art results on MMMU".
     */
    private static final Pattern SCORED_ON = Pattern.compile("(?:\\d(?:\\.\\d++)?+\\s?+%|\\b(?:results?|performance|accuracy|scores?))"
            + "\\s++on\\s++(?:the\\s++)?(\\p{Lu}[\\p{L}\\d-]*+)");

    /**
     * The words that ask for models, which abstracts write of every model ("Large Reasoning Models
     * have...") and seldom beside the names; "benchmark" is written beside them ("on the AIME 2024 benchmark").
     */
    private static final Pattern KIND_WORD = Pattern.compile("(?:model|llm|backbone)s?");
    /**
     * The verbs such a question asks with ("what benchmarks did Quiet-STaR use?", "which models was
     * it trained on?"), as analysed: a sentence that says "use" ("how to generate or use internal
     * thoughts") names no benchmark for holding it.
     */
    private static final Set<String> FRAME_VERBS = Set.copyOf(QueryTerms.all(new PaperAnalyzer(), "",
            "use used uses using evaluate evaluated evaluates test tested tests report reported reports employ employed"
                    + " adopt adopted train trained run ran experiment experimented"));

    private NamesAsked() {}

    /** Whether the analysed query term is a word that asks for models, or a verb that asks for names, not one a sentence should hold. */
    static boolean isKindWord(String term) {
        return KIND_WORD.matcher(term).matches() || FRAME_VERBS.contains(term);
    }

    /** The kind of names the question asks for, if it asks for models or benchmarks. */
    public static Optional<Kind> of(String question) {
        if (question.length() > 300) return Optional.empty();
        if (ASKS_MODELS.matcher(question).find()) return Optional.of(Kind.MODELS);
        return ASKS_BENCHMARKS.matcher(question).find() ? Optional.of(Kind.BENCHMARKS) : Optional.empty();
    }

    /**
     * Whether the question asks for the benchmarks of a paper whose title and abstract name none
     * ("which benchmarks does Hawkeye evaluate on?" of "complex math tasks"): its opening sentences
     * would be quoted as if they answered. Models go by too many names ("CLIP", "SAM", "Glot500-m")
     * for their absence to be told.
     */
    public static boolean unanswered(String question, Paper paper) {
        Optional<Kind> kind = of(question).filter(k -> k == Kind.BENCHMARKS);
        if (kind.isEmpty() || names(kind.get(), paper.title(), question) > 0) return false;
        String text = paper.abstractText();
        return Sentences.split(text).stream().allMatch(span -> names(kind.get(), span.of(text), question) == 0);
    }

    /** "Our experimental results on language modeling, common-sense reasoning, genomics, and time series tasks": what it was evaluated on, unnamed. */
    private static final Pattern EVALUATED = Pattern.compile("(?i)\\b(?:benchmarks?|datasets?|evaluat\\w*+|experiment\\w*+)\\b");
    /** "tasks" says less: an opening's "performance on complex tasks" is the field's, not the paper's evaluation. */
    private static final Pattern TASKS = Pattern.compile("(?i)\\btasks\\b");

    /**
     * The index of the paper's first sentence that says what it was evaluated on, though it names no
     * benchmark: by its benchmarks, datasets, evaluation or experiments, else by its tasks.
     */
    public static OptionalInt evaluationSentence(Paper paper) {
        String text = paper.abstractText();
        List<Span> spans = Sentences.split(text);
        OptionalInt evaluated = firstWriting(EVALUATED, text, spans);
        return evaluated.isPresent() ? evaluated : firstWriting(TASKS, text, spans);
    }

    /** "Across three model families, six scales", "experiments with models of various sizes": which models, unnamed. */
    private static final Pattern MODELS_TESTED = Pattern.compile("(?i)\\bmodel\\s++(?:famil(?:y|ies)|sizes?|scales?)\\b"
            + "|\\b(?:\\d++|two|three|four|five|six|several|multiple|various|different)\\s++(?:[\\w-]++\\s++)?(?:models|LLMs|scales|sizes)\\b");

    /**
     * Whether the sentence says what the paper was tested on though it names nothing of the kind: its
     * model families or scales for models, its benchmarks, datasets, evaluation or experiments for either.
     */
    static boolean saysWhatWasTested(Kind kind, String sentence) {
        return kind == Kind.MODELS && MODELS_TESTED.matcher(sentence).find() || EVALUATED.matcher(sentence).find();
    }

    private static OptionalInt firstWriting(Pattern words, String text, List<Span> spans) {
        return IntStream.range(0, spans.size()).filter(i -> words.matcher(spans.get(i).of(text)).find()).findFirst();
    }

    /** How many things of the kind asked for the sentence names, other than those the question names itself. */
    static int names(Kind kind, String sentence, String question) {
        Set<String> named = new HashSet<>();
        Matcher m = (kind == Kind.MODELS ? MODEL : BENCHMARK).matcher(sentence);
        while (m.find()) if (!question.contains(m.group()) && (kind == Kind.MODELS || !MODEL.matcher(m.group()).matches())) named.add(m.group());
        if (kind == Kind.BENCHMARKS) {
            Matcher scored = SCORED_ON.matcher(sentence);
            while (scored.find()) if (!question.contains(scored.group(1)) && !MODEL.matcher(scored.group(1)).matches()) named.add(scored.group(1));
        }
        return named.size();
    }
}
