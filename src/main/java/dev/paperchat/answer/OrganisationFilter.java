package dev.paperchat.answer;

import dev.paperchat.index.Filters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which papers from DeepMind study reasoning?", "What has Tencent published?": an organisation
 * that papers of the collection come from, named in the question, is read as the organisation
 * filter, as if it were set in the Options panel. Only names the collection knows count: "learning
 * from human feedback" names no organisation.
 */
final class OrganisationFilter {
    private static final Pattern BEFORE_NAME = Pattern.compile("\\b(?:from|by|at|does|did|has)\\s++(?:the\\s++)?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_WORDS = 5;
    /** A long pasted text holds many a "from": only the first places are looked at. */
    private static final int MAX_PLACES = 10;
    private static final Pattern TOKEN = Pattern.compile("\\S++");
    /** The words of a question that asks for nothing but the papers themselves: "Which papers are from Tencent?". */
    private static final Set<String> ONLY_THE_PAPERS = Set.of("which", "what", "are", "is", "were", "was", "there", "any", "papers", "paper",
            "works", "work", "list", "show", "me", "all", "the", "published", "publish", "do", "does", "did", "has", "have", "written",
            "write", "wrote", "in", "collection", "of", "a", "an", "come", "came", "released", "release", "out");

    /**
     * @param name the organisation as the question writes it
     * @param rest the question without it ("Which papers study reasoning?"), searched within the filter
     */
    record Named(String name, String rest) {
        /** The question as searched: its rest, within the organisation. */
        Question appliedTo(Question asked) {
            Filters filters = new Filters(asked.filters().from(), asked.filters().to(), name);
            return new Question(rest.isBlank() ? asked.text() : rest, asked.history(), asked.k(), asked.mode(), filters);
        }

        String notice() {
            return "\"" + name + "\" in the question was read as a filter: only papers from that organisation were searched.";
        }

        /** Whether the question asks only for the organisation's papers, with no topic of its own. */
        boolean asksOnlyForItsPapers() {
            for (String word : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && !ONLY_THE_PAPERS.contains(word)) return false;
            }
            return true;
        }
    }

    private record Candidate(int start, int end, String name) {}

    private OrganisationFilter() {}

    /** @param known of the names given in lower case, those some paper's organisation is */
    static Optional<Named> find(String question, Function<Collection<String>, Set<String>> known) {
        List<Candidate> candidates = new ArrayList<>();
        Matcher before = BEFORE_NAME.matcher(question);
        for (int places = 0; places < MAX_PLACES && before.find(); places++) {
            Matcher token = TOKEN.matcher(question).region(before.end(), question.length());
            for (int n = 0; n < MAX_NAME_WORDS && token.find(); n++) {
                String name = token.group().replaceAll("[?.!,;:'\")]+$", "");
                if (name.isEmpty()) break;
                int end = token.start() + name.length();
                candidates.add(new Candidate(before.start(), end, question.substring(before.end(), end)));
                // A mark after a word ends the name: "from Tencent, on RL" is Tencent.
                if (name.length() < token.group().length()) break;
            }
        }
        if (candidates.isEmpty()) return Optional.empty();
        Set<String> organisations = known.apply(candidates.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        return candidates.stream().filter(c -> organisations.contains(c.name().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(c -> c.name().length()))
                .map(c -> new Named(c.name(), (question.substring(0, c.start()) + question.substring(c.end()))
                        .replaceAll("\\s++([?.!,])", "$1").replaceAll("\\s{2,}", " ").strip()));
    }
}
