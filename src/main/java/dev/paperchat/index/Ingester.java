package dev.paperchat.index;

import dev.paperchat.corpus.Chunk;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.Hash;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.PaperMerger;
import dev.paperchat.corpus.ParseError;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.Source;
import dev.paperchat.corpus.Titles;
import dev.paperchat.embed.Embedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes parsed papers into the index incrementally: an unchanged paper is skipped before
 * anything is embedded, a paper whose metadata changed is rewritten without re-embedding,
 * and a paper whose text changed has its chunks replaced. Commits every {@link #COMMIT_EVERY}
 * papers, so a crash loses at most that much work and never leaves half a paper visible; an
 * ingest its listener stops commits what it wrote.
 */
public final class Ingester {
    static final int BATCH = 32;
    static final int COMMIT_EVERY = 512;

    private final PaperIndex index;
    private final Embedder embedder;
    private final Chunker chunker;
    private final ReentrantLock writing = new ReentrantLock();
    /** The papers of a source read again, when it can be (a file on disk, the sample); see {@link CorpusReader#reread}. */
    private final Function<String, Optional<List<Paper>>> sources;

    public Ingester(PaperIndex index, Embedder embedder, Chunker chunker) {
        this(index, embedder, chunker, source -> Optional.empty());
    }

    public Ingester(PaperIndex index, Embedder embedder, Chunker chunker, Function<String, Optional<List<Paper>>> sources) {
        this.index = index;
        this.embedder = embedder;
        this.chunker = chunker;
        this.sources = sources;
    }

    public IngestSummary ingest(ParseResult parsed, IngestListener listener) {
        long started = System.nanoTime();
        List<Paper> papers = PaperMerger.mergeDuplicates(parsed.papers());
        Counts counts = new Counts();
        // Two files of one upload, or a file and standard input, giving one work with two abstracts: said, as for a stored paper.
        counts.notes.addAll(PaperMerger.conflictsAcrossFiles(parsed.papers()));
        writing.lock();
        ExecutorService pipeline = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest-embed"));
        try (PaperWriter writer = index.openWriter()) {
            papers = combineByStoredPaper(writer, papers);
            counts.notes.addAll(sharedIds(writer, papers));
            listener.started(papers.size());
            // While one batch is embedded, the batch before it is written: the index never waits for the model.
            CompletableFuture<Batch> pending = null;
            boolean stopped = false;
            for (int from = 0; from < papers.size(); from += BATCH) {
                stopped = listener.stopRequested();
                if (stopped) break;
                Batch batch = plan(writer, papers.subList(from, Math.min(papers.size(), from + BATCH)), counts);
                CompletableFuture<Batch> embedded = CompletableFuture.supplyAsync(() -> embed(batch), pipeline);
                if (pending != null) write(writer, join(pending), counts, listener);
                pending = embedded;
            }
            if (pending != null) write(writer, join(pending), counts, listener);
            // A stopped ingest read its sources only in part: what they no longer hold is not known yet.
            if (!stopped && (!parsed.wholeSources().isEmpty() || !parsed.directories().isEmpty())) {
                // What is pruned is read as last committed: a paper this run moved to another file must be seen with that file.
                writer.commit();
                prune(writer, parsed, counts);
            }
            writer.commit();
        } finally {
            pipeline.shutdownNow();
            writing.unlock();
        }
        IndexStats stats = index.stats();
        int rejected = (int) parsed.errors().stream().filter(e -> !e.kept()).count();
        List<ParseError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(counts.notes);
        return new IngestSummary(counts.added, counts.updated, counts.unchanged, counts.removed, rejected,
                stats.papers(), stats.chunks(), counts.embedded, (System.nanoTime() - started) / 1e9, errors);
    }

    private static final String SEVERAL = "several";

    /**
     * Ids that records give their papers and another paper has already ("d1" in two files): they
     * name neither paper now, which the user should hear when ingesting, not when removing by one.
     */
    private List<ParseError> sharedIds(PaperWriter writer, List<Paper> papers) {
        List<ParseError> warnings = new ArrayList<>();
        Map<String, String> holders = new HashMap<>();
        List<String> storedAs = storedIds(writer, papers);
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            // The id the paper is stored under: a record that updates a stored work ("... (v2)") is that work.
            String id = storedAs.get(i);
            for (String alias : paper.aliases()) {
                if (alias.startsWith(Paper.DOI) || alias.startsWith(Paper.ARXIV)) continue;
                String holder = holders.computeIfAbsent(Paper.aliasKey(alias), key -> storedHolder(alias, paper).orElse(id));
                if (holder.equals(id)) continue;
                Source source = paper.sources().get(0);
                // A paperchat id names its own paper whatever records say.
                String named = alias.equals(holder) ? "the paperchat id of another paper, which it goes on naming"
                        : (holder.equals(SEVERAL) ? "the id of several stored papers already" : "the id of paper " + holder + " too")
                        + ", so it names none of them";
                warnings.add(ParseError.warning(source.file(), source.line(), "id \"" + alias + "\" is " + named
                        + ": look up or remove this paper by its paperchat id, " + id));
            }
        }
        return warnings;
    }

    /** For each paper, the id of the stored work it updates, else its own. */
    private static List<String> storedIds(PaperWriter writer, List<Paper> papers) {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < papers.size(); from += BATCH) {
            List<Paper> batch = papers.subList(from, Math.min(papers.size(), from + BATCH));
            List<Optional<StoredPaper>> stored = writer.sameWork(batch);
            for (int i = 0; i < batch.size(); i++) ids.add(stored.get(i).map(s -> s.paper().id()).orElse(batch.get(i).id()));
        }
        return ids;
    }

    /**
     * The stored paper that has the id, if another has: the one stored from the record's own file
     * is the record before an edit (a corrected title), which that file's re-reading replaces.
     */
    private Optional<String> storedHolder(String alias, Paper paper) {
        try {
            Set<String> files = new HashSet<>();
            paper.sources().forEach(source -> files.add(source.file()));
            return index.paperByAnyId(alias).filter(stored -> !stored.sources().stream().allMatch(source -> files.contains(source.file())))
                    .map(Paper::id);
        } catch (InvalidInputException shared) {
            return Optional.of(SEVERAL);
        }
    }

    /** Removes a stored paper and its chunks, found by its id, DOI or arXiv id; empty when none is stored. */
    public Optional<Paper> remove(String id) {
        writing.lock();
        try {
            Optional<Paper> paper = index.paperByAnyId(id);
            if (paper.isEmpty()) return paper;
            try (PaperWriter writer = index.openWriter()) {
                writer.delete(paper.get().id());
                writer.commit();
            }
            return paper;
        } finally {
            writing.unlock();
        }
    }

    /** Papers of one batch, sorted by what must happen to them; vectors filled in by {@link #embed}. */
    private record Batch(int size, List<Planned> toEmbed, List<Planned> metadataOnly, List<float[]> vectors) {}

    private Batch plan(PaperWriter writer, List<Paper> papers, Counts counts) {
        List<Planned> toEmbed = new ArrayList<>();
        List<Planned> metadataOnly = new ArrayList<>();
        List<Optional<StoredPaper>> stored = writer.sameWork(papers);
        for (int i = 0; i < papers.size(); i++) plan(papers.get(i), stored.get(i).orElse(null), counts, toEmbed, metadataOnly);
        return new Batch(papers.size(), toEmbed, metadataOnly, List.of());
    }

    /**
     * Records that share no key with each other may still be one stored paper (a BibTeX entry found
     * by its DOI, a listing entry by its title, from two files of one ingest): they are combined
     * first, wherever they are in the input, so that one update holds both and a second run of the
     * same files finds nothing to change.
     */
    private static List<Paper> combineByStoredPaper(PaperWriter writer, List<Paper> papers) {
        Map<String, Paper> byStored = new LinkedHashMap<>();
        for (int from = 0; from < papers.size(); from += BATCH) {
            List<Paper> batch = papers.subList(from, Math.min(papers.size(), from + BATCH));
            List<Optional<StoredPaper>> stored = writer.sameWork(batch);
            for (int i = 0; i < batch.size(); i++) {
                String key = stored.get(i).map(s -> s.paper().id()).orElse("new:" + (from + i));
                byStored.merge(key, batch.get(i), PaperMerger::combine);
            }
        }
        return byStored.size() == papers.size() ? papers : List.copyOf(byStored.values());
    }

    private Batch embed(Batch batch) {
        List<String> texts = new ArrayList<>();
        for (Planned p : batch.toEmbed) for (Chunk c : p.chunks) texts.add(PaperCodec.embeddedText(p.paper, c));
        return new Batch(batch.size, batch.toEmbed, batch.metadataOnly, embedder.embedPassages(texts));
    }

    private void write(PaperWriter writer, Batch batch, Counts counts, IngestListener listener) {
        List<PaperRecord> records = new ArrayList<>();
        for (Planned p : batch.metadataOnly) records.add(p.record(List.of()));
        int next = 0;
        for (Planned p : batch.toEmbed) {
            records.add(p.record(batch.vectors.subList(next, next + p.chunks.size())));
            next += p.chunks.size();
        }
        writer.write(records);
        counts.embedded += batch.vectors.size();
        counts.written += batch.size;
        listener.progressed(counts.written);
        if (counts.written - counts.committed >= COMMIT_EVERY) {
            writer.commit();
            counts.committed = counts.written;
        }
    }

    private static Batch join(CompletableFuture<Batch> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private void plan(Paper incoming, StoredPaper stored, Counts counts, List<Planned> toEmbed, List<Planned> metadataOnly) {
        Paper paper = stored == null ? incoming : updated(stored.paper(), incoming, counts);
        if (stored != null) PaperMerger.conflict(stored.paper(), incoming).ifPresent(counts.notes::add);
        for (Source source : incoming.sources()) counts.held.computeIfAbsent(source.file(), f -> new HashSet<>()).add(paper.id());
        counts.incoming.put(paper.id(), incoming);
        String textHash = Hash.sha256(paper.title() + "\n" + paper.abstractText());
        String recordHash = Hash.sha256(PaperCodec.toJson(paper));
        if (stored == null) {
            counts.added++;
        } else if (recordHash.equals(stored.recordHash())) {
            counts.unchanged++;
            counts.unchangedIds.add(paper.id());
            return;
        } else if (movedOnly(stored.paper(), paper)) {
            // Lines added above it in its file: the same paper, its place stored anew, and no update to report.
            counts.unchanged++;
            counts.unchangedIds.add(paper.id());
            metadataOnly.add(new Planned(paper, List.of(), textHash, recordHash));
            return;
        } else {
            counts.updated++;
            if (textHash.equals(stored.textHash()) && sameFilters(stored.paper(), paper)) {
                metadataOnly.add(new Planned(paper, List.of(), textHash, recordHash));
                return;
            }
        }
        toEmbed.add(new Planned(paper, chunker.chunk(paper.id(), paper.abstractText()), textHash, recordHash));
    }

    /**
     * A file read again whole is what it holds now: a paper it stored before and holds no more (an
     * entry deleted, a title corrected into another work's) goes, or, when another source holds it
     * too, loses this one. A file with a rejected entry may have lost a paper to a typo, and an
     * empty one may be a failed write: they remove nothing. An entry rejected only for want of an
     * abstract (a book, a talk) damages nothing.
     */
    private void prune(PaperWriter writer, ParseResult parsed, Counts counts) {
        counts.whole.addAll(parsed.wholeSources());
        Set<String> damaged = new HashSet<>();
        for (ParseError e : parsed.errors()) {
            if (e.kept()) continue;
            // An entry without an abstract is whole, and its work is still in the file: the stored paper of its title stays.
            if (e.titleWithoutAbstract() == null) damaged.add(e.file());
            else counts.held.computeIfAbsent(e.file(), f -> new HashSet<>()).add(Titles.id(e.titleWithoutAbstract()));
        }
        for (String file : parsed.wholeSources()) {
            Set<String> held = counts.held.getOrDefault(file, Set.of());
            List<String> gone = writer.idsFromSource(file).stream().filter(id -> !held.contains(id)).toList();
            // An empty export looks like a success of nothing: said, unless the reader said something of the file already.
            boolean said = parsed.errors().stream().anyMatch(e -> e.file().equals(file));
            if (held.isEmpty() && gone.isEmpty() && !said) counts.notes.add(ParseError.warning(file, 0, "the file holds no papers"));
            if (gone.isEmpty()) continue;
            if (damaged.contains(file)) {
                // Said, not done in silence, even when every entry was rejected: the reader fixes the entry, or removes the papers by hand.
                counts.notes.add(ParseError.warning(file, 0, gone.size() + " paper(s) stored from this file that it no longer holds "
                        + "were kept, as an entry of it was rejected: " + String.join(", ", gone.subList(0, Math.min(5, gone.size())))
                        + (gone.size() > 5 ? ", ..." : "")));
                continue;
            }
            // A file of no papers now is likelier a write that failed than a library emptied on purpose: said, and kept.
            if (held.isEmpty()) {
                counts.notes.add(ParseError.warning(file, 0, "the file holds no papers now; the " + gone.size() + " paper(s) stored from it "
                        + "were kept, as an empty file is likelier a failed write (remove them with 'paperchat remove', or delete the file "
                        + "from its directory and ingest the directory)"));
                continue;
            }
            List<String> removed = forgetAll(writer, file, gone, counts);
            // A paper dropped from a library file goes in silence otherwise: the reader sees which, in case the export lost it.
            if (!removed.isEmpty()) counts.notes.add(ParseError.warning(file, 0, removed.size() + " paper(s) stored from this file that it "
                    + "no longer holds were removed: " + listed(removed)));
        }
        parsed.directories().forEach((directory, present) -> pruneGoneFiles(writer, directory, present, counts));
    }

    /**
     * A directory walked again is what it holds now: the papers of a file that was in it and is no
     * more go (or lose that source). A directory with no file at all is likelier a mount or sync
     * that failed than a library emptied, and removes nothing.
     */
    private void pruneGoneFiles(PaperWriter writer, String directory, Set<String> present, Counts counts) {
        // The index's terms may still name a file whose papers are all gone: only files of stored papers count.
        Set<String> sources = new HashSet<>(writer.sourcesUnder(directory));
        sources.removeIf(file -> writer.idsFromSource(file).isEmpty());
        // A folder left with a ".DS_Store" or a ".git" is as empty: hidden files are never read, and a failed sync leaves them.
        if (present.stream().allMatch(file -> hiddenUnder(directory, file))) {
            if (!sources.isEmpty()) counts.notes.add(ParseError.warning(directory, 0, "this directory holds "
                    + (present.isEmpty() ? "no file now" : "only hidden files now") + "; the papers of the "
                    + sources.size() + " file(s) ingested from it before were kept (remove them with 'paperchat remove')"));
            return;
        }
        List<String> gone = sources.stream().filter(file -> !stillThere(file, directory, present)).sorted().toList();
        List<String> removed = new ArrayList<>();
        for (String file : gone) removed.addAll(forgetAll(writer, file, writer.idsFromSource(file), counts));
        if (gone.isEmpty()) return;
        // A file renamed or moved within the directory is read in this run: its papers stay, now of the file it became.
        counts.notes.add(ParseError.warning(directory, 0, gone.size() + " file(s) gone from this directory since an earlier ingest: "
                + String.join(", ", gone.subList(0, Math.min(5, gone.size()))) + (gone.size() > 5 ? ", ..." : "") + "; "
                + (removed.isEmpty() ? "no paper was removed, as other files hold their papers"
                        : removed.size() + " paper(s) no other file holds were removed: " + listed(removed))));
    }

    /** Each stored paper of the ids without the file among its sources; the titles of those removed, as no other file holds them. */
    private List<String> forgetAll(PaperWriter writer, String file, Collection<String> ids, Counts counts) {
        List<String> removed = new ArrayList<>();
        for (String id : ids) {
            writer.stored(id).ifPresent(stored -> {
                int before = counts.removed;
                forget(writer, file, stored, counts);
                if (counts.removed > before) removed.add(stored.paper().title());
            });
        }
        return removed;
    }

    /** "\"A\", \"B\"": the first five titles quoted, and "..." for more. */
    private static String listed(List<String> titles) {
        return titles.stream().limit(5).map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")) + (titles.size() > 5 ? ", ..." : "");
    }

    /** Whether the file, or a folder it lies in below the directory, is hidden (".DS_Store", ".git/config"). */
    private static boolean hiddenUnder(String directory, String file) {
        Path below = Path.of(directory).relativize(Path.of(file));
        for (Path part : below) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** Whether the file, or a folder above it that could not be walked, is in the directory now. */
    private static boolean stillThere(String file, String directory, Set<String> present) {
        for (Path p = Path.of(file); p != null && p.startsWith(directory); p = p.getParent()) {
            if (present.contains(p.toString())) return true;
        }
        return false;
    }

    /**
     * The paper without the file among its sources: removed when it was the only one. Else the
     * paper is what the sources left say, without the fields the file gave it (a date, a fuller
     * abstract), as an ingest of those files alone would make it: as this run read them, or as
     * they read again. A source that cannot be read again (an upload) leaves the paper as stored,
     * less the file.
     */
    private void forget(PaperWriter writer, String file, StoredPaper stored, Counts counts) {
        List<Source> rest = stored.paper().sources().stream().filter(s -> !s.file().equals(file)).toList();
        if (rest.isEmpty()) {
            writer.delete(stored.paper().id());
            counts.removed++;
            return;
        }
        Paper incoming = counts.incoming.get(stored.paper().id());
        boolean readNow = incoming != null && rest.stream().allMatch(s -> counts.whole.contains(s.file()));
        Paper kept = readNow ? PaperMerger.update(stored.paper().withSources(rest), incoming)
                : recorded(stored.paper(), rest, counts).orElse(stored.paper().withSources(rest));
        String textHash = Hash.sha256(kept.title() + "\n" + kept.abstractText());
        String recordHash = Hash.sha256(PaperCodec.toJson(kept));
        // A paper this run read (a file moved within the directory) was counted then: once unchanged, now updated.
        if (!counts.incoming.containsKey(stored.paper().id())) {
            counts.updated++;
        } else if (counts.unchangedIds.remove(stored.paper().id())) {
            counts.unchanged--;
            counts.updated++;
        }
        if (textHash.equals(stored.textHash()) && sameFilters(stored.paper(), kept)) {
            writer.write(List.of(new PaperRecord(kept, textHash, recordHash, List.of(), List.of())));
            return;
        }
        Planned planned = new Planned(kept, chunker.chunk(kept.id(), kept.abstractText()), textHash, recordHash);
        Batch embedded = embed(new Batch(1, List.of(planned), List.of(), List.of()));
        writer.write(List.of(planned.record(embedded.vectors())));
        counts.embedded += embedded.vectors().size();
    }

    /**
     * A stored paper a newer record updates. Held by other files too, it is what they hold now and the new record give
     * it, as one run reading them all would merge it: a date corrected or a trailer cut in one file is taken, where the
     * record merged into the stored paper had kept the older file's earlier date and longer abstract. When another file
     * cannot be read again (an upload), the record is merged into the paper as stored.
     */
    private Paper updated(Paper stored, Paper incoming, Counts counts) {
        Set<String> reread = incoming.sources().stream().map(Source::file).collect(Collectors.toSet());
        List<Source> rest = stored.sources().stream().filter(s -> !reread.contains(s.file())).toList();
        boolean heldElsewhere = !rest.isEmpty() && rest.size() < stored.sources().size();
        Optional<Paper> others = heldElsewhere ? recorded(stored, rest, counts) : Optional.empty();
        return others.map(record -> PaperMerger.asRecorded(stored.id(), List.of(record, incoming))).orElseGet(() -> PaperMerger.update(stored, incoming));
    }

    /** The paper as the records of the sources left give it, when every one of them can be read again and holds it. */
    private Optional<Paper> recorded(Paper stored, List<Source> rest, Counts counts) {
        List<Paper> records = new ArrayList<>();
        for (String file : rest.stream().map(Source::file).distinct().toList()) {
            Optional<List<Paper>> papers = counts.reread.computeIfAbsent(file, sources);
            Optional<Paper> record = papers.flatMap(ps -> ps.stream().filter(p -> p.workKeys().stream()
                    .anyMatch(key -> stored.workKeys().contains(key) && PaperMerger.sameWork(key, stored, p))).findFirst());
            if (record.isEmpty()) return Optional.empty();
            records.add(record.get());
        }
        return Optional.of(PaperMerger.asRecorded(stored.id(), records));
    }

    /** Whether the paper differs only in the lines its sources give: the same files, the same record. */
    private static boolean movedOnly(Paper stored, Paper updated) {
        if (!files(stored).equals(files(updated))) return false;
        return PaperCodec.toJson(stored.withSources(updated.sources())).equals(PaperCodec.toJson(updated));
    }

    private static Set<String> files(Paper paper) {
        return paper.sources().stream().map(Source::file).collect(Collectors.toSet());
    }

    /**
     * Chunks carry the organisation and date too, so that the vector leg filters inside the graph;
     * a paper that gains or changes them must have its chunks written again.
     */
    private static boolean sameFilters(Paper stored, Paper updated) {
        return Objects.equals(stored.organization(), updated.organization()) && Objects.equals(stored.date(), updated.date());
    }

    private record Planned(Paper paper, List<Chunk> chunks, String textHash, String recordHash) {
        PaperRecord record(List<float[]> vectors) {
            return new PaperRecord(paper, textHash, recordHash, chunks, vectors);
        }
    }

    private static final class Counts {
        /** The stored id of each paper each file holds now. */
        final Map<String, Set<String>> held = new HashMap<>();
        /** The record of each paper this run read, by stored id, and the files it read whole. */
        final Map<String, Paper> incoming = new HashMap<>();
        final Set<String> whole = new HashSet<>();
        /** The papers of each source read again in this run, or none when it cannot be. */
        final Map<String, Optional<List<Paper>>> reread = new HashMap<>();
        /** Warnings the ingest itself gives, after the parser's. */
        final List<ParseError> notes = new ArrayList<>();
        /** The papers counted unchanged: one that then loses a source is updated instead, and counted once. */
        final Set<String> unchangedIds = new HashSet<>();
        int added;
        int updated;
        int unchanged;
        int removed;
        int embedded;
        int written;
        int committed;
    }
}
