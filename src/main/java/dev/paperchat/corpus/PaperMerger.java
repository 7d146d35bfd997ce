package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the records of one work that arrived by several routes (a listing entry, a BibTeX entry,
 * an arXiv preprint and its published version) into one paper: matched by DOI, then arXiv id,
 * then normalised title.
 */
public final class PaperMerger {
    private PaperMerger() {}

    /** Merges records of the same work, in input order; the first record of a work fixes its id and position. */
    public static List<Paper> mergeDuplicates(List<Paper> papers) {
        Map<String, Paper> byId = new LinkedHashMap<>();
        Map<String, String> idByKey = new HashMap<>();
        for (Paper paper : papers) {
            String id = paper.workKeys().stream().filter(key -> idByKey.containsKey(key) && sameWork(key, byId.get(idByKey.get(key)), paper))
                    .map(idByKey::get).findFirst().orElse(paper.id());
            Paper merged = byId.containsKey(id) ? combine(byId.get(id), paper) : paper;
            byId.put(id, merged);
            for (String key : merged.workKeys()) idByKey.putIfAbsent(key, id);
        }
        return List.copyOf(byId.values());
    }

    /**
     * Whether a record found by this work key is of the paper's work: by its title always; by a DOI or arXiv id only when
     * the titles are alike, as a wrong DOI would merge works ("Graph Neural Networks for Traffic Forecasting" had taken a
     * database paper's title and abstract by a DOI the other file gave it; a proceedings' volume DOI on each of its papers
     * had made them one).
     */
    public static boolean sameWork(String key, Paper found, Paper paper) {
        return key.startsWith(Paper.TITLE_KEY) || Titles.alike(found.title(), paper.title());
    }

    /** The first record of the paper's work among those read before, by its keys, and the record that shares an id with it but not its title. */
    private record Earlier(Paper first, Paper clash) {}

    private static Earlier earlier(Paper paper, Map<String, Paper> firstByKey) {
        Paper first = null, clash = null;
        for (String key : paper.workKeys()) {
            Paper found = firstByKey.get(key);
            if (found == null) continue;
            if (sameWork(key, found, paper)) {
                if (first == null) first = found;
            } else if (clash == null) {
                clash = found;
            }
        }
        return new Earlier(first, clash);
    }

    /** Said of a record that shares a DOI or arXiv id with another work's: both are kept, one of the ids is likely wrong. */
    private static ParseError sharedId(Paper paper, Paper other, String where) {
        Source source = paper.sources().get(0);
        String shared = other.aliases().stream().filter(paper.aliases()::contains).findFirst().orElse("an id");
        return ParseError.warning(source.file(), source.line(), "shares " + shared + " with \"" + other.title() + "\" (" + where
                + ") under another title: kept as two papers; is the id wrong in one of them?");
    }

    /**
     * A stored paper as the records of the sources it still has describe it, merged as one run
     * reading them would: what a source it lost alone gave (an earlier date, a fuller abstract) goes.
     */
    public static Paper asRecorded(String id, List<Paper> records) {
        Paper merged = records.get(0).withId(id);
        for (Paper record : records.subList(1, records.size())) merged = combine(merged, record);
        return merged;
    }

    /**
     * A record that repeats an earlier record of its file, of the same work, with another
     * abstract: an edit pasted below the original, or two papers given one title. They are merged,
     * and the reader is told which lines.
     */
    public static List<ParseError> conflicts(List<Paper> papers) {
        Map<String, Paper> firstByKey = new HashMap<>();
        List<ParseError> warnings = new ArrayList<>();
        for (Paper paper : papers) {
            Earlier earlier = earlier(paper, firstByKey);
            Paper first = earlier.first();
            if (earlier.clash() != null && sameFile(earlier.clash(), paper)) warnings.add(sharedId(paper, earlier.clash(), "line " + earlier.clash().sources().get(0).line()));
            if (first != null && sameFile(first, paper) && !first.abstractText().equals(paper.abstractText())) {
                Source source = paper.sources().get(0);
                warnings.add(ParseError.warning(source.file(), source.line(), "repeats the work of line " + first.sources().get(0).line()
                        + " (" + matchedBy(first, paper) + ") with another abstract: the two were merged, keeping the longer abstract"));
            }
            for (String key : paper.workKeys()) firstByKey.putIfAbsent(key, paper);
        }
        return warnings;
    }

