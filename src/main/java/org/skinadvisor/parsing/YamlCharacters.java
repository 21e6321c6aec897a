package org.skinadvisor.parsing;

import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Characters YAML does not allow: control characters (one pasted from another program, an escape sequence saved
 * from a terminal) and U+FFFE or U+FFFF. SnakeYAML checks its read-ahead of up to 1,024 characters at once, before
 * any token holds a position, so its error says 1:1 and arrives while an earlier, valid document is being read.
 * Finding the character here first lets a batch read the documents before it and name its line and column.
 */
public final class YamlCharacters {
    private YamlCharacters() {
    }

    /**
     * The byte offset of the first character YAML refuses, or -1 when there is none before the end or before the
     * first bytes that are not UTF-8 (the decoder reports those, in reading order, before any later character).
     */
    public static int firstRefused(byte[] text) {
        int i = 0;
        while (i < text.length) {
            int length = sequenceLength(text, i);
            if (length == 0) {
                return -1;
            }
            if (!printable(decode(text, i, length))) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** The error for the refused character at byte {@code offset}, placed by its line and column. */
    public static InvalidInputException refusedAt(byte[] text, int offset) {
        int[] at = lineAndColumn(text, offset);
        return refused(decode(text, offset, sequenceLength(text, offset)), at[0], at[1]);
    }

    /** SnakeYAML's refusal, placed in {@code text} when it is at hand. */
    static InvalidInputException refused(ReaderException e, byte[] text) {
        int offset = text == null ? -1 : firstRefused(text);
        return offset < 0 ? refused(e.getCodePoint(), 0, 0) : refusedAt(text, offset);
    }

    private static InvalidInputException refused(int c, int line, int column) {
        String what = (Character.isISOControl(c) ? "control character " : "character ") + String.format("U+%04X", c);
        return new InvalidInputException(Problem.ENCODING, what + " is not allowed in YAML: delete it", line, column);
    }

    /** SnakeYAML's rule ({@code StreamReader.isPrintable}): what YAML 1.1 allows in a stream. */
    private static boolean printable(int c) {
        return (c >= 0x20 && c <= 0x7E) || c == '\t' || c == '\n' || c == '\r' || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * The 1-based line and column of the character at byte {@code offset}, counted as SnakeYAML counts them: line
     * breaks are LF, CR not followed by LF, NEL, LS and PS, and a byte order mark takes no column.
     */
    private static int[] lineAndColumn(byte[] text, int offset) {
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < offset) {
            int length = Math.max(sequenceLength(text, i), 1);
            int c = decode(text, i, length);
            i += length;
            boolean loneCr = c == '\r' && (i == text.length || text[i] != '\n');
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || loneCr) {
                line++;
                column = 1;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** The length of the UTF-8 sequence at {@code i}, or 0 when the bytes there are not one. */
    private static int sequenceLength(byte[] text, int i) {
        int lead = text[i] & 0xFF;
        int length = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
        if (i + length > text.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((text[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    private static int decode(byte[] text, int i, int length) {
        if (length <= 1) {
            return text[i] & 0xFF;
        }
        int c = text[i] & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            c = (c << 6) | (text[i + k] & 0x3F);
        }
        return c;
    }
}
