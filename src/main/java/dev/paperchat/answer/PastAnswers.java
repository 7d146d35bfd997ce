package dev.paperchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What the conversation's earlier answers say, read from their text as the reader saw it: the one
 * paper an answer was about, the items of a list, the papers a comparison set side by side.
 */
final class PastAnswers {
    /** A line of a comparison answer: a paper's name and its quoted title, then what it says. */
    private static final Pattern COMPARED_LINE = Pattern.compile("- [^\\n]{1,200}? \\(\"[^\"\\n]{1,1000}\"\\): ");
    /** The most papers one answer compares. */
    static final int MAX_COMPARED = 4;
    /** A label's last brackets longer than this hold no short name ("(a method for training reasoners without labels)"). */
    private static final int MAX_SHORT_NAME = 40;

    /** A citation marker: "[2]". */
    private static final Pattern CITED = Pattern.compile("\\[\\d{1,3}]");
    /** Where the sections an answer's text may carry after it begin: MCP's text gives its citations and notes there. */
    private static final Pattern AFTER_BODY = Pattern.compile("(?m)^(?:Citations|Notes):$");
    /** The marker that ends a list line: "[8]", "[8]." as an LLM writes it. */
    private static final Pattern LINE_MARKER = Pattern.compile("\\[(\\d{1,3})]\\.?\\s*$");
    /**
     * A list line's name: its bold words, or the text before its colon or dash, without "(also ...)", "(from ...)", a date or bold; or,
     * where none comes, all it says before its markers ("- Title [2]" of "Possibly related", an
     * LLM's "- Clip-Cov keeps the entropy up [1]."), or a name of up to four words alone ("1. ETTRL"). Bullets and
     * numbers start a line, as LLMs write lists.
     */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*]|\\d{1,2}[.)])\\s+(?:"
            // "1. **Clip-Cov** clips tokens": a bold name is the name, whatever follows it.
            + "\\*\\*(?<bold>[^*\\n]{1,200})\\*\\*(?![*:])(?=\\s)"
            // '1. "Social Chemistry 101: Learning to Reason..."': a title in quotes is the name, colon and all.
            + "|(?<quoted>[\"\u201c][^\"\u201c\u201d\\n]{1,1000}[\"\u201d])(?=:\\s| [-\u2013\u2014] |\\s?\\[\\d[\\d\\[\\]]*+(?<=])\\.?\\s*$"
            + "|(?: \\(\\d{4}\\))?[,.;]?\\s*$)"
            + "|(?:\\*\\*)?(?<name>.+?)(?:\\*\\*)?(?: \\(\"[^\"\\n]{1,1000}\"\\))?(?: \\(also [^)]*\\))?(?: \\(from [^)\\n]{1,200}\\))?(?: \\(\\d{4}(?:-\\d{2}){0,2}\\))?(?:\\*\\*)?"
            // "- System-1.5 Reasoning, 92.31%: ...": the figure a list of figures labels its paper with is no part of its name.
            + "(?:, [-+~\u2248]?\\d[^:\\n]{0,80}?)?"
            + "(?::\\s| [-\u2013\u2014] |\\s?\\[\\d[\\d\\[\\]]*+(?<=])\\.?\\s*$)"
            // "1. ETTRL", "- Lp-Reg": an agent's list of names alone, up to four words, no comma within, not a reply ("Yes, RL helps").
            + "|(?!(?i:yes|no|but|and|so|also|however|then|thus|it|this|that|they)\\b)(?<bare>[^\\s*:\\[,][^\\s:\\[,]*+(?:\\s[^\\s:\\[,]++){0,3}?)[.;,]?\\s*$)");
    /** The title an answer about one paper quotes first: 'Quiet-STaR ("Quiet-STaR: Language Models..."): ...'. */
    // "... mentions \"GSM8K\": ..." answers whether it does: the paper stays the one asked about.
    // A record answer names it after its opening words, as one that says what its abstract lacks does ("The abstract of
    // Thought Cloning (...) names no benchmarks"), and a BibTeX entry's line ends with its marker.
    private static final Pattern ONE_PAPER = Pattern.compile("^(?:The collection's record of |The BibTeX entry of |The abstract of )?(?:([^\n]{1,200}?) \\()?"
            + "\"([^\"\n]{1,1000})\"\\)?(?: \\[\\d{1,3}])?(?::| does| is| has| names| mentions)");

    /**
     * The papers of the last answer when it lists two to four, each line citing its paper ("- SpecReason: ... [1]"): a
     * choice among them ("which is newer?"); not the points of an answer in prose ("- No critic: ...").
     */
    static List<String> listedPapers(List<Turn> history) {
        List<String> lines = lastAnswer(history).map(answer -> answer.lines().filter(line -> LIST_ITEM.matcher(line).lookingAt()).toList()).orElse(List.of());
        return lines.stream().allMatch(line -> CITED.matcher(line).find()) ? comparedItems(history) : List.of();
    }

    /** The papers of the last answer when it is about two to four, else none. */
    static List<String> comparedItems(List<Turn> history) {
        List<String> items = lastAnswer(history).map(answer -> items(answer.lines().toList())).orElse(List.of());
        return items.size() < 2 || items.size() > MAX_COMPARED ? List.of() : items;
    }

    /**
     * Whether the last answer compared two to four papers, a line each and nothing else ("- Quiet-STaR
     * ("..."): ...", "- Chain of Continuous Thought (Coconut) ("..."): ..."), as a comparison is answered.
     */
    static boolean lastAnswerCompared(List<Turn> history) {
        List<String> lines = lastAnswer(history).map(answer -> answer.lines().filter(line -> !line.isBlank()).toList()).orElse(List.of());
        return lines.size() >= 2 && lines.size() <= MAX_COMPARED && lines.stream().allMatch(line -> COMPARED_LINE.matcher(line).lookingAt());
    }

    static Optional<String> lastAnswer(List<Turn> history) {
        return history.reversed().stream().filter(t -> t.role().equals("assistant")).map(PastAnswers::body).findFirst();
    }

    /**
     * What an earlier answer said, without the citations and notes an agent's client may pass back with it:
     * "- The papers read: Coconut; SoftCoT++" of a note is no paper of its list.
     */
    static String body(Turn answer) {
        Matcher after = AFTER_BODY.matcher(answer.content());
        return after.find() ? answer.content().substring(0, after.start()) : answer.content();
    }

    /** The title of the one paper the last answer was about, if it was about one: none after a list. */
    static Optional<String> lastPaperTitle(List<Turn> history) {
        return lastPaper(history).map(paper -> paper[1]);
    }

    /**
     * The last answer's paper by its label, the short name its label ends with ("Coconut" of "Chain
     * of Continuous Thought (Coconut)"), the words before it, and its title, also up to its colon.
     */
    static List<String> namesOfLastPaper(List<Turn> history) {
        List<String> names = new ArrayList<>();
        for (String name : lastPaper(history).orElse(new String[0])) {
            if (name == null) continue;
            names.add(name);
            // A title's name before its colon: "CALM Before the STORM" of "CALM Before the STORM: Unlocking Native Reasoning...";
            // not one word, which may be a common one ("Position: AI Agents Need...").
            int colon = name.indexOf(": ");
            if (colon > 0 && name.substring(0, colon).contains(" ")) names.add(name.substring(0, colon));
            String shortName = shortName(name).orElse("");
            if (shortName.length() >= 2 && shortName.length() <= MAX_SHORT_NAME && !shortName.contains("(")) {
                names.addAll(List.of(shortName, name.substring(0, name.lastIndexOf(" (")).strip()));
            }
        }
        return names;
    }

    /** The short name a label ends with: "Lp-Reg" of "Low-probability Regularization (Lp-Reg)". */
    private static Optional<String> shortName(String label) {
        int open = label.lastIndexOf(" (");
        return open > 0 && label.endsWith(")") ? Optional.of(label.substring(open + 2, label.length() - 1)) : Optional.empty();
    }

    /** The short name of the one paper the last answer was about ("Lp-Reg" of "Low-probability Regularization (Lp-Reg)"), else its label or title. */
    static Optional<String> lastPaperName(List<Turn> history) {
        return lastPaper(history).map(paper -> paper[0] == null ? "\"" + paper[1] + "\""
                : shortName(paper[0]).filter(name -> name.length() <= MAX_SHORT_NAME).orElse(paper[0]));
    }

    /**
     * The papers of the last answers that were each about one paper, oldest first, up to {@link
     * #MAX_COMPARED}: "Hawkeye" and "R2R" after "What is Hawkeye?" and "what about R2R?".
     */
    static List<String> lastSinglePapers(List<Turn> history) {
        List<String> papers = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && papers.size() < MAX_COMPARED; i--) {
            if (!history.get(i).role().equals("assistant")) continue;
            Optional<String> name = lastPaperName(history.subList(0, i + 1));
            if (name.isEmpty()) break;
            if (!papers.contains(name.get())) papers.add(0, name.get());
        }
        return papers;
    }

    /** The name (null when it gave none) and title of the one paper the last answer was about. */
    private static Optional<String[]> lastPaper(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).role().equals("assistant")) continue;
            Matcher paper = ONE_PAPER.matcher(body(history.get(i)));
            return paper.lookingAt() ? Optional.of(new String[] {paper.group(1), paper.group(2)}) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The marker that ends each line of the last answer's list ("... [8]"), or the line's place in the list where none does. */
    static List<Integer> lastListMarkers(List<Turn> history) {
        List<Integer> markers = new ArrayList<>();
        for (String line : lastListLines(history, true)) {
            Matcher marker = LINE_MARKER.matcher(line);
            markers.add(marker.find() ? Integer.parseInt(marker.group(1)) : markers.size() + 1);
        }
        return markers;
    }

    /** The names that begin the lines of the last answer's list ("- Lp-Reg (also X): sentence [2]"), in order. */
    static List<String> lastListItems(List<Turn> history) {
        return items(lastListLines(history, false));
    }

    /** The names that begin the lines of an answer's list, in order: none when it lists no papers. */
    static List<String> listItems(Turn answer) {
        return items(body(answer).lines().filter(line -> LIST_ITEM.matcher(line).lookingAt()).toList());
    }

    /** The items of the list the last answers walk by its order ("the third one"), past picks from it. */
    static List<String> walkedListItems(List<Turn> history) {
        return items(lastListLines(history, true));
    }

    /** The name each list line gives its item: its bold name, its title in quotes, or the words before its colon or dash. */
    private static List<String> items(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            Matcher item = LIST_ITEM.matcher(line);
            if (!item.lookingAt()) continue;
            String name = Stream.of("bold", "quoted", "name").map(item::group).filter(Objects::nonNull).findFirst()
                    .orElseGet(() -> item.group("bare").replaceFirst("[.;,]$", ""));
            items.add(name.strip());
        }
        return items;
    }

    /**
     * The list lines of the latest answer that was a list: after "tell me more about the first
     * one", "and the third one?" still walks the same list, and after a refusal so does "the second one".
     *
     * @param pastPicks whether an answer about items picked from a list ("compare the first two") is passed over: "the third
     *                  one" after it is the list's, while "which of them use Qwen?" chooses among the two
     */
    private static List<String> lastListLines(List<Turn> history, boolean pastPicks) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).role().equals("assistant")) continue;
            if (pastPicks && i > 0 && history.get(i - 1).role().equals("user") && FollowUpRewriter.pointsIntoList(history.get(i - 1).content())) continue;
            List<String> lines = body(history.get(i)).lines().filter(line -> LIST_ITEM.matcher(line).lookingAt()).toList();
            if (!lines.isEmpty()) return lines;
        }
        return List.of();
    }

    private static final Pattern CHOOSING = Pattern.compile("(?i)\\b(?:which|what|how\\s++many|any|none|all|each)\\s*+$");
    /** "the third one from the first list", "in your original answer": which earlier list a question points into. */
    private static final Pattern LIST_POINTED = Pattern.compile("\\s*+,?\\s*+\\b(?:from|in|of|on)\\s++(?:the|your|that)\\s++"
            + "(first|original|initial|earlier|previous|second|third)\\s++(?:list|answer|reply)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "tell me more about the third one from the first list": the question as it would have been
     * asked right after that list, without the words that point to it, and the conversation up to
     * the list; else the question as it is. "The earlier list" is the one before the last.
     */
    static Question atPointedList(Question question) {
        Matcher pointed = LIST_POINTED.matcher(question.text());
        if (!pointed.find()) return question;
        List<Integer> lists = new ArrayList<>();
        List<Turn> history = question.history();
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).role().equals("assistant") && body(history.get(i)).lines().anyMatch(line -> LIST_ITEM.matcher(line).lookingAt())) lists.add(i);
        }
        int which = switch (pointed.group(1).toLowerCase(Locale.ROOT)) {
            case "second" -> 1;
            case "third" -> 2;
            case "earlier", "previous" -> lists.size() - 2;
            default -> 0;
        };
        if (which < 0 || which >= lists.size()) return question;
        String before = question.text().substring(0, pointed.start());
        // "which of the first list use Qwen?" narrows that list as "which of those use Qwen?" narrows the last.
        String instead = CHOOSING.matcher(before).find() ? " of those" : "";
        String asked = (before + instead + question.text().substring(pointed.end())).strip().replaceFirst("^[,;:]\\s*+", "");
        return new Question(asked, history.subList(0, lists.get(which) + 1), question.k(), question.mode(), question.filters());
    }

    /** "39 or more papers in the collection mention "Qwen" in the title or abstract; the first 8:", as a count's answer opens. */
    private static final Pattern COUNTED = Pattern.compile(
            "^(\\d+)( or more)? papers in the collection mention \"([^\"\\n]+)\" in the title or abstract; the first (\\d+):");

    /** 'Papers in the collection that mention "Qwen":', as a list of a name's mentions opens, k of them shown. */
    private static final Pattern MENTIONS_LISTED = Pattern.compile("^Papers in the collection that mention \"([^\"\n]+)\":");

    /**
     * What the last answer counted or listed papers mentioning ("Qwen"), when it may have shown only the first of them:
     * "those" are every paper that mentions it.
     */
    static Optional<String> countedBeyondListed(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).role().equals("assistant")) continue;
            String answer = body(history.get(i)).strip();
            Matcher counted = COUNTED.matcher(answer);
            boolean more = counted.find() && (counted.group(2) != null || Integer.parseInt(counted.group(1)) > Integer.parseInt(counted.group(4)));
            if (more) return Optional.of(counted.group(3));
            Matcher listed = MENTIONS_LISTED.matcher(answer);
            return listed.find() ? Optional.of(listed.group(1)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A question read at an earlier list than the last, and why. */
    record Repointed(Question question, String notice) {}

    /**
     * "compare the first two" after "which of those use a verifier?" narrowed the list to one paper:
     * the items pointed to by order are the longer list's before it, which has them, as the reader
     * means; the question is read right after that list.
     */
    static Optional<Repointed> atLongerList(Question question) {
        List<Turn> history = question.history();
        if (!FollowUpRewriter.pointsPastList(question.text(), history)) return Optional.empty();
        int shorter = walkedListItems(history).size();
        List<Integer> lists = IntStream.range(0, history.size()).filter(i -> walkedList(history, i)).boxed().toList();
        // The last list is the one too short; of those before it, the latest that has the items.
        for (int at = lists.size() - 2; at >= 0; at--) {
            List<Turn> upTo = history.subList(0, lists.get(at) + 1);
            if (FollowUpRewriter.pointsPastList(question.text(), upTo)) continue;
            String listed = shorter == 1 ? "1 paper" : shorter + " papers";
            return Optional.of(new Repointed(new Question(question.text(), upTo, question.k(), question.mode(), question.filters()),
                    "The last list had " + listed + ", so the items pointed to are those of the list before it, of " + walkedListItems(upTo).size() + "."));
        }
        return Optional.empty();
    }

    /** Whether turn i is an answer that lists papers, and no pick of items from a list ("compare the first two"). */
    private static boolean walkedList(List<Turn> history, int i) {
        boolean pick = i > 0 && history.get(i - 1).role().equals("user") && FollowUpRewriter.pointsIntoList(history.get(i - 1).content());
        return history.get(i).role().equals("assistant") && !pick && body(history.get(i)).lines().anyMatch(line -> LIST_ITEM.matcher(line).lookingAt());
    }

    private PastAnswers() {}
}
