package dev.paperchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Find papers similar to SpecReason", "which other papers do the same thing as R2R?", "more like
 * Hawkeye", "which papers do something similar?": a question for the papers nearest one paper,
 * which a search of its name would answer with that paper alone.
 *
 * @param name the paper's name as asked, or empty for the paper of the last answer ("something similar", "like it")
 */
record SimilarQuestion(Optional<String> name) {
    private static final String PAPERS = "(?:(?:other|more)\\s++)?(?:papers?|works?|studies|methods|approaches|articles)";
    /** A name of a few words: "Which methods like SpecReason use a small model to draft steps?" asks more than for its neighbours. */
    private static final String NAMED = "\\s++(?:the\\s++)?(?<name>[^\\s?!]+?(?:\\s++[^\\s?!]+?){0,4}?)(?:\\s++(?:paper|method|work|one))?";
    private static final String IT = "(?:it|this(?:\\s++(?:paper|one|method))?|that(?:\\s++(?:paper|one|method))?)";
    private static final List<Pattern> FORMS = List.of(
            // "papers similar to X", "are there other methods like X?"; not "papers related to weak-to-strong reasoning", a topic whose paper is
            // the answer, not a paper to leave out.
            Pattern.compile("(?i)^\\W*+(?:(?:find|show|list|give|recommend|suggest)\\s++(?:me\\s++)?|(?:are|is)\\s++there\\s++(?:any\\s++)?"
                    + "|(?:which|what|any)\\s++)?" + PAPERS + "\\s++(?:that\\s++are\\s++)?(?:(?:similar|close)\\s++to|like)" + NAMED + "[\\s?.!]*+$"),
            // "which other papers do the same (thing) as X?", "what else does what X does?"
            Pattern.compile("(?i)^\\W*+(?:which|what|any)\\s++" + PAPERS + "\\s++(?:also\\s++)?(?:do|does|try|propose)\\s++(?:the\\s++same(?:\\s++thing)?|something\\s++similar)"
                    + "(?:\\s++(?:as|to)" + NAMED + ")?[\\s?.!]*+$"),
            // "more like X", "anything else like X?", "what else is like X?"
            Pattern.compile("(?i)^\\W*+(?:and\\s++)?(?:(?:show\\s++me\\s++)?more|(?:anything|what|who)\\s++else(?:\\s++is)?)\\s++(?:papers?\\s++)?like" + NAMED + "[\\s?.!]*+$"));
    private static final Pattern IS_IT = Pattern.compile("(?i)" + IT);

    static Optional<SimilarQuestion> of(String question) {
        if (question.length() > 200) return Optional.empty();
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(question);
            if (!m.matches()) continue;
            String name = m.group("name");
            return Optional.of(new SimilarQuestion(name == null || IS_IT.matcher(name).matches() ? Optional.empty() : Optional.of(name.strip())));
        }
        return Optional.empty();
    }
}
