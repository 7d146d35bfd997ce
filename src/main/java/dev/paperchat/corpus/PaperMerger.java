package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges the records of one paper that arrived from several files into one. */
public final class PaperMerger {
    private PaperMerger() {}

    /** Merges papers with the same id, in input order; the first occurrence fixes the position. */
    public static List<Paper> mergeDuplicates(List<Paper> papers) {
        Map<String, Paper> byId = new LinkedHashMap<>();
        for (Paper paper : papers) byId.merge(paper.id(), paper, PaperMerger::combine);
        return List.copyOf(byId.values());
    }

    /**
     * Two records of one paper read in the same run: the richer abstract wins, every other field
     * is taken from whichever record has it, lists are united.
     */
    public static Paper combine(Paper a, Paper b) {
        Paper richer = b.abstractText().length() > a.abstractText().length() ? b : a;
        return merged(a, b, richer.abstractText(), richer.title());
    }

    /**
     * A stored paper updated by a newer record: the newer title and abstract win, metadata the
     * newer record lacks is kept, so ingesting a file without metadata loses nothing.
     */
    public static Paper update(Paper stored, Paper incoming) {
        return merged(incoming, stored, incoming.abstractText(), incoming.title());
    }

    private static Paper merged(Paper first, Paper second, String abstractText, String title) {
        return new Paper(first.id(), title, abstractText,
                first.authors().isEmpty() ? second.authors() : first.authors(),
                first(first.authorCount(), second.authorCount()),
                preferIso(first.date(), second.date()),
                first(first.organization(), second.organization()),
                first(first.upvotes(), second.upvotes()),
                union(first.links(), second.links()),
                union(first.aliases(), second.aliases()),
                union(second.sources(), first.sources()));
    }

    /** An ISO date beats a raw one ("2025-04-07" over "Apr 7"); otherwise the first given. */
    private static String preferIso(String a, String b) {
        if (a == null) return b;
        if (b != null && !isIso(a) && isIso(b)) return b;
        return a;
    }

    private static boolean isIso(String date) {
        return date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
