package dev.paperchat.index;

import java.util.List;

/** What a query can call a paper by: its title and the names its abstract introduces. */
public record NamedPaper(String id, String title, List<String> names) {}
