package dev.paperchat.corpus;

import java.util.List;

/** Reads papers from one input format. A bad entry is reported and skipped; it never stops the file. */
public interface PaperParser {

    /** A short name users pass as --format. */
    String format();

    /** Whether this parser reads the file with this name and these first characters. */
    boolean accepts(String fileName, String head);

    /** Parses the decoded lines of one file. */
    ParseResult parse(String file, List<String> lines);
}
