package dev.paperchat.answer;

import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.HybridRetriever;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dates and the organisation a question names ("RL papers from Tencent since July 2025"),
 * read as the filters, and the question searched within them. Those the reader set in the
 * filters win over those the question names.
 *
 * @param question the question without the words read as filters, with them as its filters
 * @param overruled a notice when the question names another organisation than the filter the reader set
 * @param askedAgain whether the question is the one before, asked again of the organisation or the dates a follow-up names
 *                   ("What about Tencent?", "What about 2024?")
 */
record NamedFilters(Optional<DateFilter.Dated> dated, Optional<OrganisationFilter.Named> organisation, Question question,
                    Optional<String> overruled, boolean askedAgain) {

    /** Whether the question names dates or an organisation. */
    boolean any() {
        return dated.isPresent() || organisation.isPresent();
    }

    /**
     * What the filtered papers should be about: "RL" of "What does Tencent publish on RL?", or of
     * "Which papers study RL?" within filters the reader set; empty of "Which papers are from 2023?".
     */
    Optional<String> topic() {
        return organisation.map(OrganisationFilter.Named::topic).or(() -> dated.map(DateFilter.Dated::topic))
                .or(() -> question.filters().isEmpty() ? Optional.empty() : Optional.of(OrganisationFilter.topicOf(question.text())));
    }

    /** "from Tencent", "dated 2023": the papers a question asks for all of, when it names no topic of theirs. */
    Optional<String> onlyItsPapers() {
        return organisation.isPresent() ? organisation.filter(OrganisationFilter.Named::asksOnlyForItsPapers).map(o -> "from " + o.name())
                : dated.filter(DateFilter.Dated::asksOnlyForItsPapers).map(DateFilter.Dated::range);
    }

    static NamedFilters of(Question asked, HybridRetriever retriever) {
        // "Was Quiet-STaR published in 2023?" asks of a paper's record: its date is checked, not searched within.
        if (RecordQuestion.checks(asked.text())) return new NamedFilters(Optional.empty(), Optional.empty(), asked, Optional.empty(), false);
        Optional<DateFilter.Dated> dated = asked.filters().hasDateRange() ? Optional.empty() : DateFilter.find(asked.text());
        int askedBefore = lastAskedTurn(asked.history(), retriever);
        // "What about 2024?": the question before, asked again of the year's papers, in the conversation it was asked in.
        boolean datedAgain = false;
        if (dated.isEmpty() && askedBefore >= 0 && !asked.filters().hasDateRange()) {
            dated = DateFilter.askedAgainOf(asked.text(), asked.history().get(askedBefore).content());
            datedAgain = dated.isPresent();
        }
        Question asOfDates = datedAgain ? before(asked, askedBefore) : asked;
        Question undated = dated.map(d -> d.appliedTo(asOfDates)).orElse(asked);
        Optional<OrganisationFilter.Named> named = OrganisationFilter.find(undated.text(), retriever::organisations, retriever::organisations,
                retriever::papersUsing);
        Question asOf = undated;
        boolean askedAgain = false;
        int before = lastAskedTurn(undated.history(), retriever);
        if (named.isEmpty() && before >= 0) {
            // "What about Tencent?": the question before, asked again of Tencent's papers, in the conversation it was asked in
            // ("what speedups do they report?" reads its "they" as it did then, not as the papers answered since).
            named = OrganisationFilter.askedAgainOf(undated.text(), undated.history().get(before).content(), retriever::organisations,
                    retriever::organisations, retriever::papersUsing);
            askedAgain = named.isPresent();
            if (askedAgain) asOf = before(undated, before);
        }
        String set = asked.filters().organization();
        // Both names as the collection has them: "DeepMind" named under the filter "Google DeepMind" is that filter.
        Function<String, String> read = name -> retriever.readOrganisation(new Filters(null, null, name)).filters().organization()
                .toLowerCase(Locale.ROOT);
        // Named as the filter is set, it is read as that filter: its words are no topic to search.
        Optional<OrganisationFilter.Named> organisation = set == null ? named : named.filter(n -> read.apply(n.name()).equals(read.apply(set)));
        // "Which papers from Microsoft...?" under the filter tencent: the filter wins, and the reader is told.
        Optional<String> overruled = set == null || organisation.isPresent() ? Optional.empty() : named.map(OrganisationFilter.Named::name)
                .map(name -> "The question names " + name + "; the organisation filter (" + set.strip() + ") was searched instead.");
        return new NamedFilters(dated, organisation, organisation.isPresent() ? organisation.get().appliedTo(asOf) : undated, overruled,
                askedAgain && organisation.isPresent() || datedAgain);
    }

    /** The question in the conversation as it was before the user's turn at {@code turn}. */
    private static Question before(Question question, int turn) {
        return new Question(question.text(), question.history().subList(0, turn), question.k(), question.mode(), question.filters());
    }

    /**
     * The user's last turn that asked a question of its own: "and from Microsoft?" after "What about Tencent?" asks again
     * what was asked before Tencent, not "...? What about Tencent?", whose "Tencent" would be searched as a word. Nor "any
     * others?", which goes on with the question before it: "and from Tencent?" after it is that question's.
     */
    private static int lastAskedTurn(List<Turn> history, HybridRetriever retriever) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).role().equals("user")) continue;
            String said = history.get(i).content();
            boolean askedAgain = DateFilter.askedAgainOf(said, said).isPresent() || OrganisationFilter.askedAgainOf(said, said,
                    retriever::organisations, retriever::organisations, retriever::papersUsing).isPresent();
            if ((!askedAgain && !MorePapers.asks(said)) || !hasUserTurnBefore(history, i)) return i;
        }
        return -1;
    }

    private static boolean hasUserTurnBefore(List<Turn> history, int turn) {
        return history.subList(0, turn).stream().anyMatch(t -> t.role().equals("user"));
    }
}
