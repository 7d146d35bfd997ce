package dev.paperchat.corpus;

/** Where a paper was read from: a file name and the 1-based line of its first line. */
public record Source(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
