package dev.paperchat.cli;

import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.index.IndexStats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the index holds.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (PaperChat app = new PaperChat(common.existingIndex())) {
            IndexStats stats = app.index().stats();
            if (common.json) {
                System.out.println(Json.write(stats));
            } else {
                System.out.printf("%d papers, %d chunks, model %s (%d dimensions), index %s%n", stats.papers(),
                        stats.chunks(), stats.model(), stats.dimension(), app.index().location());
            }
            return 0;
        }
    }
}
