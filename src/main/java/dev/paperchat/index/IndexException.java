package dev.paperchat.index;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** An index that cannot be opened, read or written, with what to do about it. */
public class IndexException extends RuntimeException {
    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Why an index could not be read or opened, in words: Lucene's account of a damaged file names
     * its internal readers ("BufferedChecksumIndexInput(MemorySegmentIndexInput(...")), and a plain file
     * where the directory should be is named by its path alone.
     */
    static IndexException of(String doing, Path path, IOException e) {
        String why = e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                ? "it is a file, not a directory; give --index (or PAPERCHAT_INDEX) a directory"
                : e instanceof org.apache.lucene.index.CorruptIndexException || e instanceof org.apache.lucene.index.IndexFormatTooOldException
                        || e instanceof org.apache.lucene.index.IndexFormatTooNewException
                ? "its files are damaged, or are no index paperchat wrote (move the directory aside and ingest again)"
                // AccessDeniedException's message is the file alone: say what is wrong with it.
                : e instanceof AccessDeniedException denied
                ? "permission denied on " + denied.getFile() + " (this user may read the index, but not write it)"
                : e.getMessage();
        return new IndexException(doing + " index " + path + ": " + why, e);
    }

    /** The index is being written by another process: the same command later will do. */
    public static final class Busy extends IndexException {
        public Busy(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
