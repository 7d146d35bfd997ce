package dev.paperchat.retrieve;

import dev.paperchat.embed.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word a question opens with, mistyped: "waht is speculative reasoning?", "whcih papers...".
 * What a question asks is read from that word, before any search mends the others, so it is
 * mended first: when it is no word at all and one question word alone is a slip away from it.
 */
public final class QuestionWords {
    private static final List<String> WORDS = List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how",
            "does", "did", "are", "list", "compare", "explain", "describe");
    private static final Pattern FIRST = Pattern.compile("^\\W*+(\\p{L}{3,})\\b");

    private QuestionWords() {}

    /** The question with its first word mended, and that word as typed; empty when it needs no mending. */
    static Optional<Mended> mend(String question, Vocabulary vocabulary) {
        Matcher first = FIRST.matcher(question);
        if (vocabulary.isEmpty() || !first.find()) return Optional.empty();
        String typed = first.group(1), lower = typed.toLowerCase(Locale.ROOT);
        if (WORDS.contains(lower) || vocabulary.knows(lower)) return Optional.empty();
        List<String> meant = WORDS.stream().filter(word -> Typo.plausible(lower, word)).toList();
        if (meant.size() != 1) return Optional.empty();
        String word = Character.isUpperCase(typed.charAt(0)) ? Character.toUpperCase(meant.get(0).charAt(0)) + meant.get(0).substring(1) : meant.get(0);
        return Optional.of(new Mended(question.substring(0, first.start(1)) + word + question.substring(first.end(1)), typed, word));
    }

    /** @param typed the question's first word as typed; @param word as read */
    public record Mended(String question, String typed, String word) {
        /** "Read "waht" as "what"." */
        public String notice() {
            return "Read \"" + typed + "\" as \"" + word + "\".";
        }
    }
}
