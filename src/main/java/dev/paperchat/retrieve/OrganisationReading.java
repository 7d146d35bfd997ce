package dev.paperchat.retrieve;

import dev.paperchat.index.Filters;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An organisation filter as the search reads it: as written, as the name the collection knows it
 * by ("Google DeepMind" read as "deepmind", {@code readAs}), or as no organisation's name, when
 * {@code readAs} is null: then the names near it are told.
 */
public record OrganisationReading(Filters filters, String asked, String readAs, List<String> near) {

    /**
     * @param known of the lower-case names given, those some paper's organisation is
     * @param all every organisation, listed only when the name given is none: a collection may have thousands
     */
    static OrganisationReading of(Filters filters, Function<Collection<String>, Set<String>> known, Supplier<Organisations> all) {
        String asked = filters.organization();
        if (asked == null || !known.apply(Set.of(asked.toLowerCase(Locale.ROOT))).isEmpty()) return asWritten(filters);
        Organisations organisations = all.get();
        Optional<String> meant = organisations.meant(asked);
        if (meant.isEmpty()) return new OrganisationReading(filters, asked, null, organisations.nearest(asked, 3));
        return new OrganisationReading(new Filters(filters.from(), filters.to(), meant.get()), asked, meant.get(), List.of());
    }

    private static OrganisationReading asWritten(Filters filters) {
        return new OrganisationReading(filters, null, null, List.of());
    }

    /** What the reader is told of the search's results, if anything. */
    Optional<String> notice(SearchResult result) {
        return notice(result.hits().stream().map(h -> h.paper().organization()).filter(Objects::nonNull).findFirst());
    }

    /** @param written the name as a paper found writes it: the index keeps it in lower case */
    public Optional<String> notice(Optional<String> written) {
        if (asked == null) return Optional.empty();
        if (readAs == null) {
            return Optional.of("No paper in the collection is from an organisation named \"" + asked + "\""
                    + (near.isEmpty() ? "" : "; names near it: " + String.join(", ", near)) + ". Every organisation is listed by paperchat stats, GET /api/stats, the MCP tool collection_stats and the chat page's Organisation field.");
        }
        return Optional.of("Organisation \"" + asked + "\" was read as \"" + written.orElse(readAs) + "\", the collection's name for it.");
    }
}
