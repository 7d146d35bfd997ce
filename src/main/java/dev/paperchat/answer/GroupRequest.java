package dev.paperchat.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Group these papers by approach: RL length penalties, latent reasoning, early exit", "group the efficient reasoning
 * papers by method": a request to sort papers into groups. The groups it names are what paperchat can sort by, each
 * the papers that write it; groups it would have to invent are no extractive answer's to give.
 *
 * @param papers what is to be grouped as asked ("these papers", "the efficient reasoning papers")
 * @param groups the groups named, in order; empty when none is
 * @param ofList whether it groups the papers of the last list ("these", "them")
 */
record GroupRequest(String papers, List<String> groups, boolean ofList) {
    private static final Pattern ASKED = Pattern.compile("(?i)^\\W*+(?:(?:please|can\\s++you|could\\s++you)\\s++)?"
            + "(?:group|cluster|categori[sz]e|organi[sz]e|classify|split|sort)\\s++(?<papers>[^:()]{1,200}?)\\s++(?:by|into|according\\s++to)\\s++"
            + "(?:their\\s++|the\\s++)?(?:approach(?:es)?|methods?|topics?|themes?|categor(?:y|ies)|types?|kinds?|techniques?|groups?|families)"
            + "(?:\\s*+(?:[:(]|,?\\s*+(?:such\\s++as|like|e\\.g\\.,?))\\s*+(?<groups>[^)]{1,400}?)\\)?)?[\\s.?!]*+$");
    private static final Pattern LIST = Pattern.compile("(?i)^(?:these|those|them|the\\s++above|the\\s++(?:papers|ones|results)(?:\\s++(?:above|listed))?"
            + "|(?:these|those)\\s++(?:papers|ones|results))$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*+(?:[,;/]|\\band\\b|\\bor\\b)\\s*+", Pattern.CASE_INSENSITIVE);
    /** More groups than this is a list to search one by one, not one answer's headings. */
    static final int MAX_GROUPS = 6;

    static Optional<GroupRequest> of(String question) {
        if (question.length() > 600) return Optional.empty();
        Matcher m = ASKED.matcher(question);
        if (!m.matches()) return Optional.empty();
        String papers = m.group("papers").strip();
        List<String> groups = m.group("groups") == null ? List.of()
                : Arrays.stream(SEPARATOR.split(m.group("groups"))).map(String::strip).filter(g -> !g.isEmpty()).distinct().toList();
        return Optional.of(new GroupRequest(papers, groups, LIST.matcher(papers).matches()));
    }

    /** What the papers are about, when the request names it: "efficient reasoning" of "the efficient reasoning papers". */
    String topic() {
        return ofList ? "" : papers.replaceAll("(?i)^(?:the|all|my)\\s++|\\s++(?:papers|works|studies|methods)$", "").strip();
    }
}
