package dev.paperchat.retrieve;

import dev.paperchat.corpus.MethodNames;
import dev.paperchat.index.NamedPaper;
import dev.paperchat.index.Snapshot;
import dev.paperchat.index.TitleSegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The titles and names of the indexed papers, one {@link TitleMatcher} per unchanging part of
 * the index (a Lucene segment). Each matcher is built once: a search after an ingest builds only
 * the new parts' matchers instead of reading every paper again. Papers replaced since are
 * skipped at query time through the part's live check.
 */
final class TitleIndex {
    /**
     * @param names of each paper, the names its abstract introduces that identify it
     * @param origins by {@link MethodNames#key}, the papers whose title spells a name many papers
     *                use ("DPO" of "Direct Preference Optimization: ..."): they are where it comes from
     */
    private record Part(TitleMatcher matcher, Map<String, Integer> docOfId, Map<String, List<String>> names,
                        Map<String, List<String>> origins) {}

    /** A part as one snapshot sees it. */
    record Live(Part part, TitleSegment segment) {
        boolean has(String id) {
            Integer doc = part.docOfId.get(id);
            return doc != null && segment.live().test(doc);
        }
    }

    private final Map<Object, Part> parts = new ConcurrentHashMap<>();

    /**
     * @param distinctive of the names abstracts introduce, those that identify their paper,
     *                    judged on the whole collection when a part is first seen
     */
    List<Live> live(Snapshot snapshot, Function<List<String>, Set<String>> distinctive) {
        List<Live> live = new ArrayList<>();
        for (TitleSegment segment : snapshot.titleSegments()) {
            Part part = parts.computeIfAbsent(segment.key(), key -> {
                segment.onRelease().accept(() -> parts.remove(key));
                return build(segment.papers().get(), distinctive);
            });
            live.add(new Live(part, segment));
        }
        return live;
    }

    /** Builds the matchers of the snapshot's new parts. */
    void warm(Snapshot snapshot, Function<List<String>, Set<String>> distinctive) {
        live(snapshot, distinctive);
    }

    static Map<String, Double> nameMatches(List<Live> live, String query) {
        return TitleMatcher.nameMatches(query, window -> {
            boolean typo = window.mayBeTypo(word -> live.stream().mapToInt(l -> l.part.matcher.titlesWith(word)).sum());
            Map<String, Double> found = new HashMap<>();
            for (Live l : live) {
                l.part.matcher.lookup(window, typo).forEach((id, score) -> {
                    if (l.has(id)) found.merge(id, score, Math::max);
                });
            }
            // As within one part: a name given exactly is no typo of a name in another.
            if (found.containsValue(1.0)) found.values().removeIf(score -> score < 1.0);
            return found;
        });
    }

    /** The title words that begin with this one (and are not it), with the titles holding each, over every part. */
    static Map<String, Integer> titleWordsBeginning(List<Live> live, String start) {
        Map<String, Integer> words = new HashMap<>();
        for (Live l : live) l.part.matcher.titleWordsBeginning(start).forEach((word, titles) -> words.merge(word, titles, Integer::sum));
        return words;
    }

    /** Whether some title writes this word (lower case). */
    static boolean inATitle(List<Live> live, String word) {
        return live.stream().anyMatch(l -> l.part.matcher.titlesWith(word) > 0);
    }

    /** Whether a title has a word that begins or ends with this one ("vitae" of "MixtureVitae"): a name's part, not a typo. */
    static boolean partOfTitleWord(List<Live> live, String word) {
        return live.stream().anyMatch(l -> l.part.matcher.partOfTitleWord(word));
    }

    /** @param queryWords the query's {@link TitleMatcher#words} */
    static double coverage(List<Live> live, Set<String> queryWords, String id, boolean lookup) {
        double best = 0;
        for (Live l : live) if (l.has(id)) best = Math.max(best, l.part.matcher.coverage(queryWords, id, lookup));
        return best;
    }

    /** @param queryWords the query's {@link TitleMatcher#words} */
    static double wholeCoverage(List<Live> live, Set<String> queryWords, String id, boolean lookup) {
        double best = 0;
        for (Live l : live) if (l.has(id)) best = Math.max(best, l.part.matcher.wholeCoverage(queryWords, id, lookup));
        return best;
    }

    /**
     * The papers whose title spells a word of the query that many papers use as a name, each with
     * that word: "DPO" in "the DPO paper" is "Direct Preference Optimization: ...".
     */
    static Map<String, String> origins(List<Live> live, String query) {
        Map<String, String> found = new HashMap<>();
        for (String word : query.split("[^\\p{L}\\p{N}\\-]+")) {
            String key = MethodNames.key(word);
            if (key.length() < 2) continue;
            for (Live l : live) {
                for (String id : l.part.origins.getOrDefault(key, List.of())) if (l.has(id)) found.put(id, word);
            }
        }
        return found;
    }

    /** The names the paper's abstract introduces that identify it, as the part that holds it saw them. */
    static List<String> names(List<Live> live, String id) {
        for (Live l : live) if (l.has(id)) return l.part.names.getOrDefault(id, List.of());
        return List.of();
    }

    private static Part build(List<NamedPaper> papers, Function<List<String>, Set<String>> distinctive) {
        Set<String> allNames = new HashSet<>();
        papers.forEach(p -> allNames.addAll(p.names()));
        Set<String> kept = allNames.isEmpty() ? Set.of() : distinctive.apply(List.copyOf(allNames));
        Map<String, String> titles = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        Map<String, Integer> docOfId = new HashMap<>();
        Map<String, List<String>> origins = new HashMap<>();
        for (NamedPaper paper : papers) {
            titles.put(paper.id(), paper.title());
            List<String> identifying = paper.names().stream().filter(kept::contains).toList();
            if (!identifying.isEmpty()) names.put(paper.id(), identifying);
            docOfId.put(paper.id(), paper.doc());
            for (String name : paper.names()) {
                if (!kept.contains(name) && MethodNames.spelledByTitle(name, paper.title())) {
                    origins.computeIfAbsent(MethodNames.key(name), key -> new ArrayList<>()).add(paper.id());
                }
            }
        }
        return new Part(new TitleMatcher(titles, names), docOfId, names, origins);
    }
}
