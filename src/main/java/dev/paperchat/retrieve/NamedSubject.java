package dev.paperchat.retrieve;

import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.corpus.Words;
import dev.paperchat.index.Fields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * A question about one named thing ("What does Tree of Thoughts do?", "How does ReAct work?")
 * is answered only by a paper that mentions it. A paper on its topic that never names it
 * ("Base Models Know How to Reason" for Tree of Thoughts) is not about it, however close.
 */
final class NamedSubject {
    /** Small words a name holds between its capitalised ones: "Tree of Thoughts", "Learning to Reason". */
    private static final String SMALL = "(?:of|the|for|and|to|in|on|with|a|an)";
    /** A capitalised word, hyphenated or not ("Chain-of-Verification", "ReAct", "STaR", "GPT-4"). */
    private static final String WORD = "(?-i:\\p{Lu}[\\p{L}\\d]*+(?:-[\\p{L}\\d]++)*+)";
    private static final String NAME = "(" + WORD + "(?:\\s+(?:" + SMALL + "\\s+)?" + WORD + "){0,4})";
    /** "Which paper introduced", "who first proposed". */
    private static final String INTRODUCED = "^\\W*+(?:(?:which|what)\\s+(?:paper|work|study|article)|who)\\s+(?:first\\s+)?"
            + "(?:introduced|introduces|proposed|proposes|presented|presents|invented|created)";
    private static final String KIND = "(?:\\s+(?:method|model|approach|framework|algorithm|technique|benchmark|dataset|paper))?";
    private static final Pattern ASKS = Pattern.compile(
            "^\\W*+(?:what|how)\\s+(?:does|do|did|is|are)\\s+(?:the\\s+)?" + NAME
                    + "(?:\\s+(?:method|model|approach|framework|algorithm|paper))?\\s+(?:do|does|work|works|propose|proposes|mean|about)\\W*+$"
                    + "|^\\W*+(?:what\\s+(?:is|are)|whats|what's|explain|describe|tell\\s+me\\s+about)\\s+(?:the\\s+)?" + NAME + "\\W*+$"
                    // "Which paper introduced the Tree of Thoughts framework?", "Who proposed ReAct?"
                    + "|" + INTRODUCED + "\\s+(?:the\\s+)?" + NAME + KIND + "\\W*+$"
                    // "What accuracy does Toolformer reach on math word problems?"
                    + "|^\\W*+(?:what|which)\\s+[\\w-]++(?:\\s+[\\w-]++)?\\s+(?:does|did)\\s+(?:the\\s+)?" + NAME + KIND
                    + "\\s+(?:reach|achieve|get|score|obtain|report|attain)\\b[^?]*+\\?*+$",
            Pattern.CASE_INSENSITIVE);
    /** "Which paper introduced X?": a paper that only mentions X does not answer it; only the one X names does. */
    private static final Pattern INTRODUCER = Pattern.compile(INTRODUCED + "\\b", Pattern.CASE_INSENSITIVE);

    /** A single word with a capital after its first letter, or all capitals: "ReAct" is a name, "react" a verb. */
    private static final Pattern CASED = Pattern.compile("\\p{L}[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*");

    /** A title's words: two capitalised or more, small words between ("Let's Verify Step by Step", "Chain-of-Thought Hub"). */
    private static final String TITLE_WORDS = "(?-i:\\p{Lu}[\\p{L}\\d'\u2019]*+(?:-[\\p{L}\\d]++)*+)(?:\\s++(?:(?:" + SMALL + "|by|is|at|as|from)\\s++)*+"
            + "(?-i:\\p{Lu}[\\p{L}\\d'\u2019]*+(?:-[\\p{L}\\d]++)*+)){1,8}+";

