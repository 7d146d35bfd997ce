package dev.paperchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "which of these use Qwen?", "do any of them use a KL penalty?": a follow-up that narrows the
 * last list answer to the papers that say something, answered from those papers' abstracts
 * rather than by a new search, which would bring other papers.
 */
final class Narrowing {
    private static final String THESE = "(?:these|those|them|the\\s+above)(?:\\s+(?:papers|methods|ones|works|approaches|models))?";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^\\W*+(?:and\\s+|so\\s+|ok\\s+|now\\s+)?(?:which|what)\\s+of\\s+" + THESE + "\\s+(.+?)[\\s?.!]*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            Pattern.compile("^\\W*+(?:and\\s+)?(?:do|does|did|are|is)\\s+any\\s+of\\s+" + THESE + "\\s+(.+?)[\\s?.!]*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    /** Longer text is a question of its own that happens to start so. */
    private static final int MAX_CHARS = 200;

    private Narrowing() {}

    /** What the listed papers should say: "use Qwen" of "which of these use Qwen?". */
    static Optional<String> condition(String question) {
        if (question.length() > MAX_CHARS) return Optional.empty();
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(question);
            if (m.matches()) return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }
}
