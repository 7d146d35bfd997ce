package dev.paperchat.answer;

import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.Organisations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which papers from DeepMind study reasoning?", "What has Tencent published?": an organisation
 * that papers of the collection come from, named in the question, is read as the organisation
 * filter, as if it were set in the Options panel. Only names the collection knows count: "learning
 * from human feedback" names no organisation.
 */
final class OrganisationFilter {
    /**
     * Where a name follows: "papers from X", "work published by X", "What has X published?",
     * "Has X...". A name after any "from" is not taken: "images from Microsoft COCO" names a dataset.
     * The removed text starts at the group "cut".
     */
    private static final Pattern BEFORE_NAME = Pattern.compile(
            "\\b(?:papers?|works?|research|publications?|articles?|studies)\\s++(?:(?:are|were|is|was|ha(?:ve|s)\\s++been)\\s++)?(?:[\\p{L}-]++\\s++)?(?<cut>(?:from|by|at)\\s++(?:the\\s++)?)"
                    // "How many papers that mention Qwen are from Tencent?": the name after the clause on the papers.
                    + "|\\bpapers?\\s++(?:that|which)\\s++[^?.!,;]{1,80}?\\s++(?<cut4>(?:are|were|is|was)\\s++(?:from|by|at)\\s++(?:the\\s++)?)"
                    + "|\\b(?:what|which)\\s++(?:papers?\\s++)?(?<cut2>(?:has|have|does|did)\\s++(?:the\\s++)?)"
                    + "|^\\W*+(?<cut3>(?:has|have|does|did)\\s++(?:the\\s++)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("(?i)(?:(?:are|were|is|was)\\s++)?by\\b");
    /** "Which Microsoft papers...", "Show me Tencent RL papers": a name before the word for papers. */
    private static final Pattern BEFORE_PAPERS = Pattern.compile("^\\W*+(?!(?:which|what|any|all|list|find|show|give)\\b)|\\b(?:which|what|any|all|list|find|(?:show|give)\\s++me)\\s++",
            Pattern.CASE_INSENSITIVE);
    /** The word for papers after a name, or after one more word, a topic's: "Tencent RL papers". */
    private static final Pattern PAPERS_AFTER = Pattern.compile("(?<topic>\\s++[\\p{L}\\p{N}-]++)?\\s++(?:papers|works?|research|publications)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "What did Meta publish on reasoning?": a name that publishes is an organisation's, whatever the topic. */
    private static final Pattern PUBLISHES = Pattern.compile("\\s++(?:publish|published|publishes|release|released|releases)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An acronym written in capitals that this many abstracts use ("RL", "VLM") is a topic's, not an organisation the collection lacks. */
    private static final int ACRONYM_PAPERS = 2;
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]++");
    private static final int MAX_NAME_WORDS = 5;
    /** A long pasted text holds many a "from": only the first places are looked at. */
    private static final int MAX_PLACES = 10;
    private static final Pattern TOKEN = Pattern.compile("\\S++");
    /** The words of a question that asks for nothing but the papers themselves: "Which papers are from Tencent?". */
    private static final Set<String> ONLY_THE_PAPERS = Set.of("which", "what", "are", "is", "were", "was", "there", "any", "papers", "paper",
            "works", "work", "list", "show", "me", "all", "the", "published", "publish", "do", "does", "did", "has", "have", "written",
            "write", "wrote", "in", "collection", "of", "a", "an", "come", "came", "released", "release", "out", "appeared", "appear", "posted",
            "how", "many", "number");
    /** Words that frame a topic rather than name it: "study", "on", "about", the "methods" of "what RL methods for reasoning". */
    private static final Set<String> TOPIC_FRAME = Set.of("study", "studies", "studied", "on", "about", "use", "uses", "using", "research",
            "researching", "focus", "focusing", "address", "addressing", "to", "for", "with", "and", "or", "that", "how", "why",
            "method", "methods", "approach", "approaches", "technique", "techniques");

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
            return topic().isEmpty();
        }

        /** What the organisation's papers should be about: "reasoning" of "Which papers study reasoning?". */
        String topic() {
            return topicOf(rest);
        }
    }

