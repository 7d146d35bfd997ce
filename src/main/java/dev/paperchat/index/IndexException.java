package dev.paperchat.index;

/** An index that cannot be opened, read or written, with what to do about it. */
public class IndexException extends RuntimeException {
    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The index is being written by another process: the same command later will do. */
    public static final class Busy extends IndexException {
        public Busy(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
