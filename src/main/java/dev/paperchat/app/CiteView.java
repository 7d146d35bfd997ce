package dev.paperchat.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.paperchat.answer.ForeignQuestion;
import dev.paperchat.corpus.Dated;
import dev.paperchat.corpus.Specifics;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.retrieve.CitationLookup;
import dev.paperchat.retrieve.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A citation lookup as {@code cite --json} prints it and {@code GET /api/cite} returns it.
 *
 * @param claims for a passage of several claims, each sentence looked up on its own (the first
 *               {@link CitationLookup#MAX_CLAIMS}); the results are then those of the passage whole
 * @param notices what the reader should know of how the lookup was made
 */
@JsonPropertyOrder({"query", "by", "found", "supported"})
public record CiteView(String query, String by, boolean found, Map<String, String> respelled, List<Result> results,
                       List<CiteView> claims, List<String> notices) {
    /** A title lookup this sure names the paper whose title the text is. */
    private static final double QUOTED_TITLE = 0.9;
    /** Words a title may be given with beyond its own ("the paper", a year). */
    private static final int EXTRA_TITLE_WORDS = 3;

    /**
     * @param unstated a claim's numbers that the paper does not state: it may be on the subject, but it is not the claim's source
     * @param opposes how the sentence says the opposite of the claim, or null
     */
    public record Result(String id, String title, double score, double confidence, String sentence, int start, int end,
                         String date, String organization, List<String> links, List<String> unstated, String opposes) implements Dated {}

    /**
     * The first paper found that may be the source: not one whose sentence says the opposite, which
     * comes first as what the claim gets wrong. Empty when nothing was found.
     */
    public Optional<Result> source() {
        return found ? results.stream().filter(r -> r.opposes() == null).findFirst() : Optional.empty();
    }

    /**
     * Whether the claim's source was found and its sentence bears the claim out: the first result
     * states every figure and name of the claim and does not say the opposite. A claim found with a
     * wrong figure ("reduces KV cache by 80%" of a paper's 50%) is found, not supported. Of a passage,
     * whether every claim is; of a title, whether it was found.
     */
    @JsonProperty("supported")
    public boolean supported() {
        if (!claims.isEmpty()) return claims.stream().allMatch(CiteView::supported);
        if (by.equals("title")) return found;
        return found && !results.isEmpty() && results.get(0).unstated().isEmpty() && results.get(0).opposes() == null;
    }

    /** Whether a reader is told {@link #notFound}: not when a notice already says why nothing is listed ("No paper ... has the arXiv id ..."). */
    public boolean saysNotFound() {
        return !found && (notices.isEmpty() || !results.isEmpty());
    }

    /** What to say when nothing was found; the results are then only the closest papers. */
    public String notFound() {
        return by.equals("title") ? "No paper in the collection clearly has this title or name." : "Nothing in the collection states this clearly.";
    }

    /**
     * "The paper does not state 0.95." for a claim whose numbers it does not all state, and "The
     * cited sentence says the opposite ("outperform")." for one it contradicts; else empty.
     */
    public static String note(Result result) {
        String unstated = result.unstated().isEmpty() ? "" : "The paper does not state " + Specifics.listed(result.unstated()) + ".";
        if (result.opposes() == null) return unstated;
        String opposes = Character.toUpperCase(result.opposes().charAt(0)) + result.opposes().substring(1) + ".";
        return unstated.isEmpty() ? opposes : unstated + " " + opposes;
    }

    /** "Searched "colapse" as "collapse": ..." when a word was respelt, else empty. */
    public String respellingNotice() {
        return SearchResult.respellingNotice(respelled);
    }

    /**
     * A lookup by {@code by} ("title" or "claim"). A passage of several claims is looked up sentence
     * by sentence, also when given as a title, which it cannot be; its results are then each
     * claim's first source. A pasted reference is looked up as a title, whichever it was given as.
     */
    public static CiteView lookUp(CitationLookup lookup, String by, String typed, int k) {
        String query = TypedText.plain(typed);
        // A passage is looked up sentence by sentence, each short enough: its length is checked whole, as the API's is.
        CitationLookup.checkLength(by, query);
        // Its full stops part authors, year, title and venue, not claims.
        if (CitationLookup.isReference(query)) return of(lookup.byTitle(query, k), "title");
        if (CitationLookup.onlyIdentifiers(query) && CitationLookup.identifierAlone(query).isEmpty()) {
            CiteView byIds = of(lookup.byTitle(query, k), "title");
            return byIds.found || !byIds.results.isEmpty() ? byIds
                    : new CiteView(query, "title", false, Map.of(), List.of(), List.of(), List.of("No paper in the collection has these ids; look up one id at a time."));
        }
        Optional<String> id = CitationLookup.identifierAlone(query);
        if (id.isPresent()) {
            CiteView byId = of(lookup.byTitle(query, k), "title");
            // The lookup lists nothing only when no paper has the id.
            if (byId.found || !byId.results.isEmpty()) return byId;
            String kind = id.get().startsWith("10.") ? "DOI " : "arXiv id ";
            return new CiteView(query, "title", false, Map.of(), List.of(), List.of(), List.of("No paper in the collection has the " + kind + id.get() + "."));
        }
        List<String> claims = CitationLookup.claimsOf(query);
        if (!claims.isEmpty() && by.equals("title")) {
            // "Reasoning or Memorization? Unreliable Results of...": one title of two sentences, which a title lookup names.
            CiteView asTitle = of(lookup.byTitle(query, k), by);
            if (quotesTitle(asTitle) || asksThenSays(query)) return asTitle;
        }
        if (claims.isEmpty()) {
            CiteView view = by.equals("title") ? of(lookup.byTitle(query, k), by) : of(lookup.byClaim(query, k), by);
            return view.found || !ForeignQuestion.asked(query) ? view
                    : new CiteView(view.query, view.by, false, view.respelled, view.results, List.of(), List.of(ForeignQuestion.LOOKUP_NOTICE));
        }
        List<CiteView> each = eachClaim(lookup, claims.subList(0, Math.min(CitationLookup.MAX_CLAIMS, claims.size())), k);
        List<String> notices = new ArrayList<>();
        if (by.equals("title")) notices.add("This reads as a passage of " + claims.size() + " sentences, not a title: each is looked up as a claim.");
        else notices.add("The passage holds " + claims.size() + " claims; each sentence is looked up on its own.");
        if (claims.size() > CitationLookup.MAX_CLAIMS) {
            notices.add("Only its first " + CitationLookup.MAX_CLAIMS + " sentences were looked up: look up the others in a passage of their own.");
        }
        List<String> tooShort = CitationLookup.tooShort(query);
        if (!tooShort.isEmpty()) notices.add("Too short to look up as claims: " + String.join(" ", tooShort));
        Map<String, Result> firsts = new LinkedHashMap<>();
        for (CiteView claim : each) claim.source().ifPresent(source -> firsts.putIfAbsent(source.id(), source));
        return new CiteView(query, "claim", !firsts.isEmpty(), Map.of(), List.copyOf(firsts.values()), each, List.copyOf(notices));
    }

    /**
     * Each claim of a passage looked up in turn. One that refers back to the paper the claim before
     * named ("Quiet-STaR teaches LMs to think. It requires fine-tuning on each task.") is looked up
     * with that paper's name for "It" or "This method", as a reader reads it, and says so; "The same paper" or "This study"
     * refers to the paper the claim before was found in, named or not.
     */
    private static List<CiteView> eachClaim(CitationLookup lookup, List<String> claims, int k) {
        List<CiteView> each = new ArrayList<>();
        Optional<String> subject = Optional.empty(), source = Optional.empty();
        for (String claim : claims) {
            // "The same paper analysed eight models": the paper the sentence before was found in, by its title when it names none.
            // "It ..." after a sentence that names nothing but was found in a paper: that paper, by the name its title opens with.
            Optional<String> foundIn = source.map(CiteView::calledBy);
            Optional<String> meant = CitationLookup.refersToPaper(claim) && subject.isEmpty() ? source : subject.isPresent() ? subject : foundIn;
            Optional<String> resolved = meant.flatMap(name -> CitationLookup.withSubject(claim, name));
            CitationLookup.Lookup found = lookup.byClaim(resolved.orElse(claim), k);
            CiteView view = of(found, "claim");
            if (resolved.isPresent()) {
                List<String> notices = new ArrayList<>(view.notices());
                String whose = subject.isPresent() ? "names" : "was found in";
                notices.add(0, "Read as \"" + resolved.get() + "\", of the paper the sentence before " + whose + ".");
                view = new CiteView(claim, view.by, view.found, view.respelled, view.results, view.claims, List.copyOf(notices));
            }
            each.add(view);
            Optional<String> named = found.matches().stream().findFirst().filter(m -> m.hit().named() && !m.hit().names().isEmpty())
                    .map(m -> m.hit().names().get(0));
            Optional<String> sourceTitle = view.source().map(Result::title);
            // A sentence found in the paper the one before was, naming nothing, keeps its subject for the next: "Masked Thought
            // is complementary ... Combined with data augmentation it improves ... However, it requires ...".
            boolean samePaper = sourceTitle.isPresent() && sourceTitle.equals(source);
            subject = named.isPresent() ? named : resolved.isPresent() || samePaper ? subject : Optional.empty();
            source = sourceTitle.isPresent() ? sourceTitle : resolved.isPresent() ? source : Optional.empty();
        }
        return each;
    }

    /** "Masked Thought" of "Masked Thought: Simply Masking ...": the name a title opens with, or the title. */
    private static String calledBy(String title) {
        int colon = title.indexOf(':');
        return colon > 0 && title.substring(0, colon).split("\\s+").length <= MAX_NAME_WORDS ? title.substring(0, colon) : title;
    }

    private static final int MAX_NAME_WORDS = 4;

    /** Whether the best paper's title is nearly all the query: a passage that only names a paper ("ReasonMaxxer beats...") is not its title. */
    private static boolean quotesTitle(CiteView view) {
        if (!view.found || view.results.get(0).confidence() < QUOTED_TITLE) return false;
        return words(view.query) <= words(view.results.get(0).title()) + EXTRA_TITLE_WORDS;
    }

    /**
     * "Do NOT Think That Much for 2+3=? On the Overthinking of o1-Like LLMs": a title that asks,
     * then says, with no full stop at its end; a passage of claims ends its sentences with them.
     */
    private static boolean asksThenSays(String text) {
        List<String> sentences = CitationLookup.claimsOf(text);
        // "Does RL expand reasoning? Our results show it does." ends as a claim does: a passage.
        return !text.strip().endsWith(".") && sentences.subList(0, sentences.size() - 1).stream().allMatch(s -> s.endsWith("?") || s.endsWith("!"));
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    static CiteView of(CitationLookup.Lookup lookup, String by) {
        return new CiteView(lookup.query(), by, lookup.found(), lookup.respelled(), lookup.matches().stream().map(m -> new Result(
                m.hit().paper().id(), m.hit().paper().title(), SearchView.round(m.hit().score()), m.confidence(),
                m.sentence() == null ? null : m.sentence().text(), m.sentence() == null ? -1 : m.sentence().start(),
                m.sentence() == null ? -1 : m.sentence().end(), m.hit().paper().date(), m.hit().paper().organization(),
                m.hit().paper().links(), m.unstated(), m.opposes())).toList(), List.of(), lookup.notices());
    }
}
