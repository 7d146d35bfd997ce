package dev.paperchat.retrieve;

import dev.paperchat.corpus.Paper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a claim says of a paper's record rather than of its findings: its year ("introduced in
 * 2023", "a 2025 paper") and its organisation ("General-Reasoner, from Tencent", "ByteDance's
 * TimeSearch-R"). An abstract seldom states either; the record does, so a right year or
 * organisation is stated and a wrong one is what the claim gets wrong.
 *
 * @param years the years the claim dates its paper by
 * @param papersYears those of its years that date the paper as a paper ("a 2025 study"), not an event it tells of
 * @param organisations the organisations it names, as written, that the collection knows or that
 *                      are companies whose labs papers name apart ("Google")
 */
public record RecordCheck(List<String> years, List<String> papersYears, List<String> organisations) {
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d.-])(?:19|20)\\d{2}(?![\\p{L}\\d%-]|\\.\\d)");
    /** What a year of a paper's date follows: "in 2023", "a 2025 paper", "(2024)"; not "AIME 2024", a benchmark's edition. */
    private static final Pattern DATING = Pattern.compile("(?:(?:^|\\s)(?:in|since|from|of|by|until|a|an|the|its|their|early|late|mid|circa"
            + "|published|released|introduced|proposed|dated|appeared)|[(,]|^)\\s*+$", Pattern.CASE_INSENSITIVE);
    /**
     * A year that dates the paper itself ("a 2025 paper", "(First Try Matters, 2025)"), not an event the claim tells of
     * ("first introduced in 2022"), which a record with no year leaves unchecked rather than unstated.
     */
    private static final Pattern PAPERS_YEAR = Pattern.compile("(?i)(?<!\\p{L})(?:a|an|the|one|this|that|its|their)\\s++((?:19|20)\\d{2})\\s++"
            + "(?:paper|study|work|preprint|article|report|survey)|\\([^()]{1,120}?,\\s*+((?:19|20)\\d{2})\\s*+\\)");
    /** A capitalised word, dots inside it ("Ontocord.AI") but not after it. */
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\d&-]*+(?:\\.[\\p{L}\\d&-]++)*+";
    /** A run of up to four capitalised words, "of" and "the" between them: "University of Waterloo", "ByteDance's"; "and" parts two. */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\d-])" + CAPITALISED + "(?:\\s++(?:(?:of|the|for)\\s++)?" + CAPITALISED + "){0,3}");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
    /** What follows an organisation's name in a product's: "NVIDIA A100", "Microsoft COCO", "Meta Llama" are no origin of a paper. */
    private static final Pattern PRODUCT_AFTER = Pattern.compile("\\s++[\\p{Lu}\\d]");

    /** The years and organisations of the claim, of names {@code known} tells are organisations. */
    public static RecordCheck of(String claim, Organisations known) {
        List<String> years = YEAR.matcher(claim).results().filter(y -> DATING.matcher(claim).region(0, y.start()).find())
                .map(MatchResult::group).distinct().toList();
        List<String> organisations = new ArrayList<>();
        Matcher name = NAME.matcher(claim);
        while (name.find()) {
            String written = name.group();
            boolean possessive = POSSESSIVE.matcher(written).find() || claim.startsWith("'s", name.end()) || claim.startsWith("\u2019s", name.end());
            if (!possessive && PRODUCT_AFTER.matcher(claim).region(name.end(), claim.length()).lookingAt()) continue;
            longestKnown(POSSESSIVE.matcher(written).replaceFirst(""), known).filter(o -> !organisations.contains(o)).ifPresent(organisations::add);
        }
        List<String> papersYears = PAPERS_YEAR.matcher(claim).results().map(m -> m.group(1) != null ? m.group(1) : m.group(2))
                .filter(years::contains).distinct().toList();
        return new RecordCheck(years, papersYears, List.copyOf(organisations));
    }

    /**
     * What the paper does not state of the claim: of its figures and names, what its title and
     * abstract do not ({@code byText}); of its year and organisation, what its record does not.
     */
    public List<String> unstated(List<String> byText, Paper paper, Organisations known) {
        if (isEmpty()) return byText;
        List<String> stated = stated(paper, known);
        // "a 2025 paper" of a record with no year: nothing states its year or another, and the notice says so.
        if (year(paper).isEmpty()) stated.addAll(papersYears);
        // "DeepMind" of a claim's "Google DeepMind" is stated with it.
        List<String> unstated = new ArrayList<>(byText.stream().filter(item -> stated.stream().noneMatch(s -> holds(s, item))).toList());
        contrary(paper, known).stream().filter(item -> unstated.stream().noneMatch(item::equalsIgnoreCase)).forEach(unstated::add);
        return unstated;
    }

    /** The claim's years and organisations the paper's record states, to strike from what the paper does not state. */
    private List<String> stated(Paper paper, Organisations known) {
        List<String> stated = new ArrayList<>();
        year(paper).ifPresent(year -> years.stream().filter(year::equals).forEach(stated::add));
        organisations.stream().filter(o -> paper.organization() != null && known.sameAs(o, paper.organization())).forEach(stated::add);
        return stated;
    }

    /**
     * The claim's years and organisations the record gives otherwise; and an organisation the record
     * lacks that its title and abstract do not write either: nothing then bears it out.
     */
    private List<String> contrary(Paper paper, Organisations known) {
        List<String> contrary = new ArrayList<>();
        year(paper).ifPresent(year -> years.stream().filter(y -> !y.equals(year)).forEach(contrary::add));
        String text = paper.title() + "\n" + paper.abstractText();
        organisations.stream().filter(o -> paper.organization() != null ? !known.sameAs(o, paper.organization())
                : !holds(text, o))
                .forEach(contrary::add);
        return contrary;
    }

    /**
     * What the reader should know of the record of the paper the claim is about: "The claim dates
     * it 2024; its record, 2023-05-29." Empty when the record agrees or has nothing to say.
     *
     * @param given what gave the year or organisation: "claim", "text looked up"
     */
    public List<String> notices(Paper paper, Organisations known, String given) {
        List<String> notices = new ArrayList<>();
        Optional<String> year = year(paper);
        List<String> otherYears = years.stream().filter(y -> year.isPresent() && !y.equals(year.get())).toList();
        if (!otherYears.isEmpty()) {
            notices.add("The " + given + " dates \"" + paper.title() + "\" " + String.join(" or ", otherYears) + "; its record dates it " + paper.date() + ".");
        }
        if (year.isEmpty() && !papersYears.isEmpty()) {
            notices.add("The " + given + " dates \"" + paper.title() + "\" " + String.join(" or ", papersYears) + "; its record gives no year"
                    + (paper.date() == null ? "" : " (" + paper.date() + ")") + ", so that is not checked.");
        }
        List<String> otherOrganisations = organisations.stream().filter(o -> paper.organization() != null && !known.sameAs(o, paper.organization())).toList();
        if (!otherOrganisations.isEmpty()) {
            notices.add("The " + given + " has \"" + paper.title() + "\" from " + String.join(" or ", otherOrganisations) + "; its record has it from "
                    + paper.organization() + ".");
        }
        return notices;
    }

    /** Whether the item of what a paper does not state is the claim's year or organisation, which only a record states. */
    public boolean about(String item) {
        return years.contains(item) || organisations.stream().anyMatch(o -> holds(o, item));
    }

    public boolean isEmpty() {
        return years.isEmpty() && organisations.isEmpty();
    }

    private static boolean holds(String name, String item) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(item) + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE).matcher(name).find();
    }

    private static Optional<String> year(Paper paper) {
        return paper.date() != null && paper.date().matches("(?:19|20)\\d{2}(?:-.*)?") ? Optional.of(paper.date().substring(0, 4)) : Optional.empty();
    }

    /**
     * The longest end of the name's words that names an organisation: "University of Waterloo" of
     * "A University of Waterloo". A name followed by more of the run is a product's ("NVIDIA A40").
     */
    private static Optional<String> longestKnown(String written, Organisations known) {
        String[] words = written.split("\\s++");
        for (int start = 0; start < words.length; start++) {
            if (!Character.isUpperCase(words[start].charAt(0))) continue;
            String candidate = String.join(" ", Arrays.copyOfRange(words, start, words.length));
            if (known.isOrganisation(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
