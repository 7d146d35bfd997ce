package dev.paperchat.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of a text file, decoded as UTF-8 one line at a time so that a bad byte is reported
 * with its line and costs only that line's characters (replaced by U+FFFD). A file that is not
 * UTF-8 at all is read in the encoding it is: UTF-16 by its byte order mark or its zero bytes,
 * and Windows-1252 (Latin-1) when no character beyond ASCII in it is UTF-8, as a file saved in
 * Latin-1 would otherwise replace its stored papers with copies whose "é" is U+FFFD.
 */
record TextLines(List<String> lines, List<ParseError> errors) {
    private static final Charset WINDOWS_1252 = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;
    /** How many bytes of a file are looked at for UTF-16's zero bytes. */
    private static final int SNIFFED_BYTES = 1000;

    /** Leading bytes of files that are not text, and what each file is, to name it by. */
    private static final Map<String, String> BINARY_MAGIC = new LinkedHashMap<>();
    static {
        BINARY_MAGIC.put("%PDF-", "a PDF document");
        BINARY_MAGIC.put("PK\u0003\u0004", "a ZIP archive (or a Word or Excel file)");
        BINARY_MAGIC.put("\u001F\u008B", "a gzip archive");
        BINARY_MAGIC.put("BZh", "a bzip2 archive");
        BINARY_MAGIC.put("\u00FD7zXZ\u0000", "an xz archive");
        BINARY_MAGIC.put("7z\u00BC\u00AF\u0027\u001C", "a 7-Zip archive");
        BINARY_MAGIC.put("\u0089PNG", "a PNG image");
        BINARY_MAGIC.put("\u00FF\u00D8\u00FF", "a JPEG image");
        BINARY_MAGIC.put("GIF8", "a GIF image");
        BINARY_MAGIC.put("SQLite format 3\u0000", "an SQLite database");
        BINARY_MAGIC.put("\u007FELF", "an executable");
        BINARY_MAGIC.put("\u00D0\u00CF\u0011\u00E0", "an old Office document");
    }

    /**
     * What a file is when it is not text: by its first bytes, or by control bytes, which text holds
     * one or two of at most (UTF-16 and UTF-32, whose zero bytes are text, are told apart first), and
     * which a stray one in a text file's entry costs that entry alone. Empty for text.
     */
    static Optional<String> binaryKind(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> magic : BINARY_MAGIC.entrySet()) {
            if (head.startsWith(magic.getKey())) return Optional.of(magic.getValue());
        }
        if (utf32(bytes).or(() -> utf16(bytes)).isPresent()) return Optional.empty();
        int sniffed = Math.min(bytes.length, SNIFFED_BYTES), controls = 0;
        for (int i = 0; i < sniffed; i++) {
            if (bytes[i] >= 0 && bytes[i] < 0x20 && "\t\n\f\r\u001B".indexOf(bytes[i]) < 0) controls++;
        }
        return controls * 20 > sniffed ? Optional.of("binary data") : Optional.empty();
    }

    static TextLines decode(String file, byte[] read) {
        // UTF-32 first: its little-endian mark begins as UTF-16's does.
        Optional<Charset> wide = utf32(read).or(() -> utf16(read));
        if (wide.isPresent()) return split(new String(read, wide.get()), List.of());
        byte[] bytes = crLinesAsLf(read);
        List<String> lines = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        boolean utf8Seen = false;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && start == i && !lines.isEmpty()) break;
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                String line = strictUtf8(bytes, start, end);
                if (line == null) {
                    errors.add(ParseError.warning(file, lines.size() + 1, "invalid UTF-8 bytes, replaced by U+FFFD"));
                    line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                } else {
                    utf8Seen |= !isAscii(line);
                }
                lines.add(line);
                start = i + 1;
            }
        }
        if (!errors.isEmpty() && !utf8Seen) {
            return split(new String(bytes, WINDOWS_1252), List.of(ParseError.warning(file, errors.get(0).line(),
                    "not UTF-8: read as " + WINDOWS_1252.name() + " (Latin-1), as none of its characters beyond ASCII is UTF-8; save it as UTF-8 to be sure")));
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines.set(0, lines.get(0).substring(1));
        return new TextLines(lines, errors);
    }

    /** A file of an old Mac's lines, each ended by a carriage return alone, as lines ended by a line feed; any other as it is. */
    private static byte[] crLinesAsLf(byte[] bytes) {
        boolean cr = false;
        for (byte b : bytes) {
            if (b == '\n') return bytes;
            cr |= b == '\r';
        }
        if (!cr) return bytes;
        byte[] lf = bytes.clone();
        for (int i = 0; i < lf.length; i++) if (lf[i] == '\r') lf[i] = '\n';
        return lf;
    }

    /** The lines of decoded text, numbered as the UTF-8 reading numbers them. */
    private static TextLines split(String text, List<ParseError> errors) {
        List<String> lines = new ArrayList<>();
        if (text.indexOf('\n') < 0) text = text.replace('\r', '\n');
        for (String line : (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return new TextLines(lines, errors);
    }

    /** UTF-32 by its byte order mark, or by three zero bytes in every four, as ASCII text in UTF-32 has. */
    private static Optional<Charset> utf32(byte[] bytes) {
        if (bytes.length < 8 || bytes.length % 4 != 0) return Optional.empty();
        int[] zeros = new int[4];
        int groups = Math.min(bytes.length, SNIFFED_BYTES) / 4;
        for (int i = 0; i < groups * 4; i++) if (bytes[i] == 0) zeros[i % 4]++;
        boolean bigEndianMark = bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF;
        boolean littleEndianMark = (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0;
        if (littleEndianMark || zeros[1] == groups && zeros[2] == groups && zeros[3] == groups) return Optional.of(Charset.forName("UTF-32LE"));
        if (bigEndianMark || zeros[0] == groups && zeros[1] == groups && zeros[2] == groups) return Optional.of(Charset.forName("UTF-32BE"));
        return Optional.empty();
    }

    /** UTF-16 by its byte order mark, or by a zero byte in every other place, as ASCII text in UTF-16 has. */
    private static Optional<Charset> utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return Optional.of(StandardCharsets.UTF_16LE);
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return Optional.of(StandardCharsets.UTF_16BE);
        int pairs = Math.min(bytes.length, SNIFFED_BYTES) / 2;
        if (pairs < 2) return Optional.empty();
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 10 >= pairs * 9 && evenZeros == 0) return Optional.of(StandardCharsets.UTF_16LE);
        if (evenZeros * 10 >= pairs * 9 && oddZeros == 0) return Optional.of(StandardCharsets.UTF_16BE);
        return Optional.empty();
    }

    private static boolean isAscii(String line) {
        return line.chars().allMatch(c -> c < 0x80);
    }

    /** The bytes as UTF-8, or null when they are not. */
    private static String strictUtf8(byte[] bytes, int from, int to) {
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
