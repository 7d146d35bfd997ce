package dev.paperchat.answer;

import dev.paperchat.corpus.Numbers;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.QuantityQuestion;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a question asks about the literature, and is answered with its papers ("which methods
 * avoid entropy collapse?", "How are people getting LLMs to...", "image captioning models
 * that..."), or about one paper, and is answered from it (a fact, a pasted claim, a title).
 */
final class QuestionForm {
    // Words are matched possessively (++) and gaps are bounded, so that a 10,000-character query
    // costs microseconds: these run on every question.
    /** "What is EMPO's learning rate?", "Who are Soft Thinking's authors?": a name's possessive, asked as "the ... of" it is. */
    private static final Pattern POSSESSIVE_ASKED = Pattern.compile("^(\\W*+(?i:what|who|which|how\\s++(?:much|many|large|big|fast))\\s++(?i:is|are|was|were)\\s++)"
            + "((?:\\p{Lu}[\\p{L}\\d.+-]*+\\s++){0,2}[\\p{L}\\d][\\p{L}\\d.+-]*+)['\u2019]s\\s++((?:[\\p{L}-]++\\s++){0,2}[\\p{L}-]++)"
            + "(\\s++(?i:on|in|for|with|over|against|compared\\s++to|relative\\s++to)\\s++[^?!]{0,200})?([\\s?.!]*+)$");
    /**
     * "which methods...", "what techniques...", "what alternatives to PPO...", "any papers that
     * use...", "find me a paper about...", "what has been proposed...": papers asked for outright.
     */
    private static final Pattern LIST_QUESTION = Pattern.compile(
            "\\b(?:which|what|any|list|are there|find)\\s+(?:[\\w'-]++\\s+){0,3}(?:methods|papers|works|approaches|techniques|"
                    + "systems|studies|models|frameworks|benchmarks|ways|alternatives|variants|extensions|improvements|modifications|"
                    + "strategies|solutions|algorithms|architectures|datasets|tools)\\b"
                    // "what has been proposed to...", "what modifications to GRPO have been proposed?"
                    + "|\\b(?:what|which)\\b[^.?!]{0,80}?\\b(?:have|has)\\s+been\\s+(?:proposed|introduced|developed|suggested|tried"
                    // "what has been done on label-free RL?", "what has been published about..."
                    + "|done|published|written|explored|studied)\\b"
                    + "|\\bpapers\\b[^.?!]{0,80}?\\b(?:use|that|which)\\b|\\b(?:a|any)\\s+paper\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Is there evidence that...", "Can a weaker model...", also after a clause ("If you swap
     * the symbols, do LLMs still..."), when the text is a question: a question about the
     * literature, answered by its papers.
     */
    private static final Pattern YES_NO_QUESTION = Pattern.compile(
            "(?:^|[.?!]\\s+|,\\s+(?=[^.]*\\?))(?:is|are|do|does|did|can|could|has|have|was|were)\\s", Pattern.CASE_INSENSITIVE);
    /**
     * "How are people...", "How can I...", "Why do thinking models...", "What are the limits
     * of...", "What work gets...", "What role does...", "research on...", "I'm after...", "an overview of...",
     * "Looking for...": a question about how a problem is approached, or a request for work on it. "How many" and "how much" ask for a quantity,
     * which {@link QuantityQuestion} recognises first.
     */
    private static final Pattern ABOUT_WORK = Pattern.compile(
            // "How does Delethink work?" asks what one thing is, as "What is Delethink?" does; "how do LLMs work?" is a topic.
            "(?:^|[.?!,]\\s+)(?:how|why)\\s+(?:are|is|do|does|can|could|should|would|might|to)\\b(?!(?<=does)\\s++(?:an?\\s++|the\\s++)?[\\p{L}\\d-]++\\s++work\\W*+$)"
                    + "|^\\W*+what\\s+are\\b"
                    + "|\\bwhat\\s+(?:work|research|literature|evidence|progress|role)\\b|\\b(?:i'm|i am)\\s+after\\b|\\blooking\\s+for\\b"
                    + "|\\b(?:research|literature|studies)\\s+(?:on|about|into)\\b"
                    // "anything on test-time scaling?", "what do you have on...": what the collection holds on a topic.
                    + "|\\b(?:anything|something|stuff|(?:any|some)\\s+(?:work|research|literature))\\s+(?:on|about|regarding|related\\s+to|into)\\b"
                    + "|\\bwhat(?:'s|\\s+is)\\s+out\\s+there\\b|\\bwhat\\s+do\\s+(?:we|you)\\s+know\\s+(?:about|of|on)\\b"
                    + "|\\bwhat\\s+(?:do|does)\\s+(?:we|you|it|the\\s+collection)\\s+have\\s+(?:on|about|regarding)\\b"
                    // "Give me an overview of...", "summarise the work on...": the field, in its papers.
                    + "|\\b(?:overview|survey|summary|landscape)\\s+of\\b|\\bsummari[sz]e\\b|\\bstate\\s+of\\s+the\\s+art\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "image captioning models that...", "Graph neural networks built to...", "ways to...": a
     * description of a kind of work, as typed into a search box, asks for its papers too. A
     * question ("Which paper finds that...") is not one: its verb ends in s as a plural does.
     */
    private static final Pattern KIND_OF_WORK = Pattern.compile(
            "^(?!\\W*+(?:which|what|who|whose|when|where|why|how|is|are|do|does|did|can|could|has|have|was|were|will|would|should)\\b)"
                    + "\\W*+(?:[\\w'-]++\\s+){0,4}?[\\w-]*[a-z]s\\s+(?:that|which|who|for|to|built|using|with|trained|designed|based|where|in|on)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "multimodal reasoning with reinforcement learning", "entropy collapse": a few words typed into
     * a search box, neither a question nor a sentence, ask for the papers on that topic. A short
     * claim ("LLMs cannot reason at all") is a sentence too, unless written without its verb. A verb
     * after "to" is a purpose, no claim's ("Multi-agent debate between LLMs to improve reasoning"),
     * and a description that opens with what is done ("Using a cheap small model together with a big
     * model so that reasoning runs faster") may run to sixteen words.
     */
    private static final Pattern TOPIC = Pattern.compile(
            "^(?!\\W*+(?:which|what|who|whose|when|where|why|how|is|are|do|does|did|can|could|has|have|was|were|will|would|should)\\b)"
                    + "(?!.*(?<!\\bto\\s)\\b(?:is|are|was|were|can|cannot|can't|does|do|did|has|have|will|would|should|must|makes?|works?|helps?|"
                    + "improves?|beats?|outperforms?|fails?|leads?|causes?|shows?|"
                    // A result's verb as a claim writes it; a topic's is bare ("methods to reduce memory").
                    + "achieves|reaches|gets|reduces|increases|raises|boosts|lowers|surpasses|halves|doubles|requires|"
                    + "underperforms|exceeds|lags|trails|degrades|hurts|harms|prevents|enables|eliminates|avoids|restores|converges|"
                    + "generali[sz]es|transfers)\\b)"
                    + "\\W*+(?:(?=\\p{L}+ing\\b)(?:[\\w'+-]++\\W++){0,15}|(?!\\p{L}+ing\\b)(?:[\\w'+-]++\\W++){0,11})[\\w'+-]++\\s*+$",
            Pattern.CASE_INSENSITIVE);
    private static final int SHORT_TOPIC_WORDS = 8;
    /** What makes a longer text a claim rather than a topic: a figure, or a result told in the past tense. */
    private static final Pattern LONG_CLAIM = Pattern.compile("\\d|\\b(?:reduced|improved|increased|raised|boosted|lowered|halved|doubled|cut|beat"
            + "|outperformed|surpassed|exceeded|achieved|reached|matched|showed|shown|found|proved|demonstrated|dropped|fell|rose)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A topic whose words are most of one title's is that title, half remembered. */
    private static final double TITLE_WORDS = 0.6;
    /** ...and most of the topic's words are the title's: three in four. */
    private static final double TITLE_SHARE = 0.75;
    private static final Set<String> SMALL_WORDS = Set.of("and", "the", "for", "with", "via", "from", "into", "over", "about", "using");
    /**
     * "Which paper finds that...", "the coconut paper (chain of continuous thought)", "roads to
     * rome paper - routing...": one paper, asked for or half-remembered.
     */
    private static final Pattern ONE_PAPER = Pattern.compile(
            "\\b(?:which|the|this|that)\\s+(?:[\\w'-]++\\s+){0,3}?paper\\b|\\bpaper\\s*[-\u2013(:]", Pattern.CASE_INSENSITIVE);

    /** "thanks!", "hi", "thank you so much, that was really helpful", "thanks, that's just what I needed": a courtesy, not a question, though a paper may say "thanks to". */
    private static final Pattern COURTESY = Pattern.compile(
            "^\\W*+(?:thanks|thank you|thx|ty|cheers|hi|hello|hey|bye|goodbye|ok|okay|great|cool|nice|perfect|awesome)\\b"
                    + "(?:\\W++(?:so|much|a|lot|very|super|again|there|that|this|was|is|it|really|helpful|useful|for|the|helped|help|great|ok|okay"
                    + "|thanks|thank|you|perfect|awesome|nice|cool|good|exactly|just|what|i|needed|appreciated|appreciate|all)(?:['\u2019]s)?\\b)*+\\W*+$",
            Pattern.CASE_INSENSITIVE);

    /** "A paper showed that...", "Recent studies have found that...": a claim as a writer reports it; what follows is the claim. */
    private static final Pattern REPORTED = Pattern.compile("^\\W*+(?:(?:a|one|some|the|recent|several|many|other|prior)\\s++){0,2}"
            + "(?:papers?|stud(?:y|ies)|works?|research|researchers|authors|results?|experiments?)\\s++(?:has\\s++|have\\s++)?"
            + "(?:show(?:s|ed|n)?|f(?:ound|inds?)|demonstrat(?:es?|ed)|report(?:s|ed)?|claim(?:s|ed)?|suggest(?:s|ed)?|prov(?:es?|ed|en))\\s++that\\s++",
            Pattern.CASE_INSENSITIVE);
    /** A question or a request opens with one of these words, a claim seldom does. */
    private static final Pattern ASKING = Pattern.compile(
            "^\\W*+(?:which|what|who|whose|when|where|why|how|is|are|do|does|did|can|could|has|have|was|were|will|would|should"
                    + "|list|show|find|give|tell|compare|explain|describe|summari[sz]e|search|look(?:ing)?|any|papers?"
                    + "|i|i'm|i'd|we|please|help|need|want|recommend|suggest|hi|hello|hey|so|ok|okay|now|in)\\b", Pattern.CASE_INSENSITIVE);

    /** The verbs a paper reports a claim by: "says", "showed", "has found". */
    private static final String REPORTING = "(?:says?|said|shows?|showed|shown|finds?|found|claims?|claimed|reports?|reported|states?|stated"
            + "|argues?|argued|demonstrates?|demonstrated|proves?|proved|proven|wrote|establish(?:es|ed))";
    /**
     * "Which paper says that X?", "Who showed that X?": the source of one claim asked for, checked as "Where did I read that X?"
     * is, but searched as asked: its words for a paper and a report are how people ask, and the search has always read them.
     */
    private static final Pattern SOURCE_OF = Pattern.compile("^\\W*+(?:(?:which|what)\\s++(?:paper|study|work|article)|who)\\s++(?:(?:has|have|first)\\s++)?"
            + REPORTING + "\\s++(?:that|whether|if)\\s++(?=\\S)", Pattern.CASE_INSENSITIVE);
    /**
     * "Is it true that X?", "Did a paper really show that X?", "Can you check whether X?", "I
     * remember a paper claiming X": a claim asked about, to be checked as a claim written out is.
     */
    private static final Pattern CHECKED = Pattern.compile("^\\W*+(?:(?:is\\s++it\\s++(?:really\\s++)?(?:true|correct|right|the\\s++case)"
            + "|(?:did|does|do)\\s++(?:a|any|some|the)\\s++(?:papers?|stud(?:y|ies)|works?)\\s++(?:really\\s++)?(?:show|find|claim|say|report|state|prove)"
            + "|(?:(?:can|could)\\s++you\\s++)?(?:check|verify|confirm)(?:\\s++for\\s++me)?"
            + "|where\\s++did\\s++i\\s++(?:read|see))\\s++(?:that|whether|if)"
            // What follows these is the claim itself, with no "that".
            + "|i\\s++(?:remember|recall)\\s++(?:a\\s++paper\\s++|reading\\s++)?(?:claiming|saying|showing|that))"
            + "\\s++(?=\\S)", Pattern.CASE_INSENSITIVE);

    /**
     * "Where did I read that?", "Which paper?", "Who showed this?", "Source?": a question for the source of a claim made before it;
     * not "who wrote it?", which asks who wrote the paper the answer gave.
     */
    private static final Pattern ASKS_SOURCE = Pattern.compile("^\\W*+(?:where\\s++(?:did|have)\\s++i\\s++(?:read|seen?|heard)\\s++(?:that|this|it)"
            + "|which\\s++paper(?:\\s++(?:says|said|shows|showed|claims|claimed|found|finds|is\\s++it))?(?:\\s++(?:that|this|it))?"
            + "|who\\s++(?:said|showed|found|claimed)\\s++(?:that|this|it)|(?:what(?:'s|\\s++is)\\s++the\\s++)?source(?:\\s++(?:of|for)\\s++(?:that|this))?)"
            + "(?:\\s++(?:again|before|first))?\\s*+[?.!]*+\\s*+$", Pattern.CASE_INSENSITIVE);
    /** "Somebody showed", "I read somewhere that": how a claim is reported, no part of it. */
    private static final Pattern HEARD = Pattern.compile("^\\W*+(?:(?:somebody|someone|a\\s++paper|people)\\s++(?:showed|found|said|claimed|wrote)"
            + "|i\\s++(?:read|heard|saw)(?:\\s++somewhere)?)\\s++(?:that\\s++)?", Pattern.CASE_INSENSITIVE);

    /** "anything on", "is there something about": a pronoun that asks what the collection holds, no word of its topic. */
    private static final Pattern ANYTHING_ON = Pattern.compile(
            "^\\W*+(?:(?:is|are)\\s++there\\s++|(?:do|does|did)\\s++(?:you|we|it|the\\s++collection)\\s++(?:know|have|hold|find|cover)\\s++"
                    + "|(?:have\\s++you\\s++)?got\\s++|(?:can\\s++you\\s++)?(?:find|show)\\s++(?:me\\s++)?)?"
                    + "(?:anything|something|stuff|(?:any|some)\\s++(?:work|research|literature))\\s++(?:on|about|regarding|related\\s++to|into)\\s++(?=\\S)"
                    // "what's out there on X?", "what do we know about X?"
                    + "|^\\W*+what(?:'s|\\s++is)\\s++out\\s++there\\s++(?:on|about|regarding)\\s++(?=\\S)"
                    + "|^\\W*+what\\s++do\\s++(?:we|you)\\s++know\\s++(?:about|of|on)\\s++(?=\\S)"
                    // "what is known about GRPO on Llama?": "known" is no word of the topic ("also known as the context size")
                    + "|^\\W*+what(?:'s|\\s++is)\\s++(?:currently\\s++)?known\\s++(?:about|of|on|regarding)\\s++(?=\\S)"
                    // "what are the main approaches to making reasoning models think less?": "main" is none either ("three main prompting styles")
                    + "|^\\W*+what\\s++are\\s++(?:the\\s++)?(?:main|key|major|common|different|existing)\\s++(?:approaches|methods|techniques|ways|strategies)"
                    + "\\s++(?:to|for|of)\\s++(?=\\S)"
                    // "what has been done on label-free RL?", "what work has been published about..."
                    + "|^\\W*+what\\s++(?:work\\s++|research\\s++)?(?:has|have)\\s++been\\s++(?:done|published|written)\\s++(?:on|about|in|regarding)\\s++(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "How are people making models more efficient?", "the main ways people make CoT shorter": the people are whoever
     * works on it, no topic.
     */
    private static final Pattern PEOPLE = Pattern.compile("^(\\W*+(?:how|why|what)\\s++(?:are|do|did|have|were|is)\\s++)(?:people|folks|researchers)\\s++"
            + "|(?<=\\bways\\s)(?:people|folks|researchers)\\s++(?=\\p{L})", Pattern.CASE_INSENSITIVE);
    /** "...in the collection?", "according to the collection": where to look, which every paper is; "data collection" is a topic. */
    private static final Pattern IN_COLLECTION = Pattern.compile("\\s*+,?\\s*+(?:in|within|from|across|according\\s++to)\\s++(?:the|this|your|my)\\s++"
            + "(?:collection|corpus|library|index)(?=[\\s?.!,]|$)", Pattern.CASE_INSENSITIVE);
    /**
     * "What should I read first on test-time scaling?", "I want to read about entropy collapse, where do I start?",
     * "surveys I should read on...": a reader's plan, no words of the topic ("read" would find READ, "start" papers on it).
     */
    private static final Pattern READING = Pattern.compile("^\\W*+(?:(?:what|which)\\s++(?:papers?\\s++|works?\\s++)?(?:should|do|would|could|can|must)"
            + "\\s++(?:i|we|one)\\s++(?:read|start\\s++with|look\\s++at)(?:\\s++first)?(?:\\s++to\\s++(?:understand|learn|get\\s++into|know))?"
            + "|i\\s++(?:want|would\\s++like|'d\\s++like|need)\\s++to\\s++(?:read|learn)(?:\\s++up)?|what\\s++to\\s++read(?:\\s++first)?"
            + "|where\\s++(?:do|should|can)\\s++i\\s++(?:start|begin)(?:\\s++reading)?)(?:\\s++(?:on|about|regarding|with|in))?\\s++(?=\\S)"
            + "|(?<=\\S)\\s++(?:that\\s++)?(?:i|we)\\s++(?:should|could|must)\\s++read(?:\\s++first)?(?=\\s++(?:on|about)\\s)"
            + "|\\W++(?:so\\s++)?(?:where|how)\\s++(?:do|should|can)\\s++i\\s++(?:start|begin)\\W*+$", Pattern.CASE_INSENSITIVE);

    /**
     * "what's missing from this list: anything on process reward models?", "did you miss anything on X?": a reader
     * checking a list's coverage, who asks for the topic after it.
     */
    private static final Pattern MISSING = Pattern.compile("^\\W*+(?:and\\s++|so\\s++)?(?:what(?:'s|\\s++is)\\s++missing"
            + "(?:\\s++(?:from|in)\\s++(?:this|the|that|my|your)\\s++(?:list|answer|overview))?|(?:did|have)\\s++(?:you|we|i)\\s++miss(?:ed)?\\s++anything)"
            + "\\s*+[:,;?\u2013\u2014-]++\\s*+(?=\\S)", Pattern.CASE_INSENSITIVE);
    /**
     * "are there papers that disagree that longer chains of thought are better?", "...that challenge the idea that X?":
     * papers on X asked for by a stance, which no word of the frame finds.
     */
    private static final Pattern DISPUTED = Pattern.compile("^\\W*+(?:(?:are|is)\\s++there\\s++(?:any\\s++)?|(?:which|what)\\s++|any\\s++)"
            + "(?:papers?|works?|studies|research|evidence)\\s++(?:that\\s++|which\\s++)?"
            + "(?:disagrees?|argues?\\s++against|challenges?|contradicts?|disputes?|questions?|pushe?s?\\s++back\\s++on|(?:is|are)\\s++critical\\s++of)"
            // "disagree with each other about X" asks for a debate, whose papers hold X's words.
            + "\\s++(?!(?:with\\s++)?(?:each\\s++other|one\\s++another|among\\s++themselves))(?:with\\s++)?(?:(?:the|this)\\s++(?:idea|claim|view|assumption|notion|narrative|belief|finding)\\s++)?(?:that\\s++)?"
            + "(?<claim>\\S.*?)[\\s?.!]*+$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern POINTER = Pattern.compile("(?i)^(?:it|this|that|them|these|those|this\\s++paper|that\\s++paper|the\\s++paper)$");

    /** The claim a question asks for papers disputing ("longer chains of thought are better"), if it asks so; none for "disagree with it". */
    static Optional<String> disputed(String question) {
        Matcher m = DISPUTED.matcher(question.strip());
        return m.matches() && !POINTER.matcher(m.group("claim")).matches() ? Optional.of(m.group("claim")) : Optional.empty();
    }

    /** Whether a question asks for papers disputing what the last answer said ("are there papers that disagree with it?"). */
    static boolean disputesPointer(String question) {
        Matcher m = DISPUTED.matcher(question.strip());
        return m.matches() && POINTER.matcher(m.group("claim")).matches();
    }

    /** "which papers study test-time scaling?", "...study GRPO?": a list asked for by a topic of a few words or a name, which papers may write as such. */
    private static final Pattern LISTED_TOPIC = Pattern.compile("^\\W*+(?:which|what)\\s++(?:papers?|works?|studies|methods)\\s++"
            + "(?:study|are\\s++about|address|tackle|discuss|investigate|look\\s++at|work\\s++on|deal\\s++with|focus\\s++on)\\s++"
            + "((?:[\\p{L}\\d][\\p{L}\\d-]*+\\s++){0,3}[\\p{L}\\d][\\p{L}\\d-]*+)[\\s?.!]*+$", Pattern.CASE_INSENSITIVE);

    private static final Pattern NOT_OF_A_PAPER = Pattern.compile("(?i)^(?:papers?|works?|research|publications?|newest|latest|oldest|earliest|most"
            + "|recent|first|last|contributions?)\\b|\\s(?:about|on|of|for|in|to)$");

    private QuestionForm() {}

    /** "What is the learning rate of EMPO?" for "What is EMPO's learning rate?"; any other question as it is. */
    static String possessiveAsOf(String question) {
        Matcher m = POSSESSIVE_ASKED.matcher(question);
        // "What are Google's papers about?", "What is Microsoft's newest paper?": an organisation's papers, which the filters read.
        if (!m.matches() || m.group(2).chars().noneMatch(Character::isUpperCase) || NOT_OF_A_PAPER.matcher(m.group(3)).find()) return question;
        return m.group(1) + "the " + m.group(3) + " of " + m.group(2) + (m.group(4) == null ? "" : m.group(4)) + m.group(5);
    }

    /** The topic a list question asks by ("test-time scaling" of "which papers study test-time scaling?"), if it asks by a few words. */
    static Optional<String> listedTopic(String question) {
        if (question.length() > 200) return Optional.empty();
        Matcher m = LISTED_TOPIC.matcher(question.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "How do I cite", "get me the bibtex for": what a request for an entry says before the paper it is of. */
    private static final Pattern CITE_FRAME = Pattern.compile("^\\W*+(?:how\\s++(?:do|should|can|would)\\s++(?:i|we)\\s++cite\\s++"
            + "|(?:(?:can\\s++you\\s++)?(?:get|give|show)\\s++me\\s++)?(?:the\\s++)?(?:bib-?tex|bib|citation|reference)(?:\\s++entry)?\\s++(?:for|of)\\s++)(?=\\S)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The words a question is searched by: a claim asked about as the claim ("Where did I read that
     * X?" as X), "anything on X?", "any work on X?", "what's out there on X?" and "what do we know
     * about X?" as X ("anything" would find "Segment Anything"), "how are people doing X?" without
     * the people (who would find papers on people's social norms), "How do I cite
     * the sparse policy selection paper?" as the paper ("cite" would find a paper on citations), "Which papers shorten
     * chains of thought, and what speedups do they report?" as the papers asked for, and "Which papers report FLOP
     * reductions?" without "report", which would find radiology reports.
     */
    static String searched(String question) {
        // "Was Quiet-STaR published in 2023?" is searched as the paper it names: its record answers, which no abstract's words hold.
        Optional<String> checked = RecordQuestion.checkedPaper(question);
        if (checked.isPresent()) return checked.get();
        Optional<String> claim = SOURCE_OF.matcher(question.strip()).lookingAt() ? Optional.empty() : claimIn(question);
        Optional<String> disputed = disputed(question);
        if (disputed.isPresent()) return disputed.get();
        String unframed = MISSING.matcher(IN_COLLECTION.matcher(question).replaceAll("")).replaceFirst("");
        return claim.or(() -> QuantityQuestion.papersAsked(question)).map(QuestionForm::withoutReporting)
                .orElseGet(() -> withoutReporting(PEOPLE.matcher(CITE_FRAME.matcher(ANYTHING_ON.matcher(READING.matcher(unframed).replaceAll(""))
                        .replaceFirst("")).replaceFirst("")).replaceFirst("$1")));
    }

    /** "Which papers report FLOP reductions?": papers asked for by what they report, whose verb is no topic (radiology reports). */
    private static final Pattern REPORTED_BY = Pattern.compile("^(\\W*+(?:which|what)\\s++(?:papers|works|studies|methods|approaches)\\s++)"
            + "(?:report|present|give|show)\\s++(?!that\\b|whether\\b|how\\b|results?\\b)", Pattern.CASE_INSENSITIVE);

    private static String withoutReporting(String question) {
        return REPORTED_BY.matcher(question).replaceFirst("$1");
    }

    /** The claim a text states or asks about ("Is it true that Hawkeye cuts cost by 80%?"), to be checked; empty for other questions. */
    static Optional<String> claimIn(String text) {
        // "A recent paper showed that X": X is the claim; the framing's words are no part of what to check.
        if (isClaim(text)) return Optional.of(REPORTED.matcher(text.strip()).replaceFirst(""));
        Optional<String> before = claimBeforeAskingSource(text);
        if (before.isPresent()) return before;
        Matcher checked = CHECKED.matcher(text.strip());
        if (!checked.lookingAt()) checked = SOURCE_OF.matcher(text.strip());
        if (text.length() > MAX_CLAIM_CHARS || !checked.lookingAt()) return Optional.empty();
        String claim = text.strip().substring(checked.end()).replaceFirst("[?\\s]+$", "");
        // "Is it true that X? I'm looking for analyses of this...": a question about the literature, not one claim.
        boolean oneSentence = !claim.matches("(?s).*[.?!]\\s+\\S.*");
        return oneSentence && claim.split("\\s+").length >= 4 ? Optional.of(claim) : Optional.empty();
    }

    /** "Did CoIn detect...", "Does Phi-4-reasoning have...": a question asked to be answered yes or no. */
    private static final Pattern YES_NO = Pattern.compile("^\\W*+(?:did|does|do|is|are|was|were|has|have|can|could)\\s++(?=\\S)", Pattern.CASE_INSENSITIVE);

    /** A name and its version or size: "Phi-4-reasoning", "Qwen2.5-7B", "GPT-4o"; no figure of a claim's. */
    private static final Pattern NAME_WITH_DIGITS = Pattern.compile("(?<![\\p{L}\\d])\\p{L}[\\p{L}\\d.]*+(?:-[\\p{L}\\d.]++)++|\\p{L}++\\d[\\p{L}\\d.]*+");

    /**
     * The claim a question asks to have checked: one {@link #claimIn} reads, or a yes-or-no question on a
     * paper it names with figures ("Did CoIn detect token count inflation with a 99% success rate?"), whose
     * figures its paper may not state though the sentences quoted are on the subject.
     */
    static Optional<String> checkedClaim(String question, PaperHit top) {
        Optional<String> claim = claimIn(question);
        Matcher yesNo = YES_NO.matcher(question.strip());
        if (claim.isPresent() || question.length() > MAX_CLAIM_CHARS || !top.named() || !yesNo.lookingAt()) return claim;
        String asked = question.strip().substring(yesNo.end()).replaceFirst("[?\\s]+$", "");
        boolean oneSentence = !asked.matches("(?s).*[.?!]\\s+\\S.*");
        boolean figures = Numbers.count(NAME_WITH_DIGITS.matcher(asked).replaceAll("")) > 0;
        return oneSentence && figures && !ABOUT_PAPERS.matcher(asked).find() ? Optional.of(asked) : Optional.empty();
    }

    /** "several papers use GRPO", "most efficient reasoning papers...": a claim about the literature, which a list answers. */
    private static final Pattern ABOUT_PAPERS = Pattern.compile("(?i)\\b(?:several|many|most|some|few|multiple|various|recent)\\b"
            + "[^.?]{0,40}?\\b(?:papers|works|studies)\\b");

    /**
     * "Is it true that Quiet-STaR needs fine-tuning?", "...that training on 80% of the tokens keeps performance?": one claim
     * of figures or of a paper it names, asked about as X written out is, whose source answers it, not a list on its subject.
     */
    private static boolean checksOneClaim(String question, PaperHit top) {
        if (!CHECKED.matcher(question.strip()).lookingAt()) return false;
        Optional<String> claim = claimIn(question);
        return claim.isPresent() && !ABOUT_PAPERS.matcher(claim.get()).find()
                && (Numbers.count(claim.get()) > 0 || top.named());
    }

    /** Whether the question asks only for the source of a claim made before it: "where did I read that?". */
    static boolean asksForSource(String question) {
        return ASKS_SOURCE.matcher(question).matches();
    }

    /** "Somebody showed RL only reweights what the base model knows. Where did I read that?": the claim before the question. */
    private static Optional<String> claimBeforeAskingSource(String text) {
        List<Span> sentences = Sentences.split(text);
        if (text.length() > MAX_CLAIM_CHARS || sentences.size() < 2 || !asksForSource(sentences.getLast().of(text))) return Optional.empty();
        String claim = HEARD.matcher(text.substring(0, sentences.getLast().start()).strip()).replaceFirst("");
        return claim.split("\\s+").length >= 4 ? Optional.of(claim) : Optional.empty();
    }

    /** A longer text is a passage, whose claims the citation lookup checks one by one. */
    private static final int MAX_CLAIM_CHARS = 1000;
    private static final int MAX_PASSAGE_CHARS = 4000;

    /**
     * "Quiet-STaR hurts zero-shot CommonsenseQA accuracy.": a statement to check, not a question:
     * no question mark, no asking word first, and a verb, unlike a topic typed into a search box. A
     * description of a kind of work ("models that...") may pass for one: it is only checked, not answered otherwise.
     */
    static boolean isClaim(String text) {
        String t = REPORTED.matcher(text.strip()).replaceFirst("");
        return t.length() <= MAX_CLAIM_CHARS && !t.endsWith("?") && t.split("\\s+").length >= 4 && !ASKING.matcher(t).find()
                && !isTopic(t) && !LIST_QUESTION.matcher(t).find() && !ABOUT_WORK.matcher(t).find();
    }

    /** What asks for claims to be checked: "Can you check these claims?", "give me the sources", "Where are these from?". */
    private static final Pattern CHECK_REQUEST = Pattern.compile("(?i)\\b(?:check|verify|confirm|sources?|cite|citations?|references?|supported|accurate"
            + "|correct|true|right|where\\b.*\\bfrom|which\\s++papers?|find\\s++(?:the\\s++)?papers?)\\b");

    /**
     * The claims a message of several sentences states, when two or more do and it asks for them to be checked ("Can you
     * check these claims?"), or says nothing else and one of them gives a figure: a passage pasted from a draft, which the chat
     * answers as one question and a lookup checks claim by claim; not a reader's own context before a question ("Our
     * dataset has 10,000 problems. Each has 4 solutions. What benchmark is similar?").
     */
    static List<String> passageClaims(String text) {
        if (text.length() > MAX_PASSAGE_CHARS) return List.of();
        List<String> sentences = Sentences.split(text).stream().map(span -> span.of(text).strip()).toList();
        List<String> claims = sentences.stream().filter(QuestionForm::isClaim).toList();
        List<String> others = sentences.stream().filter(s -> !claims.contains(s)).toList();
        boolean asksToCheck = others.stream().anyMatch(s -> CHECK_REQUEST.matcher(s).find());
        boolean figured = others.isEmpty() && claims.stream().anyMatch(claim -> Numbers.count(claim) > 0);
        return claims.size() >= 2 && (asksToCheck || figured) ? claims : List.of();
    }

    /** "thanks!", "hello", and a message of no words ("???", "🤔"), which asks nothing to search for. */
    static boolean isCourtesy(String text) {
        return (text.length() < 60 && COURTESY.matcher(text.strip()).matches()) || !TypedText.hasWords(text);
    }

    /**
     * "Do reflections ever change the answer?", "Is there evidence that...", "Does reasoning hurt instruction following?": a
     * question asked to be answered yes or no, which a finding answers; not "Are there methods that..." or "Is there work
     * on...", which ask for papers, nor "Can a small model and a large one collaborate...?", which a method that does it answers.
     */
    private static final Pattern ASKS_WHETHER = Pattern.compile(
            "^\\W*+(?:(?:is|are)\\s++there\\s++(?:any\\s++)?(?:evidence|proof|consensus|agreement)\\b"
                    // "Is anyone working on...", "Do methods exist to...": a question whether there is work, which its papers answer.
                    + "|(?!(?:is|are)\\s++there\\b)(?!\\w++\\s++(?:anyone|anybody|someone|somebody|people|researchers|methods|approaches"
                    + "|techniques|papers|works?|studies|models\\s++exist)\\b)(?:does|do|did|is|are|was|were)\\s)",
            Pattern.CASE_INSENSITIVE);

    /** Whether the question asks whether something holds, which a paper's finding answers rather than its proposal. */
    static boolean asksWhether(String question) {
        return ASKS_WHETHER.matcher(question).lookingAt();
    }

    /** A question about several papers, unless it names one ("Does VeriReason beat GPT-4?"), asks for one or asks for a number. */
    static boolean asksForPapers(String question, PaperHit top) {
        if (top.named() || ONE_PAPER.matcher(question).find()) return false;
        if (QuantityQuestion.asksForQuantity(question) && !QuantityQuestion.ofPapers(question)) return false;
        if (checksOneClaim(question, top)) return false;
        return LIST_QUESTION.matcher(question).find() || YES_NO_QUESTION.matcher(question).find()
                || ABOUT_WORK.matcher(question).find() || KIND_OF_WORK.matcher(question).find()
                || ((top.titleMatch() < TITLE_WORDS || !mostlyWordsOf(question, top.paper().title())) && isTopic(question));
    }

    /**
     * A topic typed into a search box: of eight words or fewer, or up to twelve that give no figure
     * and no result in the past tense, as a claim does ("SpecReason reduced latency by a factor
     * of three over plain speculative decoding").
     */
    private static boolean isTopic(String text) {
        if (!TOPIC.matcher(text).matches()) return false;
        return text.strip().split("\\s+").length <= SHORT_TOPIC_WORDS || !LONG_CLAIM.matcher(text).find();
    }

    /**
     * Whether most of the topic's words are the title's: "efficient reasoning with model
     * collaboration" half remembers Hawkeye's title, "small model and large model collaboration for
     * faster reasoning" asks for a topic that shares three of its words.
     */
    private static boolean mostlyWordsOf(String topic, String title) {
        Set<String> titleWords = new HashSet<>(contentWords(title));
        List<String> words = contentWords(topic);
        return !words.isEmpty() && words.stream().filter(titleWords::contains).count() >= TITLE_SHARE * words.size();
    }

    /** Lower-case words of three letters or more but the small ones, a plural's "s" dropped: a title's and a topic's alike. */
    private static List<String> contentWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")).filter(w -> w.length() >= 3 && !SMALL_WORDS.contains(w))
                .map(w -> w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w).toList();
    }
}
