package dev.paperchat.app;

import dev.paperchat.index.IndexStats;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the index holds, as {@code stats --json} prints it and {@code GET /api/stats} returns it.
 *
 * @param organisations every organisation papers come from, as their records write it ("Tencent"), with its
 *     number of papers, most first: the names an organisation filter takes, in any case
 */
public record StatsView(long papers, long chunks, String model, int dimension, long generation, Map<String, Integer> organisations) {

    public static StatsView of(PaperChat app) {
        IndexStats stats = app.index().stats();
        Map<String, Integer> organisations = new LinkedHashMap<>();
        app.retriever().organisationsAsWritten().forEach(e -> organisations.put(e.getKey(), e.getValue()));
        return new StatsView(stats.papers(), stats.chunks(), stats.model(), stats.dimension(), stats.generation(), organisations);
    }
}
