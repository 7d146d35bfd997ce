package dev.paperchat.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each figure of a text is a figure of: the names and words next to it in its clause
 * ("TruthfulQA" of "from 87.16% to 97.25% on TruthfulQA", "reasoning" of "accelerate end-to-end
 * reasoning by up to 3.4x"). A claim may state each of a paper's figures and still be wrong:
 * "improves TruthfulQA accuracy from 30.7% to 48.1%" moves the paper's figures to another
 * benchmark, "accelerates reasoning by up to 60% while reducing inference cost by 3.4x" swaps
 * them, and "reduces hallucinations in medical chatbots by 40%" borrows a 40% of something else.
 */
public final class FigureTies {
    /** A word, or an arrow between two figures: "5.9% → 10.9%", "5.9%rightarrow10.9%" as LaTeX's arrow loses its backslash. */
    private static final Pattern TOKEN = Pattern.compile("\\\\?[Rr]ightarrow|\u2192|(?:(?!\\\\?[Rr]ightarrow)[^\\s\u2192])+");
    private static final Pattern ARROW = Pattern.compile("\\\\?[Rr]ightarrow|\u2192|->");
    private static final Pattern FIGURE = Pattern.compile("[+~\u2248-]?(\\d{1,3}(?:,\\d{3})++|\\d{1,7}(?:[.,]\\d+)?)(%|x|\u00d7|times|-?fold)?");
    /** A name that owns what follows it: "Qwen3's". */
    private static final Pattern OWNER = Pattern.compile("['\u2019]s\\W*$");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,4}(?:\\.\\d+)?)(T|[BMK](?=-(?:tokens?|samples?|examples?|words?|pairs?|images?)$))(?:-\\p{L}+)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})++");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern SMALL = Pattern.compile("\\d");
    /** A year or its last two digits after a benchmark's name: "AMC 2023", "ACM 23". */
    private static final Pattern EDITION = Pattern.compile("(?:19|20)?\\d{2}");
    /** A name: a digit in it, a capital after its first letter, or capitals only ("GSM8K", "TruthfulQA", "AIME"). */
    private static final Pattern NAME = Pattern.compile("(?=.*\\p{L})(?:.*\\d.*|\\p{L}.*\\p{Lu}.*)");
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{3,}");
    /** Plural acronyms of the field, no benchmark or model: "LLMs", "VLMs". */
    private static final Pattern ACRONYMS = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?(?=\\W*$)");
    private static final Pattern EDGE = Pattern.compile("^[(\\[{\"'\u201c+~\u2248]+|[)\\]}\"'\u201d,;:.!?]+$");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?][)\\]\"'\u201d]?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][)\\]\"'\u201d]?$");
    /** Full stops that end no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "e.g.,", "i.e.", "i.e.,", "al.", "vs.", "etc.", "cf.", "approx.");
    /** A sentence that ties its figures to its names in order: any may be of any. */
    private static final Pattern RESPECTIVE = Pattern.compile("(?i)\\brespective(?:ly)?\\b");
    private static final int MAX_CLAIMED = 50;
    /** The most figures a "respectively" pairs in order; past it, the sentence is read word by word. */
    private static final int MAX_RESPECTIVE = 12;
    /** Words that end one clause's figure and begin another's: "accuracy by 5% while cutting tokens by 30%". */
    private static final Set<String> BOUNDARIES = Set.of("while", "whereas", "but", "and", "or", "although", "though", "which", "yet", "versus", "vs");
    /** Of those, the ones that join two figures into one statement: "5.9% and 10.9%", "51.3 vs. 28.9". */
    private static final Set<String> JOINING = Set.of("and", "or", "versus", "vs");
    /** The most words between two figures of one statement: "30%, and up to 70%", "110 GB compared to 40 GB". */
    private static final int JOIN_GAP = 4;
    /** Units written as words after a figure. */
    private static final Set<String> UNITS = Set.of("percent", "points", "pp", "times", "fold");
    /** Words that say nothing of what a figure is of: "by up to", "an average of", "accuracy", "percent". */
    private static final Set<String> FILLERS = Set.of("by", "up", "to", "of", "the", "a", "an", "on", "in", "at", "for", "from", "with", "over",
            "around", "about", "approximately", "roughly", "nearly", "almost", "average", "than", "as", "much", "its", "their", "it", "is", "are",
            "was", "were", "be", "been", "this", "that", "these", "those", "only", "just", "same", "more", "less", "fewer", "overall", "relative",
            "absolute", "respectively", "percent", "percentage", "points", "point", "pp", "times", "fold", "some", "all", "also", "still", "further",
            "significantly", "substantially", "consistently", "dramatically", "markedly", "notably", "remarkably", "even", "maintaining",
            "compared", "accuracy", "accuracies", "performance", "score", "scores", "additional", "extra", "another");
    /** Stems of the verbs and nouns of change any figure takes: "improves", "boosts", "reduction", "achieving", "gains". */
    private static final Set<String> CHANGE = Set.of("impro", "boost", "incre", "decre", "reduc", "lower", "raise", "raisi", "lift", "lifti",
            "achie", "reach", "gain", "yield", "attai", "deliv", "outpe", "surpa", "cut", "cutti", "slash", "trim", "trimm", "shrin", "save",
            "savin", "scori", "resul", "enhan", "rise", "risin", "drop", "dropp", "fall", "falli", "grow", "growt", "jump", "lead", "show", "showi",
            "obtai", "sees", "cuts", "exhib", "demon", "highe", "bette", "great", "large", "small", "total");

    /** A word's two gaps: content words between it and its figure, in a claim and, more loosely, in its source. */
    private static final int NAME_GAP = 0, WORD_GAP = 2, LOOSER = 1;

    private enum Kind { FIGURE, NAME, WORD, BOUNDARY, FILLER }

    /** A token: its kind, its plain form (a figure's value, a name in capitals without hyphens, a word's stem) and where it is. */
    private record Token(Kind kind, String form, String unit, int start, int end, boolean endsClause, boolean endsSentence) {}

    /** Figures of one statement ("from 5.9% to 10.9%"), with the names and words tied to them and the forms of their sentence's tokens. */
    private record Group(List<Token> figures, List<Token> names, List<Token> words, Set<String> sentence, int end) {
        int start() {
            return figures.get(0).start();
        }

        List<Token> tied() {
            List<Token> tied = new ArrayList<>(names);
            tied.addAll(words);
            return tied;
        }
    }

    private FigureTies() {}

    /**
     * The claim's figures that the source states, and of something else, as the claim writes them
     * with what it says they are of: "TruthfulQA accuracy from 30.7% to 48.1%", "reasoning by up to
     * 60%", "medical chatbots by 40%".
     *
     * @param source the paper's title, a line break, then its abstract
     */
    public static List<String> misbound(String claim, String source) {
        List<Group> claimed = read(claim, false);
        if (claimed.isEmpty()) return List.of();
        // A claim gives a few figures; past these, a text is no claim to check figure by figure.
        if (claimed.size() > MAX_CLAIMED) claimed = claimed.subList(0, MAX_CLAIMED);
        Stated stated = new Stated(read(source, true));
        Set<String> ownNames = names(source.lines().findFirst().orElse(""));
        Set<String> claimNames = names(claim);
        // A claim about the paper's own subject: a figure it ties to no name is the subject's ("MobileLLM-R1 was pre-trained on 36T tokens").
        boolean ofOwnSubject = claimNames.stream().anyMatch(ownNames::contains);
        Map<Group, List<Group>> same = new LinkedHashMap<>();
        for (Group group : claimed) same.put(group, stated.stating(group));
        Set<String> misbound = new LinkedHashSet<>();
        // Read only when a claim names a version ("Qwen3-14B"), which most claims do not.
        boolean versioned = claimed.stream().anyMatch(group -> group.names().stream().anyMatch(name -> DIGIT.matcher(name.form()).find()));
        List<Token> sourceNames = versioned ? tokens(source).stream().filter(token -> token.kind() == Kind.NAME).toList() : List.of();
        for (Group group : claimed) {
            if (same.get(group).isEmpty()) continue;
            Optional<Token> otherVersion = group.names().stream().filter(name -> heldByOtherVersion(group, name, same.get(group), stated, ownNames, sourceNames))
                    .findFirst();
            if (otherVersion.isPresent()) {
                misbound.add(asWritten(claim, group, List.of(otherVersion.get())));
                continue;
            }
            List<Token> offending = offending(claim, source, group, same, stated, ownNames, ofOwnSubject && ownedByOther(same.get(group), source, ownNames, claimNames));
            if (!offending.isEmpty()) misbound.add(asWritten(claim, group, offending));
        }
        return List.copyOf(misbound);
    }

    /**
     * Whether every statement of the figures in the source is another's by a possessive ("Qwen3's proprietary 36T-token corpus"),
     * of a name neither the paper's nor the claim's: a figure on a benchmark ("90.5% on AIME 2024") is still the paper's own.
     */
    private static boolean ownedByOther(List<Group> same, String source, Set<String> ownNames, Set<String> claimNames) {
        return !same.isEmpty() && same.stream().allMatch(s -> s.names().stream().anyMatch(n -> !ownNames.contains(n.form()) && !claimNames.contains(n.form())
                && OWNER.matcher(source.substring(n.start(), n.end())).find()));
    }

    /** The claim's tokens that show its figures to be of something else than the source's same figures are, or none. */
    private static List<Token> offending(String claim, String source, Group group, Map<Group, List<Group>> stating, Stated stated, Set<String> ownNames, boolean ownedByOther) {
        List<Group> same = stating.get(group);
        // A name the source ties to the figures too says what they are of, whatever the words around: "zero-shot CommonsenseQA accuracy".
        if (group.names().stream().anyMatch(name -> tiedIn(same, name))) return List.of();
        // The claim, of the paper's own subject, ties the figure to no name: it credits the subject with the other model's figure.
        if (ownedByOther && group.names().isEmpty()) return group.figures();
        // A benchmark or model the source ties to other figures, where it ties these to another: "CommonsenseQA from 5.9%" of "GSM8K (5.9% → 10.9%)".
        boolean namedOtherwise = same.stream().anyMatch(s -> s.names().stream().anyMatch(n -> !ownNames.contains(n.form())));
        for (Token name : group.names()) {
            if (namedOtherwise && !ownNames.contains(name.form()) && stated.ties(name)) return List.of(name);
        }
        List<Token> tied = group.tied();
        if (tied.stream().anyMatch(token -> tiedIn(same, token))) return List.of();
        // Two figures swapped: "accelerates reasoning by up to 60% while reducing inference cost by 3.4x".
        for (Map.Entry<Group, List<Group>> other : stating.entrySet()) {
            if (other.getKey() == group) continue;
            List<Token> crossed = tied.stream().filter(token -> tiedIn(other.getValue(), token)).toList();
            // The other figures' words, if any, are what the source ties these figures to: "65.4 F1 in sleep staging and 69.9 in HAR".
            boolean swapped = other.getKey().tied().isEmpty() || other.getKey().tied().stream().anyMatch(token -> tiedIn(same, token));
            if (!crossed.isEmpty() && swapped) return crossed;
        }
        // Words of which no sentence stating the figures says anything: "medical chatbots" of a 40% of flipped rewards. Not names,
        // whose absence is the name checks' to tell: "EMPO achieves a 68 percent relative improvement" of ETTRL's 68% misnames its paper.
        boolean said = same.stream().anyMatch(s -> tied.stream().anyMatch(t -> s.sentence().contains(t.form())));
        // "runs 4.05 times faster" of "a 4.05times inference speedup": a figure of the same measure, in other words.
        boolean measuredAlike = group.figures().stream().anyMatch(figure -> FigureMeasures.sameMeasure(claim, source, claim.substring(figure.start(), figure.end())));
        return group.words().size() >= 2 && !said && !measuredAlike ? group.words() : List.of();
    }

    /**
     * "Qwen3-14B by +11.04" of "on the Qwen3-32B (+11.04 on AIME'25 and +7.71 on AIME'24) and Qwen3-14B (+4.79 ...)": the name
     * of the claim's family that comes last before each of the source's same figures is another version or size ("QWEN332B" of
     * "QWEN314B"), and the source ties the claim's own to figures of its own. Whatever else the claim names beside them ("on AIME
     * 2025"), the figures are another's.
     */
    private static boolean heldByOtherVersion(Group group, Token name, List<Group> same, Stated stated, Set<String> ownNames, List<Token> sourceNames) {
        String family = name.form().replaceFirst("\\d.*$", "");
        if (!DIGIT.matcher(name.form()).find() || family.length() < 3 || ownNames.contains(name.form()) || tiedIn(same, name) || !stated.ties(name)) {
            return false;
        }
        boolean other = false;
        for (Group s : same) {
            for (Token figure : s.figures()) {
                if (group.figures().stream().noneMatch(c -> sameFigure(c, figure))) continue;
                List<Token> before = sourceNames.stream().filter(n -> n.end() <= figure.start() && DIGIT.matcher(n.form()).find()
                        && n.form().replaceFirst("\\d.*$", "").equals(family)).toList();
                // "Saturn-1.5B and Saturn-7B improve scores by +4.9 and +1.8": the claim's own name before the figure may be what it is of.
                if (before.isEmpty() || before.stream().anyMatch(n -> n.form().equals(name.form()))) return false;
                other = true;
            }
        }
        return other;
    }

    private static boolean tiedIn(List<Group> groups, Token token) {
        return groups.stream().anyMatch(g -> g.tied().stream().anyMatch(t -> t.kind() == token.kind() && t.form().equals(token.form())));
    }

    /** A source's groups, found by the figures they state and by the names and words tied to them. */
    private static final class Stated {
        private final Map<String, List<Group>> byFigure = new HashMap<>();
        private final Set<String> tied = new HashSet<>();

        Stated(List<Group> groups) {
            for (Group group : groups) {
                for (Token figure : group.figures()) for (String written : writings(figure)) byFigure.computeIfAbsent(written, w -> new ArrayList<>()).add(group);
                for (Token token : group.tied()) tied.add(token.kind() + token.form());
            }
        }

        /** The groups that state each of the claim group's figures. */
        List<Group> stating(Group claimed) {
            List<Group> candidates = byFigure.getOrDefault(claimed.figures().get(0).form(), List.of());
            return candidates.stream().distinct().filter(s -> claimed.figures().stream().allMatch(c -> s.figures().stream().anyMatch(f -> sameFigure(c, f)))).toList();
        }

        boolean ties(Token token) {
            return tied.contains(token.kind() + token.form());
        }

        /** How a claim may write a stated figure: as stated, or rounded or cut to fewer decimals ("24" of "24.5"). */
        private static Set<String> writings(Token figure) {
            BigDecimal value = new BigDecimal(figure.form());
            Set<String> writings = new HashSet<>(Set.of(figure.form()));
            for (int scale = 0; scale < value.scale(); scale++) {
                writings.add(value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
                writings.add(value.setScale(scale, RoundingMode.FLOOR).stripTrailingZeros().toPlainString());
            }
            return writings;
        }
    }

    /** The same figure: as written, or a decimal the claim rounds ("24%" of "24.5%"), of the same unit where both give one. */
    private static boolean sameFigure(Token claimed, Token stated) {
        if (!claimed.unit().isEmpty() && !stated.unit().isEmpty() && !claimed.unit().equals(stated.unit())) return false;
        BigDecimal c = new BigDecimal(claimed.form()), s = new BigDecimal(stated.form());
        if (c.compareTo(s) == 0) return true;
        int scale = Math.max(0, c.scale());
        return scale < s.scale() && (s.setScale(scale, RoundingMode.HALF_UP).compareTo(c) == 0 || s.setScale(scale, RoundingMode.FLOOR).compareTo(c) == 0);
    }

    /** The claim from the first of the tokens to the end of its figures, or the other way round: "reasoning by up to 60%". */
    private static String asWritten(String claim, Group group, List<Token> tokens) {
        int start = Math.min(group.start(), tokens.stream().mapToInt(Token::start).min().orElse(group.start()));
        int end = Math.max(group.end(), tokens.stream().mapToInt(Token::end).max().orElse(group.end()));
        return EDGE.matcher(claim.substring(start, end)).replaceAll("");
    }

    private static Set<String> names(String text) {
        Set<String> names = new HashSet<>();
        for (Token token : tokens(text)) if (token.kind() == Kind.NAME) names.add(token.form());
        return names;
    }

    /**
     * The text's figure groups, sentence by sentence. A claim's words are tied to their nearest
     * figure; a source's, read loosely, to every figure near them, as what it states is the benefit
     * of the doubt: a claim is only found wrong where the source clearly says otherwise.
     */
    private static List<Group> read(String text, boolean loosely) {
        List<Token> tokens = tokens(text);
        List<Group> groups = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).endsSentence() && i < tokens.size() - 1) continue;
            boolean respective = RESPECTIVE.matcher(text.substring(tokens.get(start).start(), tokens.get(i).end())).find();
            groups.addAll(groups(tokens.subList(start, i + 1), loosely, loosely && respective));
            start = i + 1;
        }
        return groups;
    }

    /** The figure groups of one sentence, each with the names and words tied to it; "respectively" ties every word to every figure. */
    private static List<Group> groups(List<Token> tokens, boolean loosely, boolean everyWord) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() != Kind.FIGURE) continue;
            int end = i;
            for (int next = joined(tokens, end); next > 0; next = joined(tokens, end)) end = next;
            spans.add(new int[] {i, end});
            i = end;
        }
        Set<String> forms = new HashSet<>();
        tokens.forEach(token -> forms.add(token.form()));
        List<Group> groups = new ArrayList<>();
        for (int[] span : spans) {
            List<Token> figures = tokens.subList(span[0], span[1] + 1).stream().filter(t -> t.kind() == Kind.FIGURE).toList();
            // "84.5 percent": the unit is part of the figure as the claim writes it.
            boolean unit = span[1] + 1 < tokens.size() && UNITS.contains(tokens.get(span[1] + 1).form()) && !tokens.get(span[1]).endsClause();
            groups.add(new Group(figures, new ArrayList<>(), new ArrayList<>(), forms, tokens.get(unit ? span[1] + 1 : span[1]).end()));
        }
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (next < spans.size() && spans.get(next)[0] <= i) next++;
            Token token = tokens.get(i);
            if (token.kind() != Kind.NAME && token.kind() != Kind.WORD) continue;
            if (everyWord && spans.size() <= MAX_RESPECTIVE) {
                for (Group group : groups) tie(group, token);
                continue;
            }
            // A figure between blocks any other: only the groups either side of the word may be its.
            int gap = (token.kind() == Kind.NAME ? NAME_GAP : WORD_GAP) + (loosely ? LOOSER : 0);
            int before = next > 0 ? distance(tokens, i, spans.get(next - 1), loosely, gap) : Integer.MAX_VALUE;
            int after = next < spans.size() ? distance(tokens, i, spans.get(next), loosely, gap) : Integer.MAX_VALUE;
            // A claim's word is its nearest figure's, or both's when as near; a source's, read loosely, any near figure's.
            if (before <= gap && (loosely || before <= after)) tie(groups.get(next - 1), token);
            if (after <= gap && (loosely || after <= before)) tie(groups.get(next), token);
        }
        return groups;
    }

    private static void tie(Group group, Token token) {
        (token.kind() == Kind.NAME ? group.names() : group.words()).add(token);
    }

    /** The next figure of one statement with the figure at {@code end}, or -1: "from 30.7% to 48.1%", "30%, and up to 70%". */
    private static int joined(List<Token> tokens, int end) {
        for (int j = end + 1; j < tokens.size() && j <= end + JOIN_GAP + 1; j++) {
            Token token = tokens.get(j);
            if (token.kind() == Kind.FIGURE) return j;
            boolean joins = token.kind() == Kind.FILLER || token.kind() == Kind.BOUNDARY && JOINING.contains(token.form());
            if (!joins || token.endsSentence()) return -1;
        }
        return -1;
    }

    /**
     * Content words between token i and the span, or more than any gap when a clause ends or a
     * figure stands between. Read loosely, names listed together are one subject: "Saturn-1.5B and
     * Saturn-7B improve average scores by +4.9 and +1.8".
     */
    private static int distance(List<Token> tokens, int i, int[] span, boolean loosely, int gap) {
        int from = i < span[0] ? i : span[1], to = i < span[0] ? span[0] : i;
        int words = 0;
        for (int j = from; j < to; j++) {
            Token token = tokens.get(j);
            boolean listed = loosely && j > 0 && j + 1 < tokens.size() && tokens.get(j + 1).kind() == Kind.NAME
                    && (token.kind() == Kind.NAME || token.kind() == Kind.BOUNDARY && JOINING.contains(token.form()) && tokens.get(j - 1).kind() == Kind.NAME);
            if (listed) continue;
            if (token.endsClause() || j > from && (token.kind() == Kind.BOUNDARY || token.kind() == Kind.FIGURE)) return Integer.MAX_VALUE;
            if (j > from && (token.kind() == Kind.NAME || token.kind() == Kind.WORD) && ++words > gap) return Integer.MAX_VALUE;
        }
        return words;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String raw = m.group();
            boolean abbreviation = ABBREVIATIONS.contains(raw.toLowerCase(Locale.ROOT));
            boolean endsSentence = !abbreviation && SENTENCE_END.matcher(raw).find();
            boolean endsClause = endsSentence || CLAUSE_END.matcher(raw).find();
            Token token = token(EDGE.matcher(POSSESSIVE.matcher(raw.replace("\\%", "%")).replaceAll("")).replaceAll(""), m.start(), m.end(), endsClause, endsSentence);
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            // "AMC 2023", "ACM 23": a benchmark's edition is part of its name, no figure.
            if (last != null && !last.endsClause() && CAPITALS.matcher(text.substring(last.start(), last.end()).replaceAll("\\W", "")).matches()
                    && EDITION.matcher(EDGE.matcher(raw).replaceAll("")).matches()) {
                String edition = EDGE.matcher(raw).replaceAll("");
                tokens.set(tokens.size() - 1, new Token(Kind.NAME, last.form().toUpperCase(Locale.ROOT) + edition.substring(edition.length() - 2),
                        "", last.start(), m.end(), endsClause, endsSentence));
                continue;
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static Token token(String bare, int start, int end, boolean endsClause, boolean endsSentence) {
        String lower = bare.toLowerCase(Locale.ROOT);
        if (ARROW.matcher(bare).matches()) return new Token(Kind.FILLER, "\u2192", "", start, end, endsClause, endsSentence);
        // "36T", "4.2T-token", "5B-token": a count of tokens or samples, no model's size ("7B", "1.1B-parameter" are a name's part).
        Matcher count = COUNT.matcher(bare);
        if (count.matches()) return new Token(Kind.FIGURE, new BigDecimal(count.group(1)).stripTrailingZeros().toPlainString(), count.group(2), start, end,
                endsClause, endsSentence);
        Matcher figure = FIGURE.matcher(bare);
        // A year, and a small whole number of nothing said ("4 GPUs", "(2) teaching them"), is no result to tie.
        if (figure.matches() && !(figure.group(2) == null && (YEAR.matcher(figure.group(1)).matches() || SMALL.matcher(figure.group(1)).matches()))) {
            String digits = THOUSANDS.matcher(figure.group(1)).matches() ? figure.group(1).replace(",", "") : figure.group(1).replace(',', '.');
            String unit = figure.group(2) == null ? "" : figure.group(2).equals("%") ? "%" : "x";
            return new Token(Kind.FIGURE, new BigDecimal(digits).stripTrailingZeros().toPlainString(), unit, start, end, endsClause, endsSentence);
        }
        if (BOUNDARIES.contains(lower)) return new Token(Kind.BOUNDARY, lower, "", start, end, endsClause, endsSentence);
        if (NAME.matcher(bare).matches() && !YEAR.matcher(bare).matches() && !ACRONYMS.matcher(bare).matches()
                && (bare.length() >= 4 || DIGIT.matcher(bare).find())) {
            return new Token(Kind.NAME, bare.toUpperCase(Locale.ROOT).replaceAll("[-_.\u2019']", ""), "", start, end, endsClause, endsSentence);
        }
        String letters = lower.replaceAll("[^\\p{L}]", "");
        // A rough stem: "tasks" and "task", "reduces" and "reducing" alike.
        String singular = letters.length() > 4 && letters.endsWith("s") && !letters.endsWith("ss") ? letters.substring(0, letters.length() - 1) : letters;
        String stem = Words.roughStem(singular);
        if (letters.length() < 4 || FILLERS.contains(letters) || CHANGE.contains(stem)) return new Token(Kind.FILLER, letters, "", start, end, endsClause, endsSentence);
        return new Token(Kind.WORD, stem, "", start, end, endsClause, endsSentence);
    }
}