    /** The words of a question that say what its papers should be about, once the filter's words are gone: none of "Which papers are there?". */
    static String topicOf(String rest) {
        List<String> words = new ArrayList<>();
        for (String word : rest.split("[^\\p{L}\\p{N}+-]+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !ONLY_THE_PAPERS.contains(lower) && !TOPIC_FRAME.contains(lower)) words.add(word);
        }
        return String.join(" ", words);
    }

    /**
     * Where names are looked for.
     *
     * @param beforePapers only names the word for papers follows ("Which Tencent papers")
     * @param placed where only an organisation's name would stand ("papers from X")
     * @param asksWhatIsPublished in a question of what a name published ("What did X publish on RL?")
     */
    private record Place(boolean beforePapers, boolean placed, boolean asksWhatIsPublished) {}

    /**
     * @param placed whether it stands where only an organisation's name would ("papers from X", "Which X papers"; not "papers by X")
     * @param publishes whether the question says it publishes ("What did X publish on RL?")
     */
    private record Candidate(int start, int end, String name, boolean placed, boolean publishes) {}

    private OrganisationFilter() {}

    /**
     * The names of one to {@link #MAX_NAME_WORDS} words from {@code from}; before papers ({@link Place}), only those the word for papers
     * follows. A name may also start after capitalised words, whose organisation the collection names shorter: "Google DeepMind"
     * holds "DeepMind".
     */
    private static void addNames(String question, int cutFrom, int from, Place place, List<Candidate> candidates) {
        List<int[]> words = new ArrayList<>();
        Matcher token = TOKEN.matcher(question).region(from, question.length());
        while (words.size() < MAX_NAME_WORDS && token.find()) {
            String name = token.group().replaceAll("[?.!,;:'\")]+$", "");
            if (name.isEmpty()) break;
            words.add(new int[] {token.start(), token.start() + name.length()});
            // A mark after a word ends the name: "from Tencent, on RL" is Tencent.
            if (name.length() < token.group().length()) break;
        }
        for (int first = 0; first < words.size() && (first == 0 || Character.isUpperCase(question.charAt(words.get(first - 1)[0]))); first++) {
            for (int last = first; last < words.size(); last++) {
                int end = words.get(last)[1];
                Matcher papers = PAPERS_AFTER.matcher(question).region(end, question.length());
                boolean papersFollow = papers.lookingAt();
                // "Tencent RL papers": a name the collection lacks needs the word for papers right after it.
                boolean placedHere = place.placed() && (!place.beforePapers() || papersFollow && papers.group("topic") == null);
                boolean publishes = place.asksWhatIsPublished() && PUBLISHES.matcher(question).region(end, question.length()).lookingAt();
                if (!place.beforePapers() || papersFollow) {
                    candidates.add(new Candidate(cutFrom, end, question.substring(words.get(first)[0], end), placedHere, publishes));
                }
            }
        }
    }

    /** "What about Tencent?", "and from DeepMind?": a follow-up that names nothing but where papers come from. */
    private static final Pattern ABOUT = Pattern.compile("^\\W*+(?:and\\s++)?(?:(?:what|how)\\s++about\\s++)?(?:(?:those|the\\s++ones|papers|any)\\s++)?"
            + "(?:from|by)?\\s*+([^?!.]{1,80}?)(?:'s)?\\s*+(?:papers|ones)?\\s*+[?!.]*\\s*+$", Pattern.CASE_INSENSITIVE);

    /**
     * "What about Tencent?" after "Which papers shorten chains of thought?": the question before, asked of the organisation's
     * papers, when the follow-up names an organisation of the collection and nothing else.
     */
    static Optional<Named> askedAgainOf(String question, String before, Function<Collection<String>, Set<String>> known,
            Supplier<Organisations> all, ToIntFunction<String> papersUsing) {
        Matcher about = ABOUT.matcher(question);
        if (!about.matches() || !question.matches("(?is).*\\b(?:about|from|by)\\b.*")) return Optional.empty();
        // "Which papers from Tencent mention Qwen?" asked again of Microsoft is asked without its own organisation, which would be read again.
        String again = find(before, known, all, papersUsing).map(Named::rest).orElse(before);
        // Only a name the collection has: "what about R2R?" asks about a method.
        return find("papers from " + about.group(1).strip(), known, all, papersUsing).filter(n -> n.rest().strip().equalsIgnoreCase("papers"))
                .filter(n -> !known.apply(List.of(n.name().toLowerCase(Locale.ROOT))).isEmpty() || all.get().meant(n.name()).isPresent())
                .map(n -> new Named(n.name(), again));
    }

    /**
     * The organisation the question names: one the collection has, as written or as a name of
     * capitalised words that the collection writes otherwise ("Alibaba Group" for "alibaba-inc");
     * failing that, in a question that asks only for its papers, a name of capitalised words the
     * collection lacks ("Which papers are from Meta?"), whose search then says which names are near.
     *
     * @param known of the names given in lower case, those some paper's organisation is
     * @param all every organisation, asked only when no name is one as written
     * @param papersUsing how many abstracts use a word, asked only of a name the collection lacks
     */
    static Optional<Named> find(String question, Function<Collection<String>, Set<String>> known, Supplier<Organisations> all,
            ToIntFunction<String> papersUsing) {
        List<Candidate> candidates = new ArrayList<>();
        Matcher before = BEFORE_NAME.matcher(question);
        for (int places = 0; places < MAX_PLACES && before.find(); places++) {
            String cut = before.group("cut") != null ? "cut" : before.group("cut4") != null ? "cut4" : before.group("cut2") != null ? "cut2" : "cut3";
            // "What does DPO do?" asks about a method, as "What has Tencent published?" asks about an organisation,
            // and "papers by Zelikman" about an author.
            boolean placed = (cut.equals("cut") || cut.equals("cut4")) && !BY.matcher(before.group(cut)).lookingAt();
            // "What did Meta publish?" asks what a name published; "Did DeepSeek release the data?" asks about its data.
            addNames(question, before.start(cut), before.end(), new Place(false, placed, cut.equals("cut2")), candidates);
        }
        Matcher which = BEFORE_PAPERS.matcher(question);
        for (int places = 0; places < MAX_PLACES && which.find(); places++) {
            // "Tencent RL papers" at the start: a name the collection has, as "Survey papers" or "Llama papers" names none.
            boolean atStart = which.group().matches("\\W*+");
            addNames(question, which.end(), which.end(), new Place(true, !atStart, false), candidates);
        }
        if (candidates.isEmpty()) return Optional.empty();
        Set<String> organisations = known.apply(candidates.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        List<Candidate> capitalised = candidates.stream().filter(c -> capitalised(c.name())).toList();
        Predicate<Candidate> meant = organisations.isEmpty() && !capitalised.isEmpty() ? meantBy(all.get()) : c -> false;
        Optional<Named> named = candidates.stream().filter(c -> organisations.contains(c.name().toLowerCase(Locale.ROOT)) || meant.test(c))
                .max(Comparator.comparingInt(c -> c.name().length())).map(c -> named(question, c));
        if (named.isPresent()) return named;
        // A name the collection lacks is read as one only where no topic could be meant instead, as a near miss of one
        // it has ("Which papers from Tencnet study reasoning?"), or as a publisher ("What did Meta publish on RL?"), whose
        // search then says which names are near. An acronym abstracts write ("Which RL papers...") is a topic's.
        return capitalised.stream().filter(c -> c.placed() || c.publishes()).filter(c -> !acronymInUse(c.name(), papersUsing))
                .min(Comparator.comparingInt(c -> c.name().length()))
                .filter(c -> c.publishes() || named(question, c).asksOnlyForItsPapers() || all.get().misspelt(c.name())).map(c -> named(question, c));
    }

    /** Whether the name ends in such an acronym: "Qwen RL" of "Which Qwen RL papers...". */
    private static boolean acronymInUse(String name, ToIntFunction<String> papersUsing) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return ACRONYM.matcher(last).matches() && papersUsing.applyAsInt(last) >= ACRONYM_PAPERS;
    }

    private static Predicate<Candidate> meantBy(Organisations all) {
        return c -> capitalised(c.name()) && all.meant(c.name()).isPresent();
    }

    private static Named named(String question, Candidate c) {
        return new Named(c.name(), (question.substring(0, c.start()) + question.substring(c.end()))
                .replaceAll("\\s++([?.!,])", "$1").replaceAll("\\s{2,}", " ").strip());
    }

    /** A name as organisations are written: each word begins with a capital or a digit ("Google DeepMind", "01.AI"). */
    private static boolean capitalised(String name) {
        return Arrays.stream(name.split("\\s+")).allMatch(w -> !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))));
    }
}