    /**
     * "the STaR paper", "DeepSeek-R1's paper", "the Let's Verify Step by Step paper": one paper
     * called by a name, of one word with a capital or a digit after its first letter ("This paper"
     * calls none) or of a title's capitalised words, "the" before it or "'s" after it ("an RL
     * paper" is a kind of paper).
     */
    private static final Pattern CALLED_PAPER = Pattern.compile("(?:\\b[Tt]he\\s++(" + TITLE_WORDS + "|(?=\\p{L}[\\w-]*?[\\p{Lu}\\d])" + WORD + ")"
            + "|(?<![\\w-])(?=\\p{L}[\\w-]*?[\\p{Lu}\\d])(" + WORD + ")['\u2019]s)\\s++(?:paper|article)\\b");

    /**
     * A statement that opens with a name of two capitalised words or more ("Constitutional AI
     * reduces harmful outputs", "Tree of Thoughts beats CoT"), its subject; a first word alone is
     * capitalised as every sentence's is.
     */
    private static final Pattern STATED_OF = Pattern.compile("^\\W*+(" + WORD + "(?:\\s+(?:" + SMALL + "\\s+)?" + WORD + "){1,4})\\s+(?-i:\\p{Ll})");

    /** The name the question calls a paper by ("What accuracy does the STaR paper get?"), if it does. */
    static Optional<String> paperCalled(String question) {
        if (question.length() > 1_000) return Optional.empty();
        Matcher m = CALLED_PAPER.matcher(question);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    private NamedSubject() {}

    /** The name the question asks about, if it asks about one name and no more. */
    static Optional<String> asked(String question) {
        if (question.length() > 200) return Optional.empty();
        Matcher m = ASKS.matcher(question.strip());
        if (!m.matches()) return Optional.empty();
        for (int group = 1; group <= m.groupCount(); group++) if (m.group(group) != null) return Optional.of(m.group(group));
        return Optional.empty();
    }

    /**
     * "what is self-refine?", "explain chain-of-verification": a name typed in lower case, as chat is, that
     * the question asks what it is and no more; "the" before it asks of a topic ("what is the role of entropy?").
     */
    private static final Pattern ASKS_TERM = Pattern.compile("^\\W*+(?:what\\s++(?:is|are)|whats|what's|explain|define|describe|tell\\s++me\\s++about)\\s++"
            + "(?!(?:the|a|an|this|that|it|there)\\b)((?-i:\\p{Ll}[\\p{Ll}\\d]*+(?:-[\\p{Ll}\\d]++)*+)(?:\\s++(?-i:\\p{Ll}[\\p{Ll}\\d]*+(?:-[\\p{Ll}\\d]++)*+)){0,3}+)\\W*+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Lower-case words shaped as a method's name: one hyphenated word ("self-refine", "chain-of-verification"), a fixed
     * expression that papers write as it is; not a topic's words, which papers write in other orders ("collapse of
     * entropy" as "entropy collapse", "model collapse", "overthinking in reasoning models").
     */
    private static final Pattern NAME_SHAPED = Pattern.compile("[^\\s-]++(?:-[^\\s-]++){1,3}+");

    /** The name a question in lower case asks what it is ("self-refine"), if it asks that and no more. */
    static Optional<String> termAsked(String question) {
        if (question.length() > 200) return Optional.empty();
        Matcher m = ASKS_TERM.matcher(question.strip());
        return m.matches() && NAME_SHAPED.matcher(m.group(1)).matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A question's first word, which is no part of a name after it: "What IoU does the U-Net reach?". */
    private static final Pattern QUESTION_WORD = Pattern.compile("(?i)\\W*+(?:what|which|how|why|when|where|who|whose|does|do|did|is|are|can"
            + "|could|should|would|will|has|have)\\s");

    /** The name a claim is about, when it opens with one, as a claim about a paper's method does. */
    static Optional<String> claimSubject(String claim) {
        if (claim.length() > 1_000 || asked(claim).isPresent() || QUESTION_WORD.matcher(claim).lookingAt()) return Optional.empty();
        Matcher m = STATED_OF.matcher(claim);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A capitalised word inside a sentence, not after its opening, a colon or a quote: "Stockfish" of "A 2B model beat Stockfish". */
    private static final Pattern INSIDE = Pattern.compile("(?<=[\\p{L}\\d,)]\\s{1,3})(?-i:\\p{Lu}[\\p{L}\\d]{2,}+(?:-[\\p{L}\\d]++)*+)(?![\\p{L}\\d'\u2019-])"
            // An author cited ("Wei et al. showed", "work by Lightman") is no abstract's word, and no subject of the claim.
            + "(?!\\s++(?:et\\s++al|and\\s++colleagues))(?<!\\bby\\s{1,3}+\\p{Lu}[\\p{L}\\d]{2,40}+)");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /**
     * The names a text writes inside its sentences ("Stockfish", "GPT-4o"), but for months and days,
     * and names of letters beyond ASCII, which abstracts may spell otherwise ("Erd\\~os" for Erdős).
     */
    static List<String> namesInside(String text) {
        if (text.length() > 10_000) return List.of();
        List<String> names = new ArrayList<>();
        Matcher m = INSIDE.matcher(text);
        while (m.find()) {
            String name = m.group();
            if (!CALENDAR.contains(name.toLowerCase(Locale.ROOT)) && name.chars().allMatch(c -> c < 128)) names.add(name);
        }
        return names;
    }

    /** A claim's first word, capitalised as every sentence's is, before a word in lower case: "Datarus" of "Datarus improves ...". */
    private static final Pattern OPENING = Pattern.compile("^\\W*+(\\p{Lu}[\\p{L}\\d]{2,}+(?:-[\\p{L}\\d]++)*+)\\s++\\p{Ll}");

    /**
     * The claim's first word when the texts show it is a name: one of them writes it capitalised
     * inside a sentence ("benchmarks Datarus surpasses") and none in lower case, as "Reasoning" is.
     */
    static Optional<String> openingName(String claim, List<String> texts) {
        Matcher m = OPENING.matcher(claim);
        if (claim.length() > 10_000 || !m.find()) return Optional.empty();
        String name = m.group(1);
        Pattern lower = Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\d])");
        boolean inside = texts.stream().anyMatch(text -> text.contains(name) && namesInside(text).contains(name));
        return inside && texts.stream().noneMatch(text -> lower.matcher(text).find()) ? Optional.of(name) : Optional.empty();
    }

    /** What introduces an example: "formal languages like Lean", "such as Coq or Lean", "e.g. Isabelle". */
    private static final String EXAMPLE = "(?i:\\b(?:like|such\\s++as|e\\.g\\.,?|for\\s++(?:example|instance),?|including))\\s++"
            + "(?:[\\p{L}\\d.+-]++,?\\s++(?:(?i:or|and)\\s++)?){0,3}";

    /** Whether the text gives the name as an example of what it asks about, not as its subject: "formal languages like Lean". */
    static boolean asExample(String text, String name) {
        return Pattern.compile(EXAMPLE + Pattern.quote(name) + "(?![\\w-])").matcher(text).find();
    }

    private static final Pattern QUESTION = Pattern.compile("(?i)^\\W*+(?:what|which|who|whom|whose|when|where|why|how|is|are|does|do|did|can|could"
            + "|should|would|will|has|have|list|find|show|give|tell|compare|explain|describe|summari[sz]e)\\b|\\?\\s*+$");

    /** Whether the text states something rather than asks: a claim, not a question. */
    static boolean states(String text) {
        return !QUESTION.matcher(text.strip()).find();
    }

    /** Whether the question asks which paper introduced its subject, which a paper that only mentions it does not answer. */
    static boolean asksForIntroducer(String question) {
        return INTRODUCER.matcher(question.strip()).find();
    }

    /**
     * Whether the question calls a paper by the name: "the DPO paper", "DPO's paper", "Which
     * paper introduced DPO?". Elsewhere a name many papers use is the method, not its paper:
     * "Which papers extend DPO?".
     */
    static boolean callsPaper(String question, String name) {
        boolean asPaper = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?:['\u2019]s)?\\s+(?:paper|article)\\b",
                Pattern.CASE_INSENSITIVE).matcher(question).find();
        return asPaper || asksForIntroducer(question) && asked(question).filter(name::equalsIgnoreCase).isPresent();
    }

    /** After "we propose", "we introduce"...: what a paper proposes is named after the verb, in its sentence. */
    private static final String PROPOSAL = "\\b(?:propose|introduce|present|develop|design|call|name|term)\\w*\\s+(?:\\S+\\s+){0,30}?";
    /** How many words before an acronym's long form may say it is another's. */
    private static final int LONG_FORM_LEAD = 3;
    /**
     * "a generalization of STaR", "building on ReAct", "outperforms ReAct": the name after these is
     * of what the paper builds on or compares with, not of what it proposes.
     */
    private static final Set<String> BUILT_ON = Set.of("of", "on", "upon", "from", "to", "extends", "extending", "than", "over",
            "outperforms", "outperforming", "beats", "surpasses", "with", "using", "via", "like", "as", "vs", "vs.", "versus", "against",
            "including", "such");

    /**
     * Whether a sentence of the paper that says what it proposes names the subject right after its
     * verb, as what it proposes: "We propose Markovian Thinking, a paradigm..." introduces Markovian
     * Thinking; "We present Quiet-STaR, a generalization of STaR" does not introduce STaR.
     */
    static boolean introducedBy(String subject, Paper paper) {
        Pattern named = Pattern.compile(PROPOSAL + "\\(?(?<![\\w-])" + Pattern.quote(subject) + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
        for (Span span : Sentences.split(paper.abstractText())) {
            String sentence = span.of(paper.abstractText());
            if (!MethodNames.proposes(sentence)) continue;
            Matcher m = named.matcher(sentence);
            while (m.find()) {
                String proposal = sentence.substring(m.start(), m.end() - subject.length());
                if (!builtOn(proposal) && !builtOnAfterAnotherName(proposal)) return true;
            }
        }
        return false;
    }

    /**
     * Whether the words of a proposal before a name say it is another's: "outperforms ReAct" (the
     * word right before it), and for an acronym after its long form any such word before that long
     * form: "a first evaluation of two state-of-the-art Large Reasoning Models (LRMs)", "an
     * adaptation of Group Relative Policy Optimization (GRPO)"; not "a new framework, Tree of
     * Thoughts (ToT)", whose "of" is its own.
     */
    private static boolean builtOn(String proposal) {
        String head = proposal.strip();
        boolean acronym = head.endsWith("(");
        String[] words = (acronym ? head.substring(0, head.length() - 1) : head).strip().split("\\s+");
        if (!acronym) return BUILT_ON.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        // Back over the long form's capitalised words and the small ones between them ("Tree of Thoughts").
        int first = words.length;
        for (int i = words.length - 1; i > 0 && (capitalised(words[i]) || words[i].matches(SMALL)); i--) if (capitalised(words[i])) first = i;
        // The words right before it: "an adaptation of", "evaluation of two state-of-the-art"; not "a graph view of CoT to
        // extract structure and identify a single statistic, the Failed-Step Fraction (FSF)".
        for (int i = Math.max(1, first - LONG_FORM_LEAD); i < first; i++) {
            if (BUILT_ON.contains(words[i].replaceAll("\\W", "").toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * "we introduce Ada-GRPO, an adaptation of ..., which addresses collapse in traditional GRPO":
     * the sentence proposes the name it gives first; one after "of" or "than" past it is another's,
     * unless an "and" lists it as proposed too.
     */
    private static boolean builtOnAfterAnotherName(String proposal) {
        boolean named = false, builtOn = false;
        for (String token : proposal.split("\\s+")) {
            String word = token.replaceAll("[^\\p{L}\\d]", "").toLowerCase(Locale.ROOT);
            // "the Thread Inference Model (TIM), a family of LLMs ..., and TIMRUN": "and" adds another name proposed.
            if (word.equals("and")) builtOn = false;
            else if (named && BUILT_ON.contains(word)) builtOn = true;
            named |= CASED.matcher(token.replaceAll("[^\\p{L}\\d]", "")).matches();
        }
        return builtOn;
    }

    /** "Roads", also marked up as "**Roads" or "*Failed-Step". */
    private static boolean capitalised(String word) {
        String letters = word.replaceFirst("^[*_\"'\u201c(\\[]+", "");
        return !letters.isEmpty() && Character.isUpperCase(letters.charAt(0));
    }

    /** A name of one word with a capital after its first letter, or all capitals: "STaR" and "ReAct" are names, "react" a verb. */
    static boolean cased(String subject) {
        return CASED.matcher(subject).matches();
    }

    private static final Pattern EDITION_YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A capitalised name joined to its number: "AIME24", "AIME'24", "AMC2023", "MATH500", "MATH-500", "Math500". */
    private static final Pattern JOINED_NUMBER = Pattern.compile("(\\p{Lu}\\p{L}++)[-'\u2019]?(\\d{1,4}+)");
    /** Two digits after a name are a year's: "AIME24" is AIME 2024. */
    private static final Pattern SHORT_YEAR = Pattern.compile("[1-3]\\d");

    /**
     * A capitalised name joined to its number, written apart: "AIME24" and "AIME'24" as "AIME 2024"
     * (two digits are a year's), "MATH500" and "MATH-500" as "MATH 500", so that every way papers
     * write it is found; any other name as it is.
     */
    static String apart(String name) {
        Matcher joined = JOINED_NUMBER.matcher(name.strip());
        if (!joined.matches()) return name.strip();
        String number = joined.group(2);
        return joined.group(1) + " " + (SHORT_YEAR.matcher(number).matches() ? "20" + number : number);
    }

    /**
     * The name as a text writes it: its words in a row, joined by spaces, hyphens or nothing
     * ("Quiet STaR", "QuietSTaR"), not inside a longer word but for a version after it ("Qwen2.5"
     * for Qwen), and with its capitals when a word's tell it apart ("STaR", not StAR).
     */

    static Pattern writing(String name) {
        String[] parts = apart(name).split("[\\s-]+");
        List<String> quoted = new ArrayList<>(Arrays.stream(parts).map(Pattern::quote).toList());
        // "AIME 2024" is also written "AIME24" and "AIME'24": a benchmark's year by its last two digits.
        if (parts.length > 1 && EDITION_YEAR.matcher(parts[parts.length - 1]).matches()) {
            String year = parts[parts.length - 1];
            quoted.set(parts.length - 1, "(?:" + year + "|['\u2019]?" + year.substring(2) + ")");
        }
        String words = String.join("[\\s-]*+", quoted);
        // "MATH 500" is "Math500" too: capitals before a number tell no other name apart, as "StAR" and "STaR" are told.
        boolean numbered = parts.length > 1 && parts[parts.length - 1].matches("\\d++")
                && Arrays.stream(parts, 0, parts.length - 1).allMatch(part -> part.matches("\\p{Lu}{2,}+"));
        boolean exact = !numbered && Arrays.stream(parts).anyMatch(part -> CASED.matcher(part).matches());
        String last = parts[parts.length - 1];
        String after = Character.isDigit(last.charAt(last.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "(?!\\p{L})";
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + after, exact ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether the paper's title or abstract names the subject: its words in a row, or, for one cased word, as written. */
    static boolean mentionedBy(String subject, Paper paper, Analyzer analyzer) {
        String text = paper.title() + "\n" + paper.abstractText();
        if (CASED.matcher(subject).matches()) {
            return Words.holds(text, subject, true);
        }
        List<String> words = QueryTerms.all(analyzer, Fields.ABSTRACT, subject.replace('-', ' '));
        return words.isEmpty() || Collections.indexOfSubList(QueryTerms.all(analyzer, Fields.ABSTRACT, text.replace('-', ' ')), words) >= 0;
    }
}
