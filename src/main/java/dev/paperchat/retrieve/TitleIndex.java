package dev.paperchat.retrieve;

import dev.paperchat.index.NamedPaper;
import dev.paperchat.index.PaperIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * The titles and names of the indexed papers, one {@link TitleMatcher} per index segment.
 * Segments never change, so each matcher is built once: a search after an ingest builds only
 * the new segments' matchers instead of reading every paper again. Deleted papers are skipped
 * at query time through the segment's live documents.
 */
final class TitleIndex {
    private record Segment(TitleMatcher matcher, Map<String, Integer> docOfId) {}

    private record LiveSegment(Segment segment, Bits live) {
        boolean has(String id) {
            Integer doc = segment.docOfId.get(id);
            return doc != null && (live == null || live.get(doc));
        }
    }

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /**
     * @param distinctive whether a name an abstract introduces identifies its paper, judged on
     *                    the whole collection when the segment is first seen
     */
    Map<String, Double> nameMatches(IndexSearcher searcher, String query, Predicate<String> distinctive) {
        List<LiveSegment> live = live(searcher, distinctive);
        return TitleMatcher.nameMatches(query, window -> {
            Map<String, Double> found = new HashMap<>();
            for (LiveSegment s : live) {
                s.segment.matcher.lookup(window).forEach((id, score) -> {
                    if (s.has(id)) found.merge(id, score, Math::max);
                });
            }
            return found;
        });
    }

    double coverage(IndexSearcher searcher, String query, String id, Predicate<String> distinctive) {
        double best = 0;
        for (LiveSegment s : live(searcher, distinctive)) if (s.has(id)) best = Math.max(best, s.segment.matcher.coverage(query, id));
        return best;
    }

    /** Builds the matchers of the searcher's new segments. */
    void warm(IndexSearcher searcher, Predicate<String> distinctive) {
        live(searcher, distinctive);
    }

    private List<LiveSegment> live(IndexSearcher searcher, Predicate<String> distinctive) {
        List<LiveSegment> live = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
            Segment segment = helper == null ? build(leaf, distinctive)
                    : segments.computeIfAbsent(helper.getKey(), key -> {
                        helper.addClosedListener(segments::remove);
                        return build(leaf, distinctive);
                    });
            live.add(new LiveSegment(segment, leaf.reader().getLiveDocs()));
        }
        return live;
    }

    private static Segment build(LeafReaderContext leaf, Predicate<String> distinctive) {
        Map<String, String> titles = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        Map<String, Integer> docOfId = new HashMap<>();
        try {
            for (NamedPaper paper : PaperIndex.namedPapers(leaf)) {
                titles.put(paper.id(), paper.title());
                names.put(paper.id(), paper.names().stream().filter(distinctive).toList());
                docOfId.put(paper.id(), paper.doc());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading titles of an index segment failed", e);
        }
        return new Segment(new TitleMatcher(titles, names), docOfId);
    }
}
