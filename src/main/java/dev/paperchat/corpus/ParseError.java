package dev.paperchat.corpus;

/** An input entry that could not be read, named by file and 1-based line. */
public record ParseError(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
