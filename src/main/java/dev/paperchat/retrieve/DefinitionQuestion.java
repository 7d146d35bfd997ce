package dev.paperchat.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks what an acronym stands for ("What does GRPO stand for?", "what is
 * RLVR?") is answered by a sentence that spells it out, "Group Relative Policy Optimization
 * (GRPO)": abstracts define their acronyms so. Such a question has too few words for closeness
 * in meaning or shared words to show that the collection covers it.
 */
public final class DefinitionQuestion {
    /** A request to be told about something, as "What is" asks it: "tell me more about", "explain", "more on". */
    private static final String TELL_ME_ABOUT = "(?:(?:can\\s++you\\s++|please\\s++)?(?:tell\\s++me\\s++(?:more\\s++)?about|explain|describe)|more\\s++(?:about|on))";
    /** An acronym: two capitals or more, with digits, lower-case letters or hyphens among them ("GRPO", "CoT", "Ada-GRPO"). */
    private static final String ACRONYM = "((?-i:(?=[\\w-]*[A-Z][\\w-]*[A-Z])[A-Za-z][\\w-]{1,30}+))";
    private static final Pattern ASKS = Pattern.compile(
            "^\\W*+(?:what|whats|what's)\\s+(?:does|do)\\s+" + ACRONYM + "\\s+(?:stand\\s+for|mean)\\W*+$"
                    + "|^\\W*+(?:what\\s+(?:is|are)|whats|what's)\\s+(?:an?\\s+|the\\s+)?" + ACRONYM + "\\W*+$"
                    + "|^\\W*+(?:define|definition\\s+of|meaning\\s+of)\\s+" + ACRONYM + "\\W*+$"
                    // "How does ReAct work?": what it is, as the papers that use it write it.
                    + "|^\\W*+how\\s+(?:does|do)\\s+(?:an?\\s+|the\\s+)?" + ACRONYM + "\\s+work\\W*+$"
                    // "tell me more about PEAR": at least what "What is PEAR?" is answered with.
                    + "|^\\W*+" + TELL_ME_ABOUT + "\\s++(?:an?\\s+|the\\s+)?" + ACRONYM + "\\W*+$"
                    // "GRPO?" alone, as a chat's shortest question.
                    + "|^\\s*+" + ACRONYM + "\\s*+\\?\\s*+$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "for", "with", "and", "to", "in", "on", "by", "via");

    /** Words a question asks about that name nothing: "What is this?", "what's new?". */
    private static final Set<String> NO_NAMES = Set.of("this", "that", "these", "those", "it", "new", "there", "here", "true", "right",
            "wrong", "better", "best", "known", "next", "happening", "going", "up", "possible", "important", "missing");

    /** A name of one word, as a question asks what it is: "Delethink", "coconut", "Quiet-STaR". */
    private static final Pattern ASKS_NAME = Pattern.compile(
            "^\\W*+(?:what\\s++(?:is|are)|whats|what's)\\s++(?:an?\\s++|the\\s++)?(\\p{L}[\\p{L}\\d-]{2,40}+)\\W*+$"
                    + "|^\\W*+how\\s++(?:does|do)\\s++(?:an?\\s++|the\\s++)?(\\p{L}[\\p{L}\\d-]{2,40}+)\\s++work\\W*+$"
                    // "tell me more about Delethink", "explain GoT-R1": at least what "What is Delethink?" is answered with.
                    + "|^\\W*+" + TELL_ME_ABOUT + "\\s++(?:an?\\s++|the\\s++)?(\\p{L}[\\p{L}\\d-]{2,40}+)\\W*+$",
            Pattern.CASE_INSENSITIVE);

    private DefinitionQuestion() {}

    /** "what is dpo?", "grpo?": an acronym typed in lower case, as chat is; six letters at most, as acronyms are. */
    private static final Pattern ASKS_LOWER = Pattern.compile(
            "^\\W*+(?:what\\s++(?:is|are)|whats|what's)\\s++(?:an?\\s++|the\\s++)?((?-i:[a-z][a-z0-9]{1,5}))\\W*+$"
                    + "|^\\s*+((?-i:[a-z][a-z0-9]{1,5}))\\s*+\\?\\s*+$",
            Pattern.CASE_INSENSITIVE);

    /** The acronym the question asks to spell out, if it asks that and no more; one typed in lower case is read in capitals. */
    public static Optional<String> acronymAsked(String question) {
        if (question.length() > 200) return Optional.empty();
        var lower = ASKS_LOWER.matcher(question.strip());
        if (lower.matches()) return Optional.of((lower.group(1) != null ? lower.group(1) : lower.group(2)).toUpperCase(Locale.ROOT));
        var m = ASKS.matcher(question.strip());
        if (!m.matches()) return Optional.empty();
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return Optional.of(m.group(g));
        return Optional.empty();
    }

    /**
     * The name of one word that the question asks about and no more ("What is Delethink?", "How
     * does Coconut work?"): a sentence that introduces it answers the question.
     */
    public static Optional<String> nameAsked(String question) {
        if (question.length() > 200) return Optional.empty();
        var m = ASKS_NAME.matcher(question.strip());
        if (!m.matches()) return Optional.empty();
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return NO_NAMES.contains(name.toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(name);
    }

    /** Quotes or emphasis a term may be written in: "the 'Prefix Dominance Trap'", "*reasoning sparks*". */
    private static final String QUOTE = "[\"'\u2018\u2019\u201C\u201D*]?";
    private static final String TERM_WORD = "\\p{L}[\\p{L}\\d-]{1,30}+";
    /**
     * A term of two to four words ("What is the prefix dominance trap?", "what's a 'reasoning
     * spark'?"), or one quoted; "in" a field or a paper may follow ("what is a continuous thought in
     * Coconut?"), as a reader says where they met it.
     */
    private static final Pattern ASKS_TERM = Pattern.compile(
            "^\\W*+(?:what\\s++(?:is|are)|whats|what's)\\s++(?:an?\\s++|the\\s++)?(?:"
                    + "[\"'\u2018\u201C*](" + TERM_WORD + "(?:\\s++" + TERM_WORD + "){0,3}+)[\"'\u2019\u201D*]"
                    + "|(" + TERM_WORD + "(?:\\s++(?!in\\s)" + TERM_WORD + "){1,3}+))"
                    + "(?:\\s++in\\s++(?:an?\\s++|the\\s++)?[^?\\s][^?]{0,80}+)?\\W*+$",
            Pattern.CASE_INSENSITIVE);
    /** Words that ask about something rather than name it: "what is the main idea", "what are the best methods". */
    private static final Pattern NO_TERM = Pattern.compile("(?i)(?:^|\\s)(?:of|for|with|and|or|to|on|by|from|between|than|that|which"
            + "|best|main|key|difference|idea|point|purpose|goal|role|effect|impact|result|results|finding|findings|contribution"
            + "|contributions|advantage|benefit|limitation|problem|state|status|current|latest|new|most|used|known|happening)(?=\\s|$)");

    /**
     * The term of two to four words, or quoted, that the question asks what it is and no more: a
     * sentence that coins it ("which we term reasoning sparks") answers the question.
     */
    public static Optional<String> termAsked(String question) {
        if (question.length() > 200) return Optional.empty();
        var m = ASKS_TERM.matcher(question.strip());
        if (!m.matches()) return Optional.empty();
        String term = m.group(1) != null ? m.group(1) : m.group(2);
        return NO_TERM.matcher(term).find() || NO_NAMES.contains(term.toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(term);
    }

    /** The name of one word or the term a question asks what it is. */
    public static Optional<String> nameOrTermAsked(String question) {
        return nameAsked(question).or(() -> termAsked(question));
    }

    /**
     * "with Delethink, an RL environment that...", "Coconut is a new paradigm", "a framework
     * called Delethink": the sentence says what the name is, as abstracts introduce a name, in
     * apposition or by naming. It matches the name in any case, as chat types it.
     */
    public static boolean introduces(String sentence, String name) {
        return introduction(name).matcher(sentence).find();
    }

    /**
     * The sentences that introduce the name, as {@link #introduces} reads them, to match many
     * sentences with. "Unlike Coconut, the model..." and "Compared to GRPO, the method..." set it
     * beside another thing and say nothing of what it is.
     */
    public static Pattern introduction(String name) {
        String word = "(?<![\\w-])" + spelling(name) + "(?![\\w-])";
        boolean term = name.strip().contains(" ");
        // Coined, it may come quoted and after an article: 'refer to this phenomenon as the "Prefix Dominance Trap"'; a term so
        // given is the whole name, not the start of a longer one ("named Latent Reasoning Skills" is no "latent reasoning").
        String given = "(?:(?:the|an?)\\s++)?" + QUOTE + word + (term ? "(?!\\s++(?-i:\\p{Lu}))" : "");
        // "Coconut is a new paradigm"; a term only as the sentence's subject: "redesigning the thinking environment is a lever" is no definition.
        // "Test-Time Scaling (TTS) refers to approaches that...": its short form may come between, and "refers to" says what it is
        // of the sentence's subject only ("What is scaling?" is not told by "Test-Time Scaling refers to...").
        String subject = "(?:^|(?<=[.!?]\\s))(?:(?:the|an?|our|this)\\s++)?" + word + "(?:\\s*+\\([^()]{1,20}\\))?\\s++";
        String refersTo = subject + "(?:refers?\\s++to|(?:is|are)\\s++defined\\s++as)\\s";
        String isA = (term ? subject : word + "\\s++") + "(?:is|are)\\s++(?:an?|the)\\s|" + refersTo;
        // 'the standard RL "thinking environment", where the state is...': a term in quotes is one the text gives.
        String quoted = term ? "|[\"'\u2018\u201C]" + word + "[\"'\u2019\u201D]" : "";
        return Pattern.compile("(?<!\\b(?:unlike|than|like|to|over|versus|vs\\.|against)\\s)" + word + ",\\s++(?:an?|the)\\s"
                + "|(?<!\\b(?:unlike|than|like|to|over|versus|vs\\.|against)\\s)" + isA + quoted
                + "|\\b(?:called|named|dubbed|termed|denoted\\s++as|we\\s++term(?:\\s++(?:this|these|them|it))?)\\s++" + given
                // "We release the labelled dataset as PondSet", "we refer to the resulting model as X".
                + "|\\b(?:release[sd]?|releasing|publish(?:es|ed)?|refer(?:s|red)?\\s++to)\\s++(?:(?:the|this|it|our|its|a|an)\\s++)?"
                + "(?:[\\w-]++\\s++){0,3}?as\\s++" + given, Pattern.CASE_INSENSITIVE);
    }

    /**
     * The name as a sentence may write it: a term of several words with any space or hyphen between
     * them, and in the singular or plural ("reasoning spark" of "reasoning sparks"). A name of one
     * word is written as asked.
     */
    private static String spelling(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 1) return Pattern.quote(name);
        String last = words[words.length - 1];
        String stem = last.matches("(?i).*[^s]s") ? last.substring(0, last.length() - 1) : last;
        StringBuilder spelt = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) spelt.append(Pattern.quote(words[i])).append("[\\s-]++");
        return spelt.append(Pattern.quote(stem)).append("(?:s|es)?").toString();
    }

    /**
     * "We refer to this phenomenon as the 'Prefix Dominance Trap'": the sentence gives the name to
     * what the one before it says, and says nothing of it alone. "We formalize this as the
     * understanding-generation gap and propose UniReasoner" gives UniReasoner a sentence of its own.
     */
    public static boolean refersBack(String sentence, String name) {
        String given = "\\s++(?:(?:the|an?)\\s++)?" + QUOTE + "(?<![\\w-])" + spelling(name) + "(?![\\w-])";
        return Pattern.compile("(?i)\\b(?:this|these|such|it|them)(?:\\s++[\\w-]++){0,2}?\\s++(?:as|(?:is|are)\\s++(?:called|termed|named|dubbed"
                + "|known\\s++as))" + given + "|\\bwe\\s++(?:call|term|name|dub)\\s++(?:this|these|it|them)" + given).matcher(sentence).find();
    }

    /** Whether the question asks what a name is and the sentence says: it spells the acronym out, or introduces the name. */
    public static boolean answersWhatItIs(String question, String sentence) {
        return answers(question, sentence) || nameOrTermAsked(question).map(name -> introduces(sentence, name)).orElse(false);
    }

    /** Whether the question asks to spell out an acronym and the sentence does. */
    public static boolean answers(String question, String sentence) {
        return acronymAsked(question).map(acronym -> defines(sentence, acronym)).orElse(false);
    }

    /**
     * "... Group Relative Policy Optimization (GRPO) ...": the sentence spells the acronym out, the
     * initials of the words before the parenthesis being its capitals ("Chain-of-Thought (CoT)",
     * "verifiable rewards (RLVR)" after "Reinforcement learning with"); "baselines (GRPO, PPO)" does not.
     */
    public static boolean defines(String sentence, String acronym) {
        String capitals = acronym.replaceAll("[^A-Z]", "");
        if (capitals.length() < 2) return false;
        // Its plural defined ("physics-informed neural networks (PINNs)") spells it out too, and the other way round.
        String singular = acronym.matches(".*\\p{Lu}s") ? acronym.substring(0, acronym.length() - 1) : acronym;
        Matcher m = Pattern.compile("\\(\\s*" + Pattern.quote(singular) + "s?\\s*[),;]").matcher(sentence);
        while (m.find()) {
            if (initialsEnd(sentence.substring(Math.max(0, m.start() - 200), m.start()), capitals)) return true;
        }
        return false;
    }

    /** Whether the last words of {@code before}, small words skipped, begin with these letters in order. */
    private static boolean initialsEnd(String before, String capitals) {
        List<String> words = new ArrayList<>();
        for (String word : before.split("[\\s\\-/]+")) {
            if (!word.isBlank() && !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) words.add(word);
        }
        if (spelledBy(words, capitals)) return true;
        // "vision-language-action models (VLAs)": the kind of thing may follow the words the initials spell.
        return !words.isEmpty() && KIND.matcher(words.getLast()).matches() && spelledBy(words.subList(0, words.size() - 1), capitals);
    }

    private static final Pattern KIND = Pattern.compile("(?i)(?:model|network|method|system|agent)s?");

    /** Whether the last words begin with these letters in order. */
    private static boolean spelledBy(List<String> words, String capitals) {
        if (words.size() < capitals.length()) return false;
        List<String> last = words.subList(words.size() - capitals.length(), words.size());
        for (int i = 0; i < capitals.length(); i++) {
            if (Character.toUpperCase(last.get(i).charAt(0)) != capitals.charAt(i)) return false;
        }
        return true;
    }
}
