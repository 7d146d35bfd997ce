package dev.paperchat.index;

import java.util.List;

/** What a query can call a paper by: its title and the names its abstract introduces; {@code doc} is its segment's document number. */
public record NamedPaper(int doc, String id, String title, List<String> names) {}