    /**
     * A record of a stored paper's work from another file, with another abstract: "F# Type
     * Providers" and "F* Type Providers" have one title to paperchat, and the longer abstract
     * replaces the other. Said, so that two works taken for one are noticed; none when the
     * abstracts differ only in case, spacing or punctuation, or one ends early, as listing pages cut them.
     */
    public static Optional<ParseError> conflict(Paper stored, Paper incoming) {
        return conflict(stored, incoming, "stored from");
    }

    /**
     * Records of one work from two files read in one run, with other abstracts: the later one is
     * warned of as {@link #conflict} warns of one that merges into a stored paper ("F# Providers"
     * in one file, "F* Providers" in another).
     */
    public static List<ParseError> conflictsAcrossFiles(List<Paper> papers) {
        Map<String, Paper> firstByKey = new HashMap<>();
        List<ParseError> warnings = new ArrayList<>();
        for (Paper paper : papers) {
            Earlier earlier = earlier(paper, firstByKey);
            Paper first = earlier.first();
            if (earlier.clash() != null && Collections.disjoint(files(earlier.clash()), files(paper))) warnings.add(sharedId(paper, earlier.clash(), "read from " + earlier.clash().sources().get(0)));
            if (first != null) conflict(first, paper, "read from").ifPresent(warnings::add);
            for (String key : paper.workKeys()) firstByKey.putIfAbsent(key, paper);
        }
        return warnings;
    }

    private static Optional<ParseError> conflict(Paper earlier, Paper incoming, String how) {
        if (!Collections.disjoint(files(earlier), files(incoming)) || correctedByRequest(earlier, incoming)) return Optional.empty();
        String was = Titles.normalize(earlier.abstractText()), now = Titles.normalize(incoming.abstractText());
        if (was.startsWith(now) || now.startsWith(was)) return Optional.empty();
        Source source = incoming.sources().get(0), first = earlier.sources().get(0);
        return Optional.of(ParseError.warning(source.file(), source.line(), "repeats the work \"" + earlier.title() + "\" " + how + " "
                + first + " (" + matchedBy(earlier, incoming) + ") with another abstract: they are one paper, with the longer abstract;"
                + " two works need titles that differ in more than case and punctuation"));
    }

    /** What made two records one work, as the reader can check it: "the same DOI 10.1234/x", "the same arXiv id ...", "the same title". */
    private static String matchedBy(Paper a, Paper b) {
        for (String alias : a.aliases()) {
            if (!b.aliases().contains(alias)) continue;
            if (alias.startsWith(Paper.DOI)) return "the same DOI " + alias.substring(Paper.DOI.length());
            if (alias.startsWith(Paper.ARXIV)) return "the same arXiv id " + alias.substring(Paper.ARXIV.length());
        }
        return "the same title, but for case and punctuation";
    }

    private static boolean sameFile(Paper a, Paper b) {
        return a.sources().size() == 1 && b.sources().size() == 1 && a.sources().get(0).file().equals(b.sources().get(0).file());
    }

    /**
     * Two records of one work read in the same run: the first keeps its id, the richer abstract
     * wins, every other field is taken from whichever record has it, lists are united.
     */
    public static Paper combine(Paper a, Paper b) {
        Paper richer = b.abstractText().length() > a.abstractText().length() ? b : a;
        // The first entry's citation key is the one the writer's \cite{} uses; a later duplicate's ("smith2023_dup") is not.
        return merged(a, b, a.id(), richer.abstractText(), richer.title(), a.citationKey() != null ? a.citationKey() : b.citationKey());
    }

