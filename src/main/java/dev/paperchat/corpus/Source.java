package dev.paperchat.corpus;

/** Where a paper was read from: a file name and the 1-based line of its first line. */
public record Source(String file, int line) {
    private static final String REQUEST = "request-";

    /** The source name of papers an API request gave in its body, one per distinct body. */
    public static String requestName(String bodyHash) {
        return REQUEST + bodyHash + ".jsonl";
    }

    /** Whether an API request's body gave the paper, rather than a file. */
    public boolean fromRequest() {
        return isRequestName(file);
    }

    /** Whether a source of this name is an API request's body. */
    public static boolean isRequestName(String name) {
        return name.startsWith(REQUEST);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
