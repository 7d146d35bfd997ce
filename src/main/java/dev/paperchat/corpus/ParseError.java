package dev.paperchat.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An input entry that could not be read as it is, named by file and 1-based line (0 when the
 * error is of the whole file: JSON then says null).
 *
 * @param kept true when the entry was still read (its bad bytes replaced): a warning, not a rejection
 * @param titleWithoutAbstract the title of an entry rejected as it has no abstract, else null: its
 *                             file still holds that work, and is no damaged file
 */
@JsonPropertyOrder({"file", "line", "message", "kept"})
public record ParseError(String file, @JsonIgnore int line, String message, boolean kept, @JsonIgnore String titleWithoutAbstract) {
    public ParseError(String file, int line, String message, boolean kept) {
        this(file, line, message, kept, null);
    }

    public ParseError(String file, int line, String message) {
        this(file, line, message, false);
    }

    @JsonProperty("line")
    Integer lineOrNull() {
        return line < 1 ? null : line;
    }

    /** An entry rejected for {@code e}: one without an abstract keeps its title. */
    public static ParseError rejected(String file, int line, String message, RuntimeException e) {
        return new ParseError(file, line, message, false, e instanceof Paper.NoAbstract missing ? missing.title() : null);
    }

    /** The entry was read with a repair the user should know of. */
    public static ParseError warning(String file, int line, String message) {
        return new ParseError(file, line, message, true);
    }

    /**
     * What to tell the user of an entry that failed: a rejection's own words, or, for a failure no
     * check foresaw, its kind, so that one odd entry costs that entry and not its whole file.
     */
    public static String reason(RuntimeException e) {
        if (e instanceof InvalidInputException && e.getMessage() != null) return e.getMessage();
        return "could not be read (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }

    /**
     * Jackson's account of bad JSON without its parser's internals: "Unexpected end-of-input:
     * expected close marker for Object, at column 31", not "(start marker at [Source: REDACTED...".
     */
    public static String invalidJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        String problem = jsonProblem(e);
        // The error names the line already.
        return "invalid JSON: " + problem.replaceFirst(", at line \\d+, column ", ", at column ");
    }

    /** What is wrong with a JSON text and where: the line too when it is not the first. */
    public static String jsonProblem(com.fasterxml.jackson.core.JsonProcessingException e) {
        // Jackson's advice on its own settings ("enable `JsonReadFeature...` to allow", "from `StreamReadConstraints...`") is no reader's.
        String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(start marker at .*$", "")
                .replaceAll(":\\s*enable `[^`]*+` to allow", "").replaceAll(",\\s*from `[^`]*+`", "").strip();
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return message + (line > 1 ? ", at line " + line + ", column " + column : column > 0 ? ", at column " + column : "");
    }

    @Override
    public String toString() {
        return line < 1 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