    /**
     * A stored paper updated by a newer record of the same work. When the newer record comes from every
     * file the stored one came from (read again in one run), it is an edit of it and replaces it whole:
     * a corrected date, a removed keyword, a pasted trailer cut from one of two files. A record an API
     * request gives with the id of a paper only requests gave is a client's correction of what it gives. When the work arrived by several routes, the richer
     * abstract stays, so ingesting a short BibTeX abstract never erases a full one, and metadata
     * the newer record lacks is kept, so ingesting a file without metadata loses nothing.
     */
    public static Paper update(Paper stored, Paper incoming) {
        if (correctedByRequest(stored, incoming)) return corrected(stored, incoming);
        if (files(incoming).containsAll(files(stored))) {
            return new Paper(stored.id(), incoming.title(), incoming.abstractText(), incoming.authors(), incoming.authorCount(),
                    incoming.date(), incoming.organization(), incoming.upvotes(), incoming.venue(), incoming.entryType(), incoming.keywords(),
                    incoming.links(), incoming.aliases(), incoming.citationKey(), incoming.sources());
        }
        // A stored abstract from before LaTeX's escapes were dropped is longer only by its backslashes.
        Paper richer = incoming.abstractText().length() >= Paper.Builder.unescapeLatex(stored.abstractText()).length() ? incoming : stored;
        Paper paper = merged(incoming, stored, stored.id(), richer.abstractText(), richer.title(),
                stored.citationKey() != null ? stored.citationKey() : incoming.citationKey());
        // A file read again says where the paper is in it now: its old lines there go, the other files' stay.
        Set<String> reread = files(incoming);
        List<Source> sources = new ArrayList<>(stored.sources().stream().filter(s -> !reread.contains(s.file())).toList());
        sources.addAll(incoming.sources());
        return paper.withSources(sources);
    }

    /**
     * A client's correction: what the new record gives replaces what is stored (a shorter abstract,
     * a later date), and what it leaves out stays, as a request with fewer fields loses nothing.
     */
    private static Paper corrected(Paper stored, Paper incoming) {
        return new Paper(stored.id(), incoming.title(), incoming.abstractText(),
                incoming.authors().isEmpty() ? stored.authors() : incoming.authors(), first(incoming.authorCount(), stored.authorCount()),
                first(incoming.date(), stored.date()), first(incoming.organization(), stored.organization()),
                first(incoming.upvotes(), stored.upvotes()), first(incoming.venue(), stored.venue()), first(incoming.entryType(), stored.entryType()),
                incoming.keywords().isEmpty() ? stored.keywords() : incoming.keywords(), union(incoming.links(), stored.links()),
                union(incoming.aliases(), stored.aliases()), first(incoming.citationKey(), stored.citationKey()), union(stored.sources(), incoming.sources()));
    }

    private static boolean correctedByRequest(Paper stored, Paper incoming) {
        boolean requests = stored.sources().stream().allMatch(Source::fromRequest) && incoming.sources().stream().allMatch(Source::fromRequest);
        return requests && givenIds(incoming).stream().anyMatch(givenIds(stored)::contains);
    }

    /** The ids records gave the paper themselves, not its DOI or arXiv id, which a repost of another work may share. */
    private static Set<String> givenIds(Paper paper) {
        Set<String> ids = new HashSet<>();
        for (String alias : paper.aliases()) if (!alias.startsWith(Paper.DOI) && !alias.startsWith(Paper.ARXIV)) ids.add(Paper.aliasKey(alias));
        return ids;
    }

    private static Set<String> files(Paper paper) {
        Set<String> files = new HashSet<>();
        for (Source s : paper.sources()) files.add(s.file());
        return files;
    }

    private static Paper merged(Paper first, Paper second, String id, String abstractText, String title, String citationKey) {
        return new Paper(id, title, abstractText,
                // The fuller author list: an arXiv entry may list only some of a record's authors.
                first.authors().size() >= second.authors().size() ? first.authors() : second.authors(),
                first(first.authorCount(), second.authorCount()),
                earliest(first.date(), second.date()),
                first(first.organization(), second.organization()),
                first(first.upvotes(), second.upvotes()),
                first(first.venue(), second.venue()),
                first(first.entryType(), second.entryType()),
                union(first.keywords(), second.keywords()),
                union(first.links(), second.links()),
                union(first.aliases(), second.aliases()),
                citationKey,
                union(second.sources(), first.sources()));
    }

    /** The first appearance: the earlier of two ISO dates; an ISO date beats a raw one ("Apr 7"). */
    static String earliest(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        boolean isoA = isIso(a), isoB = isIso(b);
        // "2024" and "2024-03-14" are the same date, one more precise.
        if (isoA && isoB && (a.startsWith(b) || b.startsWith(a))) return a.length() >= b.length() ? a : b;
        if (isoA && isoB) return a.compareTo(b) <= 0 ? a : b;
        return isoB && !isoA ? b : a;
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
