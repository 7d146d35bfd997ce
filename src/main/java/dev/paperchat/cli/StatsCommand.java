package dev.paperchat.cli;

import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.StatsView;
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
            StatsView stats = StatsView.of(app);
            if (common.json) {
                System.out.println(Json.write(stats));
            } else {
                System.out.printf("%d papers, %d chunks, model %s (%d dimensions), index %s%n", stats.papers(),
                        stats.chunks(), stats.model(), stats.dimension(), app.index().location());
                if (!stats.organisations().isEmpty()) {
                    System.out.println(stats.organisations().size() + " organisations (papers): " + String.join(", ",
                            stats.organisations().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
                }
            }
            return 0;
        }
    }
}
