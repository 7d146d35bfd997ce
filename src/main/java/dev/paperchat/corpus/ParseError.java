package dev.paperchat.corpus;

/**
 * An input entry that could not be read as it is, named by file and 1-based line.
 *
 * @param kept true when the entry was still read (its bad bytes replaced): a warning, not a rejection
 */
public record ParseError(String file, int line, String message, boolean kept) {
    public ParseError(String file, int line, String message) {
        this(file, line, message, false);
    }

    /** The entry was read with a repair the user should know of. */
    public static ParseError warning(String file, int line, String message) {
        return new ParseError(file, line, message, true);
    }

    @Override
    public String toString() {
        return line < 1 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
