package dev.paperchat.answer;

import dev.paperchat.corpus.ModelNames;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Titles;
import dev.paperchat.corpus.Words;
import dev.paperchat.retrieve.DefinitionQuestion;
import dev.paperchat.retrieve.SearchRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a follow-up ("and which of those use majority voting?") into a standalone question
 * before retrieval: by the LLM when there is one, otherwise by joining it to the previous
 * question of the conversation.
 */
public final class FollowUpRewriter {
    /**
     * What follows "that paper" or "the one" that describes a paper rather than points to one: "that paper
     * about thinking tokens", "the one where the model skips thinking"; not "What is that paper about?".
     */
    private static final String NOT_DESCRIBED = "(?!\\s++(?:about|on|where|which|that|whose|called|named|titled)\\s++[\\p{L}\\d\"'\u201c])";
    /** "and ...", "what about ...", "which of those ...", "this paper": a follow-up, wherever it stands. */
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^\\s*(and|but|also|what about|how about|which of (those|these|them)|which one|of (those|these))\\b"
                    + "|\\b(this paper|that paper|the same)\\b" + NOT_DESCRIBED
                    // "who are the authors?", "what year?": about the paper just discussed
                    + "|^\\W*(who\\s+(are|were)\\s+the\\s+authors|(in\\s+)?what\\s+year)\\W*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "what model sizes did they test?", "which benchmarks does it use?": the words asked for come
     * before the pronoun, which is the subject of the same question and so points back.
     */
    private static final Pattern ASKED_OF_PRONOUN = Pattern.compile("^\\W*+(?:what|which|how\\s++(?:many|much))\\s++(?:[\\w-]++\\s++){0,3}?"
            + "(?:did|do|does|is|are|was|were|has|have|can|could|would|will)\\s++(?:they|it)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "Which papers shorten chains of thought, and what speedups do they report?": "they" are the papers the question
     * asks for, not the last answer's ("Which papers build on them?" points back).
     */
    private static final Pattern OWN_PAPERS = Pattern.compile("^\\W*+(?:which|what)\\s++(?:[\\w'-]++\\s++)?(?:papers|works|studies|methods|approaches|models)\\b"
            + "[^?]*?(?:,|\\band\\b)[^?]*?\\b(?:they|their)\\b", Pattern.CASE_INSENSITIVE);
    /** The papers of an answer about a few: "what benchmarks did they use?", "what are their limitations?". */
    private static final Pattern THEY = Pattern.compile("\\b(?:they|them|their)\\b", Pattern.CASE_INSENSITIVE);
    /** "it" or "its", not a name that holds the letters ("IT-Bench"). */
    private static final Pattern IT = Pattern.compile("(?<![\\w-])(?:it|its)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    /** "which one is faster?" after a comparison: which of the papers compared. */
    private static final Pattern WHICH_ONE = Pattern.compile("\\bwhich\\s+one(?:\\s+of\\s+(?:them|these|those|the)(?:\\s+two|\\s+papers)?)?\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "which is faster?", "which of the two needs less memory?": a choice with nothing named to choose
     * among, which after answers about single papers ("What is Hawkeye?", "what about R2R?") is a
     * choice between them.
     */
    private static final Pattern BARE_CHOICE = Pattern.compile("^\\W*+(?:and\\s++|so\\s++)?which(?:\\s++(?:one|paper)|\\s++of\\s++(?:them|the\\s++papers|(?:these|those|the)(?:\\s++two)?(?:\\s++papers)?))?"
            + "(?=\\s++(?:is|was|does|did|has|gets|runs|works|performs|needs|uses|reaches|scores|costs|gives|came"
            + "|saves|cuts|reduces|lowers|achieves|yields|offers|delivers|shows|reports|claims|obtains|attains)\\b)", Pattern.CASE_INSENSITIVE);
    /** "sort them by date", "order the list chronologically", "sort by year, oldest first": the list by date, newest first unless asked. */
    private static final Pattern SORTED_BY_DATE = Pattern.compile("^(?=.*\\b(?:dates?|years?|recency|chronolog\\w*|oldest|earliest|newest|latest|recent)\\b)"
            + "\\W*+(?:and\\s++|now\\s++|please\\s++|(?:can|could)\\s++you\\s++)?(?:sort|order|rank|arrange|list)"
            + "(?:\\s++(?:them|these|those|the\\s++(?:list|papers|results|ones)|it))?(?:\\s++(?:by|on)\\s++(?:their\\s++)?(?:publication\\s++)?(?:date|year|recency)s?)?"
            + "(?:\\s*+,?\\s*+(?:(?<oldest>chronologically|in\\s++chronological\\s++order|(?:from\\s++)?(?:the\\s++)?(?:oldest|earliest)(?:\\s++first)?|ascending)"
            + "|(?:from\\s++)?(?:the\\s++)?(?:newest|latest|most\\s++recent)(?:\\s++first)?|descending))?[\\s?.!]*+$",
            Pattern.CASE_INSENSITIVE);
    /** A choice of the newest: "is newer", "the most recent", "came out last". */
    private static final Pattern NEWER = Pattern.compile("(?i)\\b(?:newer|newest|recent|later|latest|last)\\b");
    /** What a choice is about besides the comparison: "for text-to-SQL", "than R2R". */
    private static final Pattern MEASURE_CHANGED = Pattern.compile("(?i)\\b(?:reductions?|decreases?|cuts?|savings?|drops?)\\s++in\\b");
    private static final Pattern OWN_TOPIC = Pattern.compile("\\b(?:for|on|in|at|than|of|with|among)\\b", Pattern.CASE_INSENSITIVE);
    /** "which of them", "do any of them", "which one": a choice among the papers, not a question of each. */
    private static final Pattern AMONG_THEM = Pattern.compile(
            "\\b(?:of|among)\\s+(?:them|those|these)\\b|^\\W*+(?:which|do|does|did|are|is)\\s+(?:any|one|ones|all|both|none)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A pronoun points back into the conversation unless the question names what it stands for first. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(those|these|they|them|it|its|their)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Words that name nothing a pronoun could stand for: "tell me more about its data", "how do
     * they compare". Two other words before the pronoun ("how well a model obeys constraints when
     * it...", "which benchmarks exist, and how are they built") are taken for its antecedent.
     */
    private static final Set<String> NO_ANTECEDENT = Set.of(
            "what", "which", "how", "why", "when", "where", "who", "whom", "whose", "is", "are", "was", "were", "do", "does", "did",
            "can", "could", "would", "should", "will", "has", "have", "had", "may", "might", "tell", "me", "more", "about", "explain",
            "describe", "show", "give", "please", "you", "i", "we", "a", "an", "the", "of", "in", "on", "for", "to", "with", "by", "from",
            "at", "as", "so", "then", "ok", "okay", "now", "again", "exactly", "else", "other", "much", "many", "well", "also",
            "really", "actually", "compare", "summarize", "summarise", "list", "find", "get", "know", "want", "like", "be",
            "there", "that", "this", "or", "and", "but", "if", "any", "some", "all", "both", "each", "main", "key",
            // "which papers build on it?", "which works cite it?": the papers asked for are no antecedent of what they build on
            "paper", "papers", "studies", "method", "methods", "article", "articles");
    /** What a record question asks besides its question words: "who wrote ...", "when was ... published". */
    private static final Set<String> RECORD_WORDS = Set.of("wrote", "write", "written", "authors", "author", "published", "released", "year", "date",
            "come", "came", "out", "appear", "appeared", "authored", "bibtex", "bib", "cite", "citation", "entry");
    /** "compare them", "contrast those papers": every item of the last list answer. */
    private static final Pattern COMPARE_ALL = Pattern.compile(
            "^\\W*+(?:please\\s+)?(?:compare|contrast)\\s+(?:them(?:\\s+all)?|all\\s+of\\s+them|both|(?:these|those|the)(?:\\s+two)?(?:\\s+(?:papers|methods|ones))?)\\W*+$"
                    // "how are they different?", "what's the difference?" after "What is Hawkeye?" and "what about R2R?"
                    + "|^\\W*+(?:and\\s+|so\\s+)?(?:how\\s+(?:do|are)\\s+(?:they|these|those|the\\s+two|both)(?:\\s+two)?\\s+(?:differ|different)"
                    + "(?:\\s+from\\s+each\\s+other)?|what(?:'s|\\s+is|\\s+are)\\s+the\\s+differences?(?:\\s+between\\s+(?:them|these|those|the\\s+two))?)\\W*+$",
            Pattern.CASE_INSENSITIVE);
    /**
     * What follows a pointer that is a description instead ("the first paper on RLHF", "the first two steps of GRPO", "the
     * first and second halves of training"): a word of relation, after a noun or not.
     */
    private static final String DESCRIBED = "(?:\\s++[\\p{L}-]++)?\\s++(?:on|about|of|for|in|that|which|who|from|using|by"
            // "compare the first one to the third one" compares two items; "the first paper to use RL" describes one.
            + "|(?:to|with)(?!\\s++(?:the|paper|item|number)\\b))\\b";
    /** "the first two", "the top three papers", "the last 2": several items of the last list answer. */
    private static final Pattern FIRST_FEW = Pattern.compile(
            "\\b(?:the\\s+)?(first|top|last)\\s+(two|three|four|[2-4])(?:\\s+(?:ones|papers|methods|approaches|works|items|results))?\\b"
                    + "(?!" + DESCRIBED + ")", Pattern.CASE_INSENSITIVE);
    /** What is left of "compare the first two" or "the first two?" without its pointer: a comparison of them and no more. */
    private static final Pattern ONLY_COMPARING = Pattern.compile("(?i)[\\W_]*+(?:and\\s++)?(?:please\\s++)?(?:compare|contrast)?[\\W_]*+");
    /** "and what about Coconut?", "how about GPT-4", a whole title: a question that asks the last one again of something else. */
    // A stop inside it is a title's ("InternVL3.5: ...", "Do LLMs Really Adapt to Domains? An Ontology..."), one at its end the question's.
    private static final Pattern SWAP = Pattern.compile("^\\W*+(?:and\\s+)?(?:what|how)\\s+about\\s+((?:[^?!.]|[?!.](?=\\s*+[\\p{L}\\d])){1,250}?)(?:,?\\s++instead)?\\s*[?!.]*\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "what about latent reasoning instead?": another topic in the place of the last list's. */
    private static final Pattern INSTEAD = Pattern.compile("^\\W*+(?:and\\s++|ok(?:ay)?,?\\s++|so\\s++)?(?:what|how)\\s++about\\s++(?<topic>[^?!.]{1,250}?),?\\s++instead\\W*+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "what about latent reasoning instead?" after a list: the papers on that topic. Joined to the question before, it had
     * been searched as "which methods avoid entropy collapse? what about latent reasoning instead?", and listed the same papers.
     */
    static Optional<String> topicReplaced(String question, List<Turn> history) {
        Matcher instead = INSTEAD.matcher(question);
        if (!instead.matches() || !isTopic(instead.group("topic")) || PastAnswers.lastListItems(history).isEmpty()) return Optional.empty();
        return Optional.of("papers on " + instead.group("topic").strip());
    }

    /**
     * "what about Tencent instead?", "what about 2024 instead?", "what about Coconut instead?": a name or a date asked in the
     * place of the last one, which "instead" adds nothing to; asked as "what about Tencent?", it is read as such a follow-up is.
     */
    public static String insteadOfName(String question) {
        Matcher instead = INSTEAD.matcher(question);
        return instead.matches() && !isTopic(instead.group("topic")) ? "what about " + instead.group("topic").strip() + "?" : question;
    }

    /** A topic in words ("latent reasoning", "label-free RL"), not a name or a date, which starts with a capital or holds a digit. */
    private static boolean isTopic(String text) {
        String stripped = text.strip().replaceFirst("(?i)^(?:the|a|an)\\s++", "");
        return !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0)) && stripped.chars().noneMatch(Character::isDigit);
    }

    /** A name starts so, or is a few words that hold a capital or a digit ("the s1 model"); a longer phrase is a description. */
    private static final Pattern NAME_LIKE = Pattern.compile("^[\"\u201c']?[\\p{Lu}\\p{N}]|^(?=\\S++(?:\\s++\\S++){0,3}$).*?[\\p{Lu}\\p{N}]");
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)(?:the|a|an|its|their|this|that|these|those|it|them|they|his|her|our|your|my|other|another|each|both|all)\\b");
    /** How a record question points to the one paper of the last answer. */
    private static final Pattern THE_PAPER = Pattern.compile("\\b(?:its?|(?:this|that|the) (?:paper|one|work|study)\\b" + NOT_DESCRIBED + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** "this paper", "that one", or "this" before what a paper does: "how does this work?", "how does this paper compare to Titans?". */
    private static final Pattern THIS_ONE = Pattern.compile("\\b(?:this|that)\\s+(?:paper|one|study|method|approach)\\b" + NOT_DESCRIBED
            + "|\\b(?:this|that)(?=\\s+(?:works?|do(?:es)?|compares?|differs?|performs?|scales?|handles?|achieves?|uses?|needs?)\\b)", Pattern.CASE_INSENSITIVE);
    /** What follows an "it" that stands for no paper: "does it help to...", "does it matter whether...". */
    static final String IMPERSONAL = "(?:mean|help|matter|make\\s+sense|pay\\s+off|take)\\s+(?:to|if|whether|that|when)\\b";
    /** "Is it true that...", "it is known that": an "it" that points to nothing said before. */
    private static final Pattern DUMMY_IT = Pattern.compile(
            "\\b(?:is it|it is|it's|was it|would it be|will it be)\\s+(?:(?:really|always|even|still|ever)\\s+)?(?:true|false|possible|known|the case|common"
                    + "|worth|better|harder|easier|hard|easy|safe|necessary|useful|wise|okay|ok|fine|feasible|important|enough)\\b"
                    // "what does it mean to overthink?", "does it help to use longer contexts?", "can it be done without a reward model?"
                    + "|\\b(?:does|did|would|will|can|could)\\s+it\\s+" + IMPERSONAL
                    + "|\\b(?:can|could)\\s+it\\s+be\\s+done\\b|\\bhow\\s+is\\s+it\\s+(?:possible|that)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> NTHS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final String NTH = "(" + String.join("|", NTHS) + "|[1-9]th|10th|1st|2nd|3rd|last)";
    /** The same, captured by no group. */
    private static final String ANY_NTH = NTH.replace("(", "(?:");
    /** What a list's items are called after an ordinal, besides "one": "the second paper", "the 3rd method". */
    private static final String ITEM_NOUN = "papers?|methods?|approach|work|item|result";
    /** What may follow an ordinal that stands for an item with no noun: "the third to the fourth", "the second better than the third". */
    private static final String COMPARING = "to|with|than|vs|versus|and|or|compares?|compared|is|was|does|did|better|worse|faster|slower|newer|older|more|less";
    /** "the second one", "the last paper", "the 3rd method", "paper 2": an item of the last list answer. */
    private static final Pattern ORDINAL = Pattern.compile(
            // "the ninth one on vision" still points, as "one" stands for an item; "the first paper on RLHF" describes another
            "\\b(?:the\\s+)?" + NTH + "\\s+(?:ones?\\b|(?:" + ITEM_NOUN + ")\\b(?!" + DESCRIBED + "))"
                    // "compare the first and the second": an ordinal alone, where a noun could follow
                    + "|\\bthe\\s+" + NTH + "(?=\\s*+(?:and|or|[,.?!]|$))"
                    // "the first and second halves of training" pairs two ordinals of something else
                    + "(?!\\s*+(?:and|or)\\s++" + ANY_NTH + "\\s++(?!(?:ones?|" + ITEM_NOUN + ")\\b)\\p{L})"
                    + "|\\b(?:paper|item|number|no\\.)\\s*#?(\\d{1,2}|" + String.join("|", NUMBERS) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the second stage", "the first token": an ordinal of something a list holds none of. */
    private static final Pattern ORDINAL_OF_OTHER = Pattern.compile("\\bthe\\s+" + ANY_NTH + "\\s++(?!(?:ones?|" + ITEM_NOUN
            + "|approaches|works|items|results|" + COMPARING + "|" + String.join("|", NUMBERS) + ")\\b)\\p{L}", Pattern.CASE_INSENSITIVE);
    /** "the first and third", "papers 1 and 3": the second item of a pair, written without its own pointer words. */
    private static final Pattern SECOND_ORDINAL = Pattern.compile("\\b(the\\s+" + NTH + "\\s+(?:and|or|&)\\s+)(?!the\\b)" + ANY_NTH + "\\b(?!" + DESCRIBED + ")",
            Pattern.CASE_INSENSITIVE);
    /**
     * "the third" with nothing it could count after it (a comparing word, a connective, the end): an item of a list when
     * another such ordinal is beside it ("compare the third to the fourth", "is the second better than the third?");
     * not "the first token or the last token", nor "the first to use RL".
     */
    private static final Pattern BARE_ORDINAL = Pattern.compile("\\bthe\\s+" + NTH + "(?=\\s*+(?:$|[,.?!;:]|(?:" + COMPARING + ")\\b))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_NUMBER = Pattern.compile("\\bpapers?\\s+(\\d{1,2})\\s*+(?:,|and|&)\\s*+(?:paper\\s+)?(\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "tell me more", "more details", "go on", "what else?": more of what the last answer said. */
    private static final Pattern MORE = Pattern.compile("^\\W*+(?:(?:please|ok|okay|and|so)\\s++)?(?:(?:can|could)\\s++you\\s++)?(?:tell\\s++me\\s++more|more(?:\\s++details)?|go\\s++on"
            + "|elaborate|details|explain\\s++(?:more|further)|what\\s++else|anything\\s++else|show\\s++me\\s++more)(?:\\s++please)?\\W*+$",
            Pattern.CASE_INSENSITIVE);

    /** Whether the question asks for more of what the last answer said and nothing else: "tell me more", "what else?". */
    static boolean asksMore(String question) {
        return MORE.matcher(question).matches();
    }
    /** "and", "what about" before an item a question points to: "and the third one?" asks of that item alone. */
    private static final Pattern CONNECTIVE = Pattern.compile("^\\W*+(?:and|but|also|what about|how about)\\s+", Pattern.CASE_INSENSITIVE);
    /** Earlier questions joined at most: the one that stands alone and the latest follow-ups of it. */
    private static final int MAX_CHAIN = 4;
    /** A label before the LLM's rewrite: "Standalone question:", "Question:" (bold marks gone). */
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:.{0,60}\\b(?:standalone|rewritten)\\s+)?question\\s*:\\s*");
    /** A rewrite that asks the reader back ("Could you clarify which paper you mean?") is no rewrite of the question. */
    private static final Pattern CLARIFYING = Pattern.compile(
            "(?i)^(?:could|can|would)\\s+you\\b|\\bdo\\s+you\\s+mean\\b|\\bclarify\\b|\\bplease\\s+specify\\b|\\bare\\s+you\\s+(?:asking|referring)\\b");
    /** A reply that answers: "Yes.", "No, it does not." */
    private static final Pattern ANSWERED = Pattern.compile("(?i)(?:yes|no|nope|yeah|correct|right|true|false)\\b");
    /** A request written without a question mark: "Compare PPO and GRPO", "List the papers on ...". */
    private static final Pattern ASKING = Pattern.compile("(?i)(?:compare|list|find|show|explain|describe|summari[sz]e|give|tell|name|what|which"
            + "|who|when|where|why|how|is|are|does|do|did|can)\\b");
    private static final Pattern REPLY_MARKER = Pattern.compile("\\s*\\[\\d+(?:\\s*,\\s*\\d+)*]");
    /**
     * The turns the LLM sees to rewrite a follow-up, and the characters of each: a follow-up
     * points to the last few turns, and a client may send a history of any length.
     */
    private static final int TRANSCRIPT_TURNS = 6;
    private static final int TRANSCRIPT_TURN_CHARS = 2_000;

    private final Llm llm;
    private final Prompts prompts;

    public FollowUpRewriter(Llm llm, Prompts prompts) {
        this.llm = llm;
        this.prompts = prompts;
    }

    /** "how much faster is each?", "does each one use RL?": "each" of a list, as "they" would be. */
    // "each" of the papers, not of something else ("is each step verified?"): "each" alone or with "one", "paper", "method", "of them",
    // then a verb that asks of them, or the end.
    private static final String EACH = "each(?:\\s++(?:one|paper|method|approach|of\\s++(?:them|these|those)))?";
    private static final Pattern EACH_SUBJECT = Pattern.compile("\\b(does|did|is|was|has)\\s++" + EACH + "(?=[\\s?.!]*+$|\\s++(?:use|save|report|achieve|get|need"
            + "|improve|reduce|cut|compare|work|perform|train|evaluate|cost|take|give|require|propose|claim|show|reach|score|handle|support|address"
            + "|beat|outperform|speed|run|test|measure|study|rely|apply|compress|evict|keep|mention|say|find)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EACH_OWN = Pattern.compile("\\b" + EACH + "['\u2019]s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EACH_LAST = Pattern.compile("\\b" + EACH + "(?=[\\s?.!]*+$)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> PLURAL = Map.of("does", "do", "did", "did", "is", "are", "was", "were", "has", "have");

    /** The question with "each" of the last list said as "they" or "each of them", which follow-ups read as the papers of that list. */
    public static String eachAsThey(String question) {
        String subject = EACH_SUBJECT.matcher(question).replaceAll(m -> PLURAL.get(m.group(1).toLowerCase(Locale.ROOT)) + " they");
        String own = EACH_OWN.matcher(subject).replaceAll("their");
        return EACH_LAST.matcher(own).replaceAll(m -> m.group().toLowerCase(Locale.ROOT).contains(" of ") ? m.group() : "each of them");
    }

    /** The question as it stands alone, and why the LLM could not rewrite it when it was asked to and failed. */
    public record Rewrite(String question, LlmException llmFailure) {}

    /** @param mayUseLlm false when the answer must be one no LLM saw */
    public String standalone(String asked, List<Turn> history, boolean mayUseLlm) {
        return rewrite(asked, history, mayUseLlm).question();
    }

    /**
     * The follow-up made standalone by the LLM, or by rule when the LLM fails or replies with no
     * single question: a rewrite is a convenience, never a reason to fail.
     */
    public Rewrite rewrite(String asked, List<Turn> given, boolean mayUseLlm) {
        List<Turn> history = withoutCourtesies(given);
        // "where did I read that?" after a claim asks for the claim's source: the claim is what is searched.
        Optional<String> claim = QuestionForm.asksForSource(asked) ? lastClaim(history) : Optional.empty();
        if (claim.isPresent()) return new Rewrite(claim.get(), null);
        Optional<String> replaced = topicReplaced(asked, history);
        if (replaced.isPresent()) return new Rewrite(replaced.get(), null);
        String question = readAsAnswered(asked, history);
        if (!question.equals(asked)) return new Rewrite(question, null);
        Optional<String> ofLastPaper = askedOfLastPaper(question, history);
        if (ofLastPaper.isPresent()) return new Rewrite(ofLastPaper.get(), null);
        List<Turn> userTurns = history.stream().filter(t -> t.role().equals("user")).toList();
        if (userTurns.isEmpty() || !followsUp(question)) return new Rewrite(question, null);
        // "Can you check these claims? LazyEviction reduces ...": its "these" are the claims it pastes, not the last answer's.
        if (!QuestionForm.passageClaims(question).isEmpty()) return new Rewrite(question, null);
        LlmException failure = null;
        if (llm != null && mayUseLlm) {
            try {
                Optional<String> rewritten = oneQuestion(llm.complete("You rewrite questions.", fittingPrompt(history, question)))
                        // "What is Clip-Cov? And what is Lp-Reg?" for a follow-up that asked one thing is no rewrite of it.
                        .filter(q -> questionMarks(q) <= Math.max(1, questionMarks(question)))
                        // "No, it does not." answers the follow-up rather than rewriting it.
                        .filter(q -> !ANSWERED.matcher(q).lookingAt() && (!question.strip().endsWith("?") || q.endsWith("?") || ASKING.matcher(q).lookingAt()))
                        // The follow-up given back as it was resolves nothing it points to ("and does it work on vision tasks?").
                        .filter(q -> !Titles.normalize(q).equals(Titles.normalize(question)))
                        // "Why is GRPO better than PPO?" for "and why?" after a talk of Lp-Reg and Clip-Cov is another question.
                        .filter(q -> grounded(q, question, history));
                if (rewritten.isPresent()) return new Rewrite(rewritten.get(), null);
            } catch (LlmException e) {
                failure = e;
            }
        }
        return new Rewrite(ofLastPaper(question, joinedByRule(question, history), history), failure);
    }

    /**
     * The history without its courtesies answered as such: "thanks!" or "???" asked nothing to follow up on. A client's own
     * history may hold an answer after a "hello"; that answer is kept, with its question.
     */
    static List<Turn> withoutCourtesies(List<Turn> history) {
        List<Turn> kept = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Turn turn = history.get(i);
            boolean answeredAsCourtesy = i + 1 >= history.size() || !history.get(i + 1).role().equals("assistant")
                    || history.get(i + 1).content().strip().equals(Assistant.COURTESY_REPLY);
            if (turn.role().equals("user") && QuestionForm.isCourtesy(turn.content()) && answeredAsCourtesy) {
                if (i + 1 < history.size() && history.get(i + 1).role().equals("assistant")) i++;
                continue;
            }
            kept.add(turn);
        }
        return kept.size() == history.size() ? history : List.copyOf(kept);
    }

    /** A name: a word with two capitals or a digit beside letters ("GRPO", "Lp-Reg", "Qwen2.5"). */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\d])(?=[\\p{L}\\d.+-]*(?:\\p{Lu}[\\p{L}\\d.+-]*\\p{Lu}|\\p{L}[\\p{L}.+-]*\\d|\\d[\\d.+-]*\\p{L}))"
            + "[\\p{L}\\d][\\p{L}\\d]*+(?:[.+-][\\p{L}\\d]++)*+");

    /** Whether every name the LLM's rewrite gives is one the conversation or the follow-up wrote, in some spelling. */
    static boolean grounded(String rewrite, String question, List<Turn> history) {
        String said = question + "\n" + String.join("\n", history.stream().map(Turn::content).toList());
        String[] words = ModelNames.spellingWords(said);
        return NAME.matcher(rewrite).results().map(MatchResult::group)
                .allMatch(name -> ModelNames.writesInAnySpelling(words, name) || ModelNames.spelledOutIn(name, said));
    }

    /**
     * "tell me more", "give me the bibtex" after an answer about one paper: a question that names
     * nothing, not even with a pronoun, asks of that paper.
     */
    private static Optional<String> askedOfLastPaper(String question, List<Turn> history) {
        if (MORE.matcher(question).matches()) return PastAnswers.lastPaperName(history).map(name -> "tell me more about " + name);
        boolean namesNothing = Arrays.stream(question.split("\\s+")).allMatch(FollowUpRewriter::asking);
        // "when was this paper published?" points to it, which the joined questions are read for first.
        if (!namesNothing || !RecordQuestion.asks(question) || THE_PAPER.matcher(question).find() || PRONOUN.matcher(question).find()) return Optional.empty();
        return PastAnswers.lastPaperTitle(history).map(title -> question.strip().replaceAll("[?.!]+$", "") + " for \"" + title + "\"");
    }

    /** The claim of the reader's last turn, when it made one. */
    private static Optional<String> lastClaim(List<Turn> history) {
        return history.reversed().stream().filter(t -> t.role().equals("user")).findFirst().flatMap(t -> QuestionForm.claimIn(t.content()));
    }

    /**
     * "who wrote it?" after "which paper has 83.1% functional correctness?": the questions joined
     * name no paper, so the record is asked of the one paper the last answer was about, by its title.
     */
    private static String ofLastPaper(String question, String joined, List<Turn> history) {
        // A list of one ("Which papers are from DeepMind?" found one) is about that paper too.
        Optional<String> paper = !RecordQuestion.asks(question) ? Optional.empty() : PastAnswers.lastPaperTitle(history)
                .or(() -> PastAnswers.lastListItems(history).size() == 1 ? Optional.of(PastAnswers.lastListItems(history).get(0)) : Optional.empty());
        if (paper.isEmpty() || !THE_PAPER.matcher(question).find()) return joined;
        return THE_PAPER.matcher(question).replaceFirst(m -> Matcher.quoteReplacement("\"" + paper.get() + "\"" + (m.group().equalsIgnoreCase("its") ? "'s" : "")));
    }

    /**
     * The question an LLM's rewrite holds: its last line that asks one ("Sure! Here is the
     * standalone question:" and a label go), or its only sentence; none when it answers instead.
     */
    static Optional<String> oneQuestion(String reply) {
        List<String> lines = REPLY_MARKER.matcher(reply).replaceAll("").lines()
                .map(line -> LABEL.matcher(line.replace("**", "").strip()).replaceFirst("").replaceAll("^[\"“]|[\"”]$", "").strip())
                .filter(line -> !line.isEmpty()).toList();
        Optional<String> asking = lines.reversed().stream().filter(line -> line.endsWith("?")).findFirst();
        Optional<String> question = asking.isPresent() ? asking
                : lines.size() == 1 && Sentences.split(lines.get(0)).size() == 1 ? Optional.of(lines.get(0)) : Optional.empty();
        return question.filter(q -> q.length() < 1000 && q.matches("(?s).*\\p{L}.*") && !CLARIFYING.matcher(q).find());
    }

    /** The rewrite prompt with as many of the last turns as the LLM's context holds, the last one at least. */
    private String fittingPrompt(List<Turn> history, String question) {
        int turns = Math.min(TRANSCRIPT_TURNS, history.size());
        String prompt = prompts.rewritePrompt(transcript(history, turns), question);
        while (turns > 1 && prompt.length() > llm.promptChars()) prompt = prompts.rewritePrompt(transcript(history, --turns), question);
        return prompt;
    }

    private static long questionMarks(String text) {
        return text.chars().filter(c -> c == '?').count();
    }

    /** The question joined to the one it follows up, by rule. */
    private static String joinedByRule(String question, List<Turn> history) {
        String topic = topic(history);
        // A record question stays one of its own, as RecordQuestion reads it: "Lp-Reg. who wrote it?"
        boolean apart = RecordQuestion.asks(". " + question) && !topic.matches("(?s).*[.?!]$");
        String joined = topic + (apart ? ". " : " ") + question.strip();
        return joined.length() <= SearchRequest.MAX_QUERY_CHARS ? joined : question;
    }

    private static boolean followsUp(String question) {
        String text = DUMMY_IT.matcher(question).replaceAll(" ");
        if (FOLLOW_UP.matcher(text).find() || ASKED_OF_PRONOUN.matcher(text).find()) return true;
        Matcher pronoun = PRONOUN.matcher(text);
        if (!pronoun.find()) return false;
        long named = Arrays.stream(text.substring(0, pronoun.start()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+"))
                .filter(w -> !w.isEmpty() && !NO_ANTECEDENT.contains(w)).count();
        return named < 2;
    }

    /**
     * "tell me more about the second one" after a list answer: the question with each item it
     * points to named ("tell me more about Lp-Reg"), or the question as it was.
     */
    static String itemNamed(String asked, List<Turn> history) {
        // "Is the second stage more important than the first?": a bare ordinal beside one of something else is of that.
        if (ORDINAL_OF_OTHER.matcher(asked).find()) return asked;
        String question = bothPointers(askedAgain(asked, history));
        boolean all = COMPARE_ALL.matcher(question).matches();
        boolean few = FIRST_FEW.matcher(question).find();
        if (!all && !few && !ORDINAL.matcher(question).find()) return asked;
        // "compare them" compares what was last listed, or the papers asked about one by one ("What is Hawkeye?", "what about R2R?");
        // "the third one" counts in the list the answers walk.
        List<String> listed = all ? PastAnswers.lastListItems(history) : PastAnswers.walkedListItems(history);
        // Papers asked about one by one since the list are what "compare them" means now.
        List<String> singles = PastAnswers.lastSinglePapers(history);
        List<String> items = all && singles.size() >= 2 && (listed.isEmpty() || PastAnswers.lastPaperTitle(history).isPresent()) ? singles : listed;
        if (items.isEmpty()) return asked;
        if (all) return "compare " + joined(items.subList(0, Math.min(PastAnswers.MAX_COMPARED, items.size())));
        if (few) {
            String named = FIRST_FEW.matcher(question).replaceAll(m -> Matcher.quoteReplacement(joined(firstFew(m, items))));
            // "the first two" alone asks to see them side by side.
            return FIRST_FEW.matcher(question).replaceAll("").matches("(?i)[\\W_]*+(?:and\\s++)?[\\W_]*+") ? "compare " + named.strip().replaceAll("(?i)^(?:and\\s+)|[?!.]+$", "") : named;
        }
        List<Integer> markers = PastAnswers.lastListMarkers(history);
        return ORDINAL.matcher(question).replaceAll(m -> {
            int index = index(m, markers);
            return Matcher.quoteReplacement(index >= 0 && index < items.size() ? items.get(index) : m.group());
        });
    }

    /**
     * The items of the last list a question points to ("the first two", "papers 1 and 3", "the
     * first and third"), in its order: each one by its line, whatever its name holds ("and", a comma).
     */
    static List<String> pointedItems(String question, List<Turn> history) {
        String pointers = bothPointers(question);
        List<String> items = PastAnswers.walkedListItems(history);
        if (items.isEmpty()) return List.of();
        Matcher few = FIRST_FEW.matcher(pointers);
        if (few.find()) return firstFew(few, items);
        List<Integer> markers = PastAnswers.lastListMarkers(history);
        List<String> pointed = new ArrayList<>();
        Matcher ordinal = ORDINAL.matcher(pointers);
        while (ordinal.find()) {
            int index = index(ordinal, markers);
            if (index >= 0 && index < items.size() && !pointed.contains(items.get(index))) pointed.add(items.get(index));
        }
        return pointed;
    }

    /** Whether the question picks items of a list: "compare the first two", "compare them", "the third one". */
    static boolean pointsIntoList(String question) {
        String pointers = bothPointers(question);
        return COMPARE_ALL.matcher(pointers).matches() || FIRST_FEW.matcher(pointers).find() || ORDINAL.matcher(pointers).find();
    }

    /** "compare the first and third" as "compare the first and the third", "papers 1 and 3" as "paper 1 and paper 3": each item pointed to. */
    static String bothPointers(String question) {
        String numbered = SECOND_NUMBER.matcher(question).replaceAll("paper $1 and paper $2");
        // "is the second better than the third?": two ordinals with no noun point to two items, as "the second one" does.
        if (BARE_ORDINAL.matcher(numbered).results().count() >= 2) numbered = BARE_ORDINAL.matcher(numbered).replaceAll("$0 one");
        return SECOND_ORDINAL.matcher(numbered).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "the " + m.group().substring(m.group(1).length())));
    }

    /**
     * What a choice among the last papers asks them by ("is fastest" of "which one is fastest?"),
     * when it names none of them; not by date, which their records tell.
     */
    static Optional<String> choiceAsked(String question) {
        Matcher choice = BARE_CHOICE.matcher(question);
        if (!choice.lookingAt()) return Optional.empty();
        String asked = question.substring(choice.end());
        return Narrowing.comparesPapers(asked) && onlyCompares(asked) && !Narrowing.comparesByDate(asked) ? Optional.of(asked) : Optional.empty();
    }

    /**
     * "which of these is the most recent?", "which one came out first?": a choice among the papers
     * by date, true for the newest, false for the oldest.
     */
    static Optional<Boolean> dateChoiceAsked(String question) {
        Matcher sorted = SORTED_BY_DATE.matcher(question);
        if (sorted.matches()) return Optional.of(sorted.group("oldest") == null);
        Matcher choice = BARE_CHOICE.matcher(question);
        if (!choice.lookingAt() || !Narrowing.comparesByDate(question.substring(choice.end()))) return Optional.empty();
        return Optional.of(NEWER.matcher(question.substring(choice.end())).find());
    }

    /**
     * Whether a choice asks nothing but how the papers compare ("is newer", "needs the least memory"),
     * not for a topic of its own ("is the best for text-to-SQL?"), which is asked anew.
     */
    static boolean onlyCompares(String asked) {
        // "the largest reduction in inference time": what is reduced is the measure, no topic.
        return asked.strip().split("\\s+").length <= 3
                || Dimension.asked(asked).isPresent() && !OWN_TOPIC.matcher(MEASURE_CHANGED.matcher(asked).replaceAll(" ")).find();
    }

    /**
     * "what benchmarks did they use?" after an answer about two to four papers ("how does it compare
     * to Coconut?"): they are those papers, named, so the question is asked of each of them rather
     * than joined to the questions before, whose answer it would repeat. "Which of them..." and
     * "do any of them..." choose among the papers, as {@link Narrowing} reads them.
     */
    static String papersOfLastAnswer(String question, List<Turn> history) {
        boolean compared = PastAnswers.lastAnswerCompared(history);
        // "which one is faster?" after a comparison, which no word of theirs answers (a choice by a word was read before):
        // the papers compared are asked of by name.
        Matcher choice = BARE_CHOICE.matcher(question);
        boolean byDate = choice.lookingAt() && Narrowing.comparesByDate(question.substring(choice.end()));
        if (WHICH_ONE.matcher(question).find() && compared && !byDate) {
            List<String> papers = PastAnswers.comparedItems(history);
            return papers.isEmpty() ? question : WHICH_ONE.matcher(question).replaceFirst(Matcher.quoteReplacement("which of " + joined(papers)));
        }
        if (choice.lookingAt() && Narrowing.comparesPapers(question.substring(choice.end()))) {
            List<String> papers = compared ? PastAnswers.comparedItems(history) : PastAnswers.lastSinglePapers(history);
            // "which is newer?" after a short list chooses among its papers; "which paper is the best for text-to-SQL?" asks anew.
            if (papers.size() < 2 && onlyCompares(question.substring(choice.end()))) papers = PastAnswers.listedPapers(history);
            // "which one is newer?" is told by the papers' records, which say when each was published.
            if (papers.size() >= 2 && Narrowing.comparesByDate(question.substring(choice.end()))) return "when were " + joined(papers) + " published?";
            if (papers.size() >= 2) return "which of " + joined(papers) + question.substring(choice.end());
        }
        if (AMONG_THEM.matcher(question).find() || OWN_PAPERS.matcher(question).lookingAt()) return question;
        // "it" after a comparison is either paper: both are asked of ("when was it published?" after "Compare Quiet-STaR and Coconut");
        // not the "it" of "is it possible to...".
        Pattern pronoun = THEY.matcher(question).find() ? THEY : IT.matcher(DUMMY_IT.matcher(question).replaceAll(" ")).find() && compared ? IT : null;
        if (pronoun == null) return question;
        List<String> items = PastAnswers.comparedItems(history);
        // "what model sizes did they test?" after an answer about Lp-Reg: they are its authors, and the question is of Lp-Reg.
        if (items.isEmpty() && pronoun == THEY && ASKED_OF_PRONOUN.matcher(question).find()) items = PastAnswers.lastPaperName(history).map(List::of).orElse(List.of());
        if (items.isEmpty()) return question;
        String names = joined(items);
        return pronoun.matcher(question).replaceAll(m -> Matcher.quoteReplacement(m.group().matches("(?i)their|its") ? names + "'s" : names));
    }

    /**
     * "and the first one?" after "when was the third one published?": the question before, of
     * this item; any other question as it is.
     */
    private static String askedAgain(String question, List<Turn> history) {
        Matcher pointer = ORDINAL.matcher(question);
        if (!pointer.find() || !ORDINAL.matcher(CONNECTIVE.matcher(question).replaceFirst("")).replaceAll("").replaceAll("[^\\p{L}\\p{N}]+", "").isEmpty()) {
            return question;
        }
        List<Turn> asked = history.stream().filter(t -> t.role().equals("user")).toList();
        if (asked.isEmpty()) return question;
        String before = asked.get(asked.size() - 1).content();
        // "and the third one?" after "bibtex for the first two" too: the question before, of the item now pointed to.
        Matcher earlier = ORDINAL.matcher(before);
        if (!earlier.find()) earlier = FIRST_FEW.matcher(before);
        if (earlier.find(0)) return before.substring(0, earlier.start()) + pointer.group() + before.substring(earlier.end());
        // "and the first one?" after "give me the bibtex" or "what benchmarks does it use?": of the item now pointed to.
        Matcher it = IT.matcher(before);
        if (it.find()) return before.substring(0, it.start()) + (it.group().equalsIgnoreCase("its") ? pointer.group() + "'s" : pointer.group())
                + before.substring(it.end());
        return RecordQuestion.asks(before) ? before.replaceFirst("[\\s?.!]*+$", "") + " of " + pointer.group() + "?" : question;
    }

    /** The question as it stands alone without an LLM: its item named, or the subject it swaps in put in place. */
    private static String readAsAnswered(String question, List<Turn> history) {
        String itemNamed = itemNamed(question, history);
        if (!itemNamed.equals(question)) itemNamed = itemNamed(itNamed(question, history), history);
        String named = itemNamed.equals(question) ? papersOfLastAnswer(question, history) : itemNamed;
        if (named.equals(question)) named = readings(history).subject().map(name -> nameFor(question, name)).orElse(question);
        // "how does it compare to ETTRL?" after an answer about G1 alone, whatever the question before asked; "how does this work?" too.
        if (named.equals(question) && !RecordQuestion.asks(question) && !SWAP.matcher(question).matches()) {
            if (followsUp(question)) named = itNamed(question, history);
            Matcher pointer = THIS_ONE.matcher(question);
            if (named.equals(question) && pointer.find()) {
                named = PastAnswers.lastPaperName(history).map(name -> question.substring(0, pointer.start()) + name + question.substring(pointer.end()))
                        .orElse(question);
            }
        }
        if (!named.equals(question) || !SWAP.matcher(question).matches()) return named;
        Optional<String> joinedToComparison = addedToComparison(question, history);
        if (joinedToComparison.isPresent()) return joinedToComparison.get();
        Readings readings = readings(history);
        return readings.asked().isEmpty() ? question : subjectSwapped(question, history, readings.swappable());
    }

    /** "what about Titans?" after a comparison of SpecReason and R2R: Titans joins it, while it compares fewer than {@link PastAnswers#MAX_COMPARED}. */
    private static Optional<String> addedToComparison(String question, List<Turn> history) {
        Matcher swap = SWAP.matcher(question);
        if (!swap.matches() || !NAME_LIKE.matcher(swap.group(1)).find() || DETERMINER.matcher(swap.group(1)).lookingAt()) return Optional.empty();
        List<String> compared = PastAnswers.lastAnswerCompared(history) ? PastAnswers.comparedItems(history) : List.of();
        if (compared.isEmpty() || compared.size() >= PastAnswers.MAX_COMPARED) return Optional.empty();
        List<String> all = new ArrayList<>(compared);
        all.add(swap.group(1).strip());
        return Optional.of("compare " + joined(all));
    }

    /**
     * "how does it compare to the first one?" after an answer about Clip-Cov, the list's third: with
     * the item named, "it" is still the paper of the last answer ("how does Clip-Cov compare to
     * Lp-Reg?"), not a pronoun left for the search to drop.
     */
    private static String itNamed(String question, List<Turn> history) {
        return PastAnswers.lastPaperName(history).map(paper -> withItAs(question, paper)).orElse(question);
    }

    /** The question with its first "it" or "its" as the name ("Clip-Cov", "Clip-Cov's"), or as it was when it has none. */
    private static String withItAs(String question, String name) {
        // "is it true that it beats the third one?": the "it" of "is it true" points to nothing.
        String masked = DUMMY_IT.matcher(question).replaceAll(m -> "_".repeat(m.group().length()));
        Matcher it = IT.matcher(masked);
        if (!it.find()) return question;
        String named = name + (it.group().equalsIgnoreCase("its") ? "'s" : "");
        return question.substring(0, it.start()) + named + question.substring(it.end());
    }

    /**
     * "what benchmarks did it use?" after "What is EMPO?": "it" is the name the conversation asks
     * about ("what benchmarks did EMPO use?"), not a pronoun for the search to drop beside the
     * question before. A question that names its own subject before the pronoun is left alone.
     */
    private static String nameFor(String question, String name) {
        // "what about IT-Bench?" swaps a name in: the rule for "what about X?" reads it.
        Matcher swap = SWAP.matcher(question);
        boolean swapsName = swap.matches() && NAME_LIKE.matcher(swap.group(1)).find();
        return !followsUp(question) || RecordQuestion.asks(question) || swapsName ? question : withItAs(question, name);
    }

    /**
     * The name a question asks what it is: "What is Delethink?", "what does GRPO stand for?". An
     * acronym read from lower case ("really?", "what is this?") is no name a later "it" stands for.
     */
    private static Optional<String> nameAskedIn(String question) {
        return DefinitionQuestion.acronymAsked(question).filter(question::contains).or(() -> DefinitionQuestion.nameAsked(question));
    }

    /**
     * "and what about Coconut?" after an answer about one paper that the question before named:
     * that question with Coconut in the paper's place ("What is Coconut?"), so that a later "who
     * wrote it?" asks of Coconut alone. What is swapped in must look like a name (a capital or a
     * digit): "what about the training data?" asks more of the same paper.
     *
     * @param asked what the question may ask again: the question before when it asked the record
     *              ("Who wrote Quiet-STaR?" is asked of Coconut), else the topic, read as answered
     */
    static String subjectSwapped(String question, List<Turn> history, List<String> asked) {
        Matcher swap = SWAP.matcher(question);
        if (!swap.matches() || !NAME_LIKE.matcher(swap.group(1)).find() || DETERMINER.matcher(swap.group(1)).lookingAt()) return question;
        for (String text : asked) {
            // The longest first: a question that was the paper's title has the title swapped, not a name inside it.
            for (String name : PastAnswers.namesOfLastPaper(history).stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                Matcher named = Words.named(name).matcher(text);
                if (named.find()) return named.replaceAll(Matcher.quoteReplacement(swap.group(1).strip()));
            }
        }
        return question;
    }

    /** A follow-up and nothing else: "and why?", "tell me more", "go on", "what else?", "such as?". */
    private static final Pattern ONLY_FOLLOWS_UP = Pattern.compile("^\\W*+(?:and\\s++|but\\s++|so\\s++)?(?:why|how(?:\\s++so)?|tell\\s++me\\s++more"
            + "|more(?:\\s++please)?|go\\s++on|continue|elaborate|explain(?:\\s++(?:more|further|that|it))?|what\\s++else|anything\\s++else|really"
            + "|such\\s++as|for\\s++example|like\\s++what|and|then\\s++what|what\\s++about\\s++(?:it|that|them))(?:\\s++please)?\\W*+$",
            Pattern.CASE_INSENSITIVE);

    /** Whether the question only follows up on an answer ("and why?"), asking nothing of its own. */
    static boolean onlyFollowsUp(String question) {
        return ONLY_FOLLOWS_UP.matcher(question).matches();
    }

    private static final Set<String> POINTING = Set.of("it", "this", "that", "they", "them", "these", "those", "one", "ones");
    /** The words around a pointer that ask of it and name nothing: "how does it work?", "who wrote it?", "what is this paper about?". */
    private static final Set<String> ASKING_OF_IT = Set.of("what", "which", "who", "how", "why", "when", "where", "what's", "is", "are", "was", "were",
            "does", "do", "did", "can", "could", "the", "a", "paper", "method", "model", "work", "works", "mean", "means", "say", "says", "propose",
            "proposes", "wrote", "write", "written", "published", "about", "of", "from", "come", "by", "and", "so",
            // "How does it scale?", "does it help?": what is asked of it, which it alone says of what.
            "scale", "compare", "perform", "help", "differ", "matter", "fail", "improve", "use", "uses", "need", "needs");

    /** Whether the question's only subject points to an earlier answer: "What is it?", "how does it work?", "which one?". */
    static boolean onlyPointsBack(String question) {
        List<String> words = List.of(question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'\\s]", " ").strip().split("\\s+"));
        return words.stream().anyMatch(POINTING::contains) && words.stream().allMatch(w -> POINTING.contains(w) || ASKING_OF_IT.contains(w));
    }

    /**
     * Whether the question asks of items of a list and no more: "tell me more about the third one",
     * "compare the first two", "compare them"; "the first paper on RL" asks anew.
     */
    static boolean pointsToItems(String question) {
        return ORDINAL.matcher(question).find() && onlyPointsToItem(question) || FIRST_FEW.matcher(question).find()
                || COMPARE_ALL.matcher(question).matches();
    }

    /**
     * Why the question's pointer to an item ("the eighth one") names nothing, when the last answer
     * does not have that item: "The last answer listed 3 papers, so "the eighth one" names none".
     */
    public static Optional<String> unnamedItem(String question, List<Turn> history) {
        boolean answered = history.stream().anyMatch(t -> t.role().equals("assistant"));
        List<String> items = PastAnswers.walkedListItems(history);
        // "compare the first two", "compare them" with no list before, nor papers asked about one by one: nothing to compare.
        Matcher few = FIRST_FEW.matcher(question);
        boolean all = COMPARE_ALL.matcher(question).matches() && PastAnswers.lastSinglePapers(history).size() < 2;
        boolean comparesFew = few.find() && ONLY_COMPARING.matcher(FIRST_FEW.matcher(question).replaceAll(" ")).matches();
        if ((all || comparesFew) && items.isEmpty()) {
            return Optional.of((answered ? "No answer so far listed papers" : "There is no earlier answer") + ", so \""
                    + (all ? question.strip().replaceAll("[?.!]+$", "") : few.group()) + (answered ? "\" names none" : "\" names no paper"));
        }
        Matcher ordinal = ORDINAL.matcher(question);
        if (!ordinal.find()) return Optional.empty();
        // With no answer before, only a question that asks nothing but of an item points to one: "the first paper to..." asks anew.
        if (!answered) {
            return onlyPointsToItem(question) ? Optional.of("There is no earlier answer, so \"" + ordinal.group() + "\" names no paper") : Optional.empty();
        }
        // "compare the second one to the tenth one" after a list of seven: every pointer must name an item.
        List<Integer> markers = PastAnswers.lastListMarkers(history);
        Optional<String> unnamed = Optional.empty();
        ordinal.reset();
        while (unnamed.isEmpty() && ordinal.find()) {
            int index = index(ordinal, markers);
            if (index < 0 || index >= items.size()) unnamed = Optional.of(ordinal.group());
        }
        if (unnamed.isEmpty()) return Optional.empty();
        String listed = items.size() == 1 ? "1 paper" : items.size() + " papers";
        return Optional.of((items.isEmpty() ? "No answer so far listed papers" : "The last list of papers had " + listed)
                + ", so \"" + unnamed.get() + "\" names none");
    }

    /**
     * "compare the first two", or "compare them", after a list of one: the question is asked of the items there are, and
     * the reader told that the list had fewer.
     */
    public static Optional<String> fewerItems(String question, List<Turn> history) {
        // "compare them" after a list narrowed to one paper ("which of them are from 2024?"): one paper is no comparison.
        if (COMPARE_ALL.matcher(question).matches() && PastAnswers.lastListItems(history).size() == 1) {
            return Optional.of("The last list of papers had 1 paper, so \"" + question.strip().replaceAll("[?.!]+$", "") + "\" is of that one alone");
        }
        Matcher few = FIRST_FEW.matcher(question);
        if (!few.find()) return Optional.empty();
        List<String> items = PastAnswers.walkedListItems(history);
        if (items.isEmpty() || firstFew(few, items).size() == count(few)) return Optional.empty();
        return Optional.of("The last list of papers had " + (items.size() == 1 ? "1 paper" : items.size() + " papers") + ", so \"" + few.group()
                + "\" is " + (items.size() == 1 ? "that one" : "those " + items.size()));
    }

    /**
     * Whether the question points by order ("the third one", "the first two") past the end of the
     * last list: "compare the first two" after a list narrowed to one paper.
     */
    static boolean pointsPastList(String question, List<Turn> history) {
        String pointers = bothPointers(question);
        boolean byOrder = FIRST_FEW.matcher(pointers).find() || ORDINAL.matcher(pointers).find();
        return byOrder && !PastAnswers.walkedListItems(history).isEmpty()
                && (unnamedItem(pointers, history).isPresent() || fewerItems(pointers, history).isPresent());
    }

    /** Whether the question asks nothing but of the item it points to: "the third one", "who wrote the second paper?". */
    public static boolean onlyPointsToItem(String question) {
        String rest = ORDINAL.matcher(question).replaceAll(" ").toLowerCase(Locale.ROOT);
        return Arrays.stream(rest.split("[^\\p{L}\\p{N}'-]+")).filter(w -> !w.isEmpty())
                .allMatch(w -> NO_ANTECEDENT.contains(w) || RECORD_WORDS.contains(w));
    }

    /** The items "the first two" or "the last three" point to, as many as the list has. */
    private static List<String> firstFew(MatchResult m, List<String> items) {
        int n = Math.min(items.size(), count(m));
        return m.group(1).equalsIgnoreCase("last") ? items.subList(items.size() - n, items.size()) : items.subList(0, n);
    }

    /** How many items "the first two" asks for. */
    private static int count(MatchResult few) {
        String count = few.group(2).toLowerCase(Locale.ROOT);
        return count.matches("\\d") ? Integer.parseInt(count) : NUMBERS.indexOf(count) + 1;
    }

    /** "A and B", "A, B and C". */
    private static String joined(List<String> items) {
        if (items.size() < 2) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * The list index an ordinal points to: 0 for "the first one", size - 1 for "the last". "paper 8"
     * is the line the reader saw marked [8], which need not be the eighth: a weak paper's line is left out.
     *
     * @param markers each list line's marker, in order
     */
    private static int index(MatchResult ordinal, List<Integer> markers) {
        String numbered = ordinal.group(3);
        if (numbered != null) {
            // "paper 3" and "paper three" are both the line marked [3].
            String number = numbered.toLowerCase(Locale.ROOT);
            return markers.indexOf(number.matches("\\d+") ? Integer.parseInt(number) : NUMBERS.indexOf(number) + 1);
        }
        String which = (ordinal.group(1) != null ? ordinal.group(1) : ordinal.group(2)).toLowerCase(Locale.ROOT);
        if (which.equals("last")) return markers.size() - 1;
        if (which.matches("\\d+(?:st|nd|rd|th)?")) return Integer.parseInt(which.replaceAll("\\D", "")) - 1;
        return NTHS.indexOf(which);
    }

    /**
     * The previous question with the questions it follows up, back to the last that stands
     * alone: a follow-up of a follow-up ("and their results?") keeps the first one's subject,
     * with the latest follow-ups after it. Each is read as it was answered: "tell me more about
     * the second one" is the question about the item it named.
     */
    private static String topic(List<Turn> history) {
        Readings readings = readings(history);
        return readings.asked().isEmpty() ? "" : chain(readings.asked(), readings.pointed());
    }

    /**
     * Each question of the history read as it was answered; {@code pointed}: it named its item or
     * swapped its subject; {@code subject}: the name the conversation asks about now, that an "it"
     * stands for ("What is EMPO?", then "what benchmarks did it use?" asked of EMPO too).
     */
    private record Readings(List<String> asked, List<Boolean> pointed, Optional<String> subject) {
        /** The texts an "and what about X?" may ask again of X: the last question when it asked the record, then the topic. */
        List<String> swappable() {
            String last = asked.get(asked.size() - 1);
            return RecordQuestion.asks(last) ? List.of(last, chain(asked, pointed)) : List.of(chain(asked, pointed));
        }
    }

    private static Readings readings(List<Turn> history) {
        List<String> asked = new ArrayList<>();
        List<Boolean> pointed = new ArrayList<>();
        Readings readings = new Readings(asked, pointed, Optional.empty());
        Optional<String> subject = Optional.empty();
        for (int i = 0; i < history.size(); i++) {
            if (!history.get(i).role().equals("user")) continue;
            String question = history.get(i).content();
            List<Turn> before = history.subList(0, i);
            // "what about latent reasoning instead?" stands alone as the topic it puts in the list's place.
            String reading = topicReplaced(question, before).orElseGet(() -> itemNamed(question, before));
            // Only a question that may swap the subject needs the readings so far, which are built as the turns are read.
            if (reading.equals(question) && !asked.isEmpty() && SWAP.matcher(question).matches()) {
                reading = subjectSwapped(question, before, readings.swappable());
            }
            boolean itNamed = false;
            // In the order the question was answered: "they" after an answer about a few papers is those papers.
            if (reading.equals(question) && subject.isPresent() && papersOfLastAnswer(question, before).equals(question)) {
                reading = nameFor(question, subject.get());
                itNamed = !reading.equals(question);
            }
            // "who wrote it?" is asked of the last answer's paper, and the conversation's subject stays;
            // "When was Coconut published?" names a subject of its own.
            boolean askedOfIt = RecordQuestion.asks(question) && followsUp(question) && THE_PAPER.matcher(question).find();
            Optional<String> carried = itNamed || askedOfIt ? subject : Optional.empty();
            subject = nameAskedIn(reading).or(() -> carried);
            asked.add(reading);
            pointed.add(!reading.equals(question));
        }
        return new Readings(asked, pointed, subject);
    }

    /** The questions read as answered, joined from the last that stands alone; {@code pointed}: it named its item or subject. */
    private static String chain(List<String> asked, List<Boolean> pointed) {
        int root = asked.size() - 1;
        // "and the third one?" named its item: it stands alone, whatever "and" it began with.
        // "any others?" goes on with the list before it: it begins no chain, and a filter after it is the list's.
        while (root > 0 && !pointed.get(root) && (followsUp(asked.get(root)) || MorePapers.asks(asked.get(root)))) root--;
        // "When was Coconut published?" began the chain: later follow-ups are about Coconut, not its date.
        String first = pointed.get(root) ? CONNECTIVE.matcher(asked.get(root)).replaceFirst("") : asked.get(root);
        List<String> chain = new ArrayList<>(List.of(RecordQuestion.asks(first) ? subjectOf(first) : first));
        // "who wrote it?" was answered from the record and says nothing of the subject: a later follow-up is not asked it again.
        asked.subList(Math.max(root + 1, asked.size() - (MAX_CHAIN - 1)), asked.size()).stream()
                .filter(question -> !RecordQuestion.asks(question) && !MorePapers.asks(question)).forEach(chain::add);
        StringBuilder topic = new StringBuilder();
        for (String question : chain) topic.append(question.strip()).append(' ');
        return topic.toString().strip();
    }

    /**
     * A record question without the asking words around its subject: "Coconut" of "When was
     * Coconut published?", "Attention Is All You Need" of "who wrote Attention Is All You Need?".
     */
    private static String subjectOf(String question) {
        List<String> words = Arrays.stream(question.split("\\s+")).map(w -> w.replaceAll("[?.!,]+$", "")).toList();
        int from = 0, to = words.size();
        while (from < to && asking(words.get(from))) from++;
        while (to > from && asking(words.get(to - 1))) to--;
        return from == to ? question : String.join(" ", words.subList(from, to));
    }

    private static boolean asking(String word) {
        String bare = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]", "");
        return bare.isEmpty() || NO_ANTECEDENT.contains(bare) || RECORD_WORDS.contains(bare);
    }

    /** The last {@code turns} turns, each cut at {@link #TRANSCRIPT_TURN_CHARS}. */
    static String transcript(List<Turn> history, int turns) {
        StringBuilder out = new StringBuilder();
        for (Turn t : history.subList(Math.max(0, history.size() - turns), history.size())) {
            String content = t.content().strip();
            if (content.length() > TRANSCRIPT_TURN_CHARS) content = content.substring(0, TRANSCRIPT_TURN_CHARS) + " …";
            out.append(t.role()).append(": ").append(content).append('\n');
        }
        return out.toString();
    }
}
