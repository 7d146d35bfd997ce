package dev.paperchat.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One research paper as paperchat stores it: what was parsed from any input format,
 * after duplicates were merged.
 *
 * @param date ISO date (2025-08-15) where the year is known, the raw text ("Apr 7") otherwise
 * @param authorCount number of authors when only a count is known (listing pages)
 * @param links URLs found in the abstract or given by the source (code, project page)
 * @param aliases other ids the paper is known by (an id given by the input, later DOI or arXiv id)
 * @param sources every file and line this paper was read from
 */
public record Paper(
        String id,
        String title,
        String abstractText,
        List<String> authors,
        Integer authorCount,
        String date,
        String organization,
        Integer upvotes,
        List<String> links,
        List<String> aliases,
        List<Source> sources) {

    public Paper {
        Objects.requireNonNull(id, "id");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title must not be blank");
        if (abstractText == null || abstractText.isBlank()) throw new IllegalArgumentException("abstract must not be blank");
        authors = authors == null ? List.of() : List.copyOf(authors);
        links = links == null ? List.of() : List.copyOf(links);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A paper whose id is derived from its title, as for every input without ids of its own. */
    public static Paper of(String title, String abstractText, List<String> authors, Integer authorCount,
                           String date, String organization, Integer upvotes, Source source) {
        return new Paper(Titles.id(title), title.strip(), abstractText.strip(), authors, authorCount, date,
                organization, upvotes, Links.find(abstractText), List.of(), List.of(source));
    }

    /** The number of authors, from the list when there is one. */
    public Integer authorTotal() {
        return authors.isEmpty() ? authorCount : Integer.valueOf(authors.size());
    }
}
