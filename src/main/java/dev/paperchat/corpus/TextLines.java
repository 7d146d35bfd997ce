package dev.paperchat.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text file, decoded as UTF-8 one line at a time so that a bad byte
 * is reported with its line and costs only that line's characters (replaced by U+FFFD).
 */
record TextLines(List<String> lines, List<ParseError> errors) {

    static TextLines decode(String file, byte[] bytes) {
        List<String> lines = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && start == i && !lines.isEmpty()) break;
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(decodeLine(file, lines.size() + 1, bytes, start, end, errors));
                start = i + 1;
            }
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines.set(0, lines.get(0).substring(1));
        return new TextLines(lines, errors);
    }

    private static String decodeLine(String file, int lineNo, byte[] bytes, int from, int to, List<ParseError> errors) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, to - from);
        try {
            return strictUtf8().decode(buffer).toString();
        } catch (CharacterCodingException e) {
            errors.add(ParseError.warning(file, lineNo, "invalid UTF-8 bytes, replaced by U+FFFD"));
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
