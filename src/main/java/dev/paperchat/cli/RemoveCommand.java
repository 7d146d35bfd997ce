package dev.paperchat.cli;

import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.corpus.Paper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove papers from the index by id, DOI, arXiv id or BibTeX key (a file ingested again also removes what it no longer holds).")
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Paper ids, DOIs or arXiv ids.")
    List<String> ids;

    @Override
    public Integer call() {
        try (PaperChat app = new PaperChat(common.existingIndex())) {
            Map<String, String> removed = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (String id : ids) {
                Optional<Paper> paper = app.ingester().remove(id);
                if (paper.isPresent()) removed.put(paper.get().id(), paper.get().title()); else missing.add(id);
            }
            for (String id : missing) System.err.println("paperchat: no paper with id, DOI, arXiv id or BibTeX key " + id);
            if (common.json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("removed", removed.keySet());
                report.put("missing", missing);
                System.out.println(Json.write(report));
            } else {
                removed.forEach((id, title) -> System.out.println("removed " + id + ": " + title));
            }
            // As "cite --id": an id that names no paper is bad input (2); some removed and some not is a partial success (1).
            return missing.isEmpty() ? 0 : removed.isEmpty() ? 2 : 1;
        }
    }
}
