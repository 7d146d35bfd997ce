package dev.paperchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "any others?", "what else?", "show me more" after a list of papers: the papers that fit the
 * list's question next, past every paper listed for it so far. Searched on its own, "any others?"
 * had found a paper on information "from other tokens".
 *
 * @param topic the question the first of those lists answered, as it was asked
 * @param before the conversation before that question, which makes a follow-up of it standalone
 * @param shown the papers listed for it so far, by their lines' names
 */
record MorePapers(String topic, List<Turn> before, List<String> shown) {
    private static final Pattern ASKS_MORE = Pattern.compile("^\\W*+(?:(?:and|so|ok(?:ay)?|great|thanks),?\\s++)?(?:"
            + "(?:are\\s++there\\s++)?any\\s++(?:others?|more)(?:\\s++(?:papers|ones|works|studies|results|methods|approaches))?"
            + "|(?:are\\s++there\\s++|any\\s++)?(?:other|more)\\s++(?:papers|ones|works|studies|results|methods|approaches)"
            + "|others|what\\s++else|anything\\s++else|what\\s++other\\s++(?:papers|ones|works|studies|methods|approaches)(?:\\s++are\\s++there)?"
            + "|(?:(?:can|could)\\s++you\\s++)?(?:show|give|list|find)\\s++(?:me\\s++)?(?:some\\s++)?more(?:\\s++(?:papers|ones|results))?"
            + "|more(?:\\s++(?:papers|ones|results))?|next(?:\\s++(?:page|ones|papers))?|the\\s++rest|keep\\s++going)"
            + "(?:\\s++(?:on|about|for)\\s++(?:(?:this|that)(?:\\s++(?:topic|subject))?|it|the\\s++(?:topic|same|subject)))?"
            + "(?:\\s++(?:like\\s++(?:these|those|that)|please))?\\W*+$",
            Pattern.CASE_INSENSITIVE);

    static final String CONTINUED = "More papers on ";

    /** Whether the answer lists the papers on a topic, or those after them: what "any others?" goes on with. */
    private static boolean ofTopic(Turn answer, boolean continued) {
        String text = PastAnswers.body(answer).strip();
        return text.startsWith(ExtractiveAnswerer.LIST_HEADING) || continued && text.startsWith(CONTINUED);
    }

    /** Whether the last answer lists papers, though not on a topic: a list "any others?" does not go on with. */
    static boolean afterOtherList(List<Turn> history) {
        return !history.isEmpty() && history.getLast().role().equals("assistant") && !PastAnswers.listItems(history.getLast()).isEmpty()
                && !ofTopic(history.getLast(), false);
    }

    /** Whether the text asks for more papers and nothing else. */
    static boolean asks(String text) {
        return ASKS_MORE.matcher(text).matches();
    }

    /**
     * The list's question and the papers listed for it, when the text asks for more and the answer
     * before it is a list: the question of a list and of each "any others?" after it.
     */
    static Optional<MorePapers> of(String text, List<Turn> history) {
        if (!asks(text)) return Optional.empty();
        List<String> shown = new ArrayList<>();
        for (int i = history.size() - 1; i > 0; i -= 2) {
            Turn answer = history.get(i);
            Turn asked = history.get(i - 1);
            if (!answer.role().equals("assistant") || !asked.role().equals("user")) return Optional.empty();
            boolean more = asks(asked.content());
            // Only a list of papers on a topic goes on: a list of figures, of mentions or of a choice among a list is whole.
            List<String> items = ofTopic(answer, more) ? PastAnswers.listItems(answer) : List.of();
            // A list of none ends the walk: "any others?" answered "no other paper fits" still shows its list's first papers.
            if (items.isEmpty() && !more) return Optional.empty();
            shown.addAll(items);
            if (!more) return Optional.of(new MorePapers(asked.content(), List.copyOf(history.subList(0, i - 1)), List.copyOf(shown)));
        }
        return Optional.empty();
    }
}
