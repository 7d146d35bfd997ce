package dev.paperchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which papers mention GRPO?", "Which papers cite Quiet-STaR?", "which papers build on it?": a
 * question for the papers that name something, answered by reading which abstracts name it. A
 * search for it would bring the papers closest to its topic, and first the paper it names.
 *
 * @param object what the papers should name, as asked ("Quiet-STaR", "the DPO paper"), or a
 *               pronoun ("it", "this paper") for the paper of the last answer
 * @param cites whether the question asks what cites or builds on it, which abstracts, holding no
 *              reference lists, can only tell by mentioning it
 * @param counts whether it asks how many papers do ("How many papers mention GRPO?"), which may
 *               also be of a topic's words ("How many papers are about multimodal reasoning?")
 */
record MentionQuestion(String object, boolean cites, boolean counts) {
    /** "How many papers (that) mention Qwen": the relative pronoun a question keeps when a filter's clause followed ("... are from Tencent"). */
    private static final String PAPERS = "\\s+(?:other\\s+)?(?:papers?|works?|studies|articles|abstracts)(?:\\s+in\\s+the\\s+collection)?\\s+(?:that\\s+|which\\s+)?(?:also\\s+)?";
    private static final String WHICH = "^\\W*+(?:and\\s+)?(?:which|what|(?<many>how\\s+many))" + PAPERS;
    /** "How many papers are about multimodal reasoning?": a count asks for the papers that write a topic's words too. */
    private static final Pattern COUNTED_TOPIC = Pattern.compile("^\\W*+(?:and\\s+)?how\\s+many" + PAPERS
            + "(?:are\\s+(?:about|on)|study|address|deal\\s+with|mentions?|uses?|discuss(?:es)?)\\s+"
            + "((?:[\\p{L}\\d][\\p{L}\\d-]*+\\s+){0,3}[\\p{L}\\d][\\p{L}\\d-]*+)[\\s?.!]*+$", Pattern.CASE_INSENSITIVE);
    /**
     * "Which papers mention overthinking?": a verb that asks for every paper that writes a topic's
     * words, as it does of a name. "Which papers discuss overthinking?" asks for the papers on it,
     * which a search ranks.
     */
    private static final Pattern MENTIONED_TOPIC = Pattern.compile(WHICH
            + "(?:mentions?|refers?\\s+to)\\s+"
            + "(?<topic>(?:[\\p{L}\\d][\\p{L}\\d-]*+\\s+){0,3}[\\p{L}\\d][\\p{L}\\d-]*+)[\\s?.!]*+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EITHER = Pattern.compile("(?i)\\b(?:or|and)\\b");
    private static final String CITING = "cites?|build(?:s)?\\s+(?:on|upon)|extends?|improves?\\s+(?:on|upon)|follows?\\s+up\\s+on"
            + "|(?:are|is)\\s+based\\s+on|compares?\\s+(?:themselves\\s+|itself\\s+)?(?:with|to|against)";
    private static final String MENTIONING = "mentions?|uses?|discuss(?:es)?|refers?\\s+to|talks?\\s+about|evaluates?\\s+on|employs?|adopts?"
            // "Which papers report results on GSM8K?": a benchmark named, whatever verb comes before it.
            + "|(?:reports?|gives?|shows?|presents?)\\s+(?:results?|scores?|numbers?|accuracy|performance)\\s+(?:on|for)"
            + "|(?:are|were)\\s+(?:evaluated|tested|benchmarked)\\s+on|(?:tests?|experiments?|benchmarks?)\\s+on";
    /**
     * A name, not a topic: capitalised words, hyphenated or with digits, and the small words a name
     * holds between them ("Tree of Thoughts", "GSM8K", "Quiet-STaR"), with "the" and a kind around
     * it ("the DPO paper", "the GSM8K benchmark"); or a pronoun.
     */
    private static final String WORD = "(?-i:\\p{Lu}[\\p{L}\\d]*+(?:[-.][\\p{L}\\d]++)*+)";
    /** A model's name in lower case with a digit: "o1-preview", "o3-mini", "gpt-4o". */
    private static final String MODEL = "(?-i:\\p{Ll}++\\d[\\p{L}\\d]*+(?:[-.][\\p{L}\\d]++)*+|\\p{Ll}++-\\d[\\p{L}\\d]*+(?:[-.][\\p{L}\\d]++)*+)";
    /** A name's number after a space: the year of "AIME 2024", the version of "Llama 3", the size of "MATH 500". */
    private static final String NUMBER = "\\d{1,4}+(?:\\.\\d++)?(?![\\p{L}\\d])";
    static final String NAME = "(?:" + WORD + "|" + MODEL + ")(?:\\s+(?:(?:(?:of|the|for|and|to|in|on|with|a|an)\\s+)?" + WORD + "|" + NUMBER + ")){0,4}";
    private static final String KIND = "(?:papers?|methods?|models?|frameworks?|approach(?:es)?|algorithms?|benchmarks?|datasets?|works?|techniques?"
            + "|family|series|variants?)";
    private static final String PRONOUN = "it|(?:this|that)\\s+(?:paper|method|work|model|framework|approach|one)";
    private static final Pattern ASKED = Pattern.compile(WHICH + "(?:(?<cites>" + CITING + ")|" + MENTIONING + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT = Pattern.compile(
            "\\s+(?:both\\s+)?(?:the\\s+)?(" + NAME + "(?:\\s*+,\\s*+(?:and\\s++)?" + NAME + ")*+)(?:['\u2019]s)?(?:\\s+" + KIND + ")?|\\s+(" + PRONOUN + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile("[\\s?.!]*+$");
    private static final Pattern JOINED = Pattern.compile("\\s*+,\\s*+(?:and\\s++)?|\\s++and\\s++");
    private static final Pattern ONE_NAME = Pattern.compile(NAME);
    private static final Pattern IS_PRONOUN = Pattern.compile(PRONOUN, Pattern.CASE_INSENSITIVE);

    /** The question's object, if it asks which papers name one thing and no more ("...use GRPO for vision?" asks more). */
    static Optional<MentionQuestion> of(String question) {
        if (question.length() > 200) return Optional.empty();
        Matcher asked = ASKED.matcher(question);
        if (!asked.lookingAt()) return countedTopic(question);
        Matcher object = OBJECT.matcher(question).region(asked.end(), question.length());
        if (!object.lookingAt() || !END.matcher(question).region(object.end(), question.length()).matches()) return countedTopic(question);
        return Optional.of(new MentionQuestion(object.group(1) != null ? object.group(1) : object.group(2), asked.group("cites") != null,
                asked.group("many") != null));
    }

    private static Optional<MentionQuestion> countedTopic(String question) {
        Matcher counted = COUNTED_TOPIC.matcher(question);
        if (counted.lookingAt()) return Optional.of(new MentionQuestion(counted.group(1), false, true));
        Matcher mentioned = MENTIONED_TOPIC.matcher(question);
        if (!mentioned.lookingAt()) return Optional.empty();
        // Of a name or of either of two ("GRPO or PPO"), the papers are searched.
        String topic = mentioned.group("topic");
        boolean ofOneTopic = topic.chars().noneMatch(Character::isUpperCase) && !EITHER.matcher(topic).find();
        return ofOneTopic ? Optional.of(new MentionQuestion(topic, false, mentioned.group("many") != null)) : Optional.empty();
    }

    /**
     * The names the object joins ("GRPO", "PPO" of "GRPO and PPO"; "MATH 500, AIME 2024 and GPQA"),
     * or the object alone. Whether they are one name ("Plan and Solve") only the collection tells.
     */
    List<String> joinedNames() {
        List<String> names = List.of(JOINED.split(object.strip()));
        return names.size() > 1 && names.stream().allMatch(name -> ONE_NAME.matcher(name).matches()) ? names : List.of(object);
    }

    /** Whether it asks of a topic's words, in lower case ("multimodal reasoning"), not of a name, which may be a paper's. */
    boolean ofTopic() {
        return object.chars().noneMatch(Character::isUpperCase);
    }

    /** Whether it asks of the paper of the last answer: "which papers cite it?". */
    boolean ofLastPaper() {
        return IS_PRONOUN.matcher(object).matches();
    }
}
