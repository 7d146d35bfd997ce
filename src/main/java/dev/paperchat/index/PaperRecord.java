package dev.paperchat.index;

import dev.paperchat.corpus.Chunk;
import dev.paperchat.corpus.Paper;
import java.util.List;

/**
 * A paper to write. With {@code chunks} empty only the paper's record changes and its chunks
 * stay; otherwise its chunks are replaced by these, with their vectors in the same order.
 */
public record PaperRecord(Paper paper, String textHash, String recordHash, List<Chunk> chunks, List<float[]> vectors) {
    public boolean metadataOnly() {
        return chunks.isEmpty();
    }
}
