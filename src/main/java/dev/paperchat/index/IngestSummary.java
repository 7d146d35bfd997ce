package dev.paperchat.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperchat.corpus.ParseError;
import java.util.List;

/** The outcome of one ingest, as printed by {@code ingest --json} and returned by the API. */
public record IngestSummary(@JsonProperty("new") int added, int updated, int unchanged, int removed, int rejected, long papers, long chunks,
                            int chunksEmbedded, double seconds, List<ParseError> errors) {
    public IngestSummary {
        errors = List.copyOf(errors);
    }

    /** The entries of {@link #rejected} that only lack an abstract (a library's books and talks), which lose no paper. */
    @JsonProperty("withoutAbstract")
    public int withoutAbstract() {
        return (int) errors.stream().filter(e -> e.titleWithoutAbstract() != null).count();
    }
}
