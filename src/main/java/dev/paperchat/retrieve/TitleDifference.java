package dev.paperchat.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a title looked up has in place of the found title's ("Soft Tokens, Hard Lies" for
 * "Soft Tokens, Hard Truths"): what a writer must correct in a reference. Words left out or added
 * around the title ("the Quiet-STaR paper") are no difference; nor are spelling variants that
 * search forgives alike (case, hyphens and spaces, "Two" for "2", "RL" for "Reinforcement Learning").
 */
record TitleDifference(List<Replaced> replaced) {
    /** Words of the text looked up, and the title's words in their place. */
    record Replaced(String lookedUp, String title) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");
    /** A lookup that shares fewer of the title's words is a half-remembered name, not a reference to correct. */
    private static final int MIN_SHARED_WORDS = 3;
    /** More of the title's words replaced than this are another title, which ranking has already judged. */
    private static final int MAX_REPLACED = 3;

    /** The differences of a lookup that writes the title out, with some of its words other. */
    static Optional<TitleDifference> of(String lookedUp, String title) {
        List<Token> looked = tokens(lookedUp), found = tokens(title);
        int[][] common = commonAfter(looked, found);
        if (common[0][0] < MIN_SHARED_WORDS || common[0][0] * 2 < found.size()) return Optional.empty();
        // Between two words both sides share (or before the first, or after the last), words on both sides stand in each other's place.
        List<Replaced> replaced = new ArrayList<>();
        int i = 0, j = 0, fromI = 0, fromJ = 0;
        while (i < looked.size() && j < found.size()) {
            if (looked.get(i).key.equals(found.get(j).key) && common[i][j] == common[i + 1][j + 1] + 1) {
                replacement(looked.subList(fromI, i), found.subList(fromJ, j)).ifPresent(replaced::add);
                fromI = ++i;
                fromJ = ++j;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        replacement(looked.subList(fromI, looked.size()), found.subList(fromJ, found.size())).ifPresent(replaced::add);
        int titleWordsReplaced = replaced.stream().mapToInt(r -> r.title.split(" ").length).sum();
        return replaced.isEmpty() || titleWordsReplaced > MAX_REPLACED ? Optional.empty() : Optional.of(new TitleDifference(replaced));
    }

    /** "The text looked up has "Lies" where the title found, "...", has "Truths"." */
    String notice(String title) {
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < replaced.size(); r++) {
            Replaced each = replaced.get(r);
            parts.add(r == 0 ? "\"" + each.lookedUp + "\" where the title found, \"" + title + "\", has \"" + each.title + "\""
                    : "\"" + each.lookedUp + "\" where it has \"" + each.title + "\"");
        }
        return "The text looked up has " + String.join(", and ", parts) + ".";
    }

    private record Token(String text, String key) {}

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String key = TitleMatcher.compact(word.group());
            if (!key.isEmpty()) tokens.add(new Token(word.group(), key));
        }
        return tokens;
    }

    /** common[i][j]: how many words the two sides share in order from word i of one and word j of the other. */
    private static int[][] commonAfter(List<Token> a, List<Token> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).key.equals(b.get(j).key) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    /** The words as each side writes them, unless they are one spelling of the same words ("QuietSTaR", "RL"). */
    private static Optional<Replaced> replacement(List<Token> lookedUp, List<Token> title) {
        if (lookedUp.isEmpty() || title.isEmpty()) return Optional.empty();
        String lookedJoined = joined(lookedUp, ""), titleJoined = joined(title, "");
        if (lookedJoined.equals(titleJoined)) return Optional.empty();
        String titleWords = joined(title, " "), lookedWords = joined(lookedUp, " ");
        if (TitleMatcher.shortForm(titleWords).filter(lookedJoined::equals).isPresent()
                || TitleMatcher.shortForm(lookedWords).filter(titleJoined::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Replaced(text(lookedUp), text(title)));
    }

    private static String joined(List<Token> tokens, String between) {
        return String.join(between, tokens.stream().map(Token::key).toList());
    }

    private static String text(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}
