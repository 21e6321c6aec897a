package org.skinadvisor.parsing;

import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Places in the UTF-8 text a parser reads, for errors the parser places badly. Jackson counts a JSON column in
 * bytes, where an editor counts characters; its decoder names the byte after a bad one ("Invalid UTF-8 middle byte
 * 0x20") and the place where it stopped. SnakeYAML checks its read-ahead of up to 1,024 characters for characters
 * YAML refuses before any token has a position, so it says 1:1, while an earlier, valid document is being read.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** Whether the text starts with UTF-8's byte order mark, EF BB BF. */
    public static boolean startsWithByteOrderMark(byte[] text) {
        return text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB && (text[2] & 0xFF) == 0xBF;
    }

    /**
     * The error for JSON that Jackson would read as UTF-16 or UTF-32 (it does so for their byte-order marks before
     * at least two more bytes, and for a NUL byte among the first two), or null. JSON is read as UTF-8 only, as
     * RFC 8259 asks and as JSON Lines and CSV are: in other bytes a record has no place in the file's bytes, so no
     * hash and no `not_read` records.
     */
    static InvalidInputException notUtf8Json(byte[] data, int offset, int length) {
        if (length < 2) {
            return null;
        }
        int first = data[offset] & 0xFF;
        int second = data[offset + 1] & 0xFF;
        if (length >= 4 && (first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE)) {
            return new InvalidInputException(Problem.ENCODING, "UTF-16 text (what some editors save as \"Unicode\"): JSON"
                    + " is read as UTF-8; save the file as UTF-8", 1, 1);
        }
        if (first == 0 || second == 0) {
            return new InvalidInputException(Problem.ENCODING, "a NUL byte (UTF-16 or UTF-32 text has them in every"
                    + " character): JSON is read as UTF-8; save the file as UTF-8", 1, first == 0 ? 1 : 2);
        }
        return null;
    }

    /**
     * The error for text of {@code format} that starts as UTF-16 does (a spreadsheet's or an editor's "Unicode
     * text"), or null: with its byte-order mark, or without one, when one of the first two bytes is NUL and the
     * other a letter, a digit, a sign or a line's white space (UTF-32 little-endian starts so too); or as UTF-32
     * big-endian does, with its mark or three NULs before such a byte. YAML, JSON Lines and CSV are
     * read as UTF-8; such text read so fails on every line with a message about bytes rather than the file. A file
     * that starts with a NUL beside a control character (a Mac's `._` metadata file, any binary file) is not text of
     * any kind, and is left to the reader's own error.
     */
    public static InvalidInputException wideText(byte[] data, int length, String format) {
        if (length < 2) {
            return null;
        }
        int first = data[0] & 0xFF;
        int second = data[1] & 0xFF;
        String saveAs = ": " + format + " is read as UTF-8; save the file as UTF-8";
        if (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF) {
            return new InvalidInputException(Problem.ENCODING, "UTF-16 text (what some editors and spreadsheets save as"
                    + " \"Unicode text\")" + saveAs, 0, 0);
        }
        if (length >= 4 && first == 0 && second == 0
                && (data[2] == 0 && plainAscii(data[3] & 0xFF) || (data[2] & 0xFF) == 0xFE && (data[3] & 0xFF) == 0xFF)) {
            return new InvalidInputException(Problem.ENCODING, "UTF-32 text" + saveAs, 0, 0);
        }
        if (first == 0 && plainAscii(second) || second == 0 && plainAscii(first)) {
            return new InvalidInputException(Problem.ENCODING, "UTF-16 or UTF-32 text without a byte-order mark (a NUL"
                    + " byte beside each letter)" + saveAs, 0, 0);
        }
        return null;
    }

    private static boolean plainAscii(int b) {
        return b >= 0x20 && b <= 0x7E || b == '\t' || b == '\n' || b == '\r';
    }

    /** The byte offset of the first bytes that are not a UTF-8 character, or -1. */
    public static int firstInvalid(byte[] text) {
        int i = 0;
        while (i < text.length) {
            int length = sequenceLength(text, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /**
     * The byte offset of the first bytes a YAML parser refuses, in reading order: bytes that are not UTF-8, or a
     * character YAML does not allow (a control character, U+FFFE, U+FFFF); -1 when there are none.
     */
    public static int firstRefusedByYaml(byte[] text) {
        int i = 0;
        while (i < text.length) {
            int length = sequenceLength(text, i);
            if (length == 0 || !printableInYaml(decode(text, i, length))) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** The error for the bytes at {@code offset} that YAML refuses (see {@link #firstRefusedByYaml}), placed. */
    public static InvalidInputException refusedByYamlAt(byte[] text, int offset) {
        int length = sequenceLength(text, offset);
        return length == 0 ? invalidAt(text, offset, true)
                : notAllowed(decode(text, offset, length), place(text, offset, true));
    }

    /** SnakeYAML's refusal of a character, placed in {@code text} when it is at hand. */
    static InvalidInputException refusedByYaml(ReaderException e, byte[] text) {
        int offset = text == null ? -1 : firstRefusedByYaml(text);
        return offset < 0 ? notAllowed(e.getCodePoint(), new int[] {0, 0}) : refusedByYamlAt(text, offset);
    }

    /** The error for the bytes at {@code offset}, which are not UTF-8, at their line and column. */
    static InvalidInputException invalidAt(byte[] text, int offset, boolean yaml) {
        int[] at = place(text, offset, yaml);
        return new InvalidInputException(Problem.ENCODING, String.format("not valid UTF-8 text (byte 0x%02X): save the"
                + " file as UTF-8", text[offset] & 0xFF), at[0], at[1]);
    }

    /**
     * The character columns of Jackson's JSON byte columns in one text: for a byte column on a line, the characters
     * wholly before it, plus one. Jackson counts a byte order mark's three bytes in the first line's columns; an
     * editor does not show it. Each place goes on from where the last one stopped, so that the many places of a
     * record of many fields, asked as a parser reports them (in order), are counted in one pass, not one per field.
     */
    static final class CharacterColumns {
        private final byte[] text;
        private final boolean bom;
        private int line = 1;
        private int lineStart;
        /** Where the last column was counted to (the end of a whole character), and that column. */
        private int at;
        private int column = 1;

        CharacterColumns(byte[] text) {
            this.text = text;
            this.bom = startsWithByteOrderMark(text);
            this.lineStart = bom ? 3 : 0;
            this.at = lineStart;
        }

        int column(int wantedLine, int byteColumn) {
            if (wantedLine < line) {
                line = 1;
                lineStart = bom ? 3 : 0;
                startLine();
            }
            for (int i = lineStart; line < wantedLine && i < text.length; ) {
                byte b = text[i++];
                if (b == '\n' || b == '\r' && (i == text.length || text[i] != '\n')) {
                    line++;
                    lineStart = i;
                    startLine();
                }
            }
            if (line < wantedLine) {
                return 1; // the text ends before that line
            }
            int end = Math.min(lineStart + byteColumn - 1 - (bom && line == 1 ? 3 : 0), text.length);
            if (end < at) {
                startLine();
            }
            // Only whole characters: Jackson places an unexpected character just past its last byte.
            while (at < end) {
                int next = at + Math.max(sequenceLength(text, at), 1);
                if (next > end) {
                    break;
                }
                at = next;
                column++;
            }
            return column;
        }

        private void startLine() {
            at = lineStart;
            column = 1;
        }
    }

    private static InvalidInputException notAllowed(int c, int[] at) {
        String what = (Character.isISOControl(c) ? "control character " : "character ") + String.format("U+%04X", c);
        return new InvalidInputException(Problem.ENCODING, what + " is not allowed in YAML: delete it", at[0], at[1]);
    }

    /** SnakeYAML's rule ({@code StreamReader.isPrintable}): what YAML 1.1 allows in a stream. */
    private static boolean printableInYaml(int c) {
        return (c >= 0x20 && c <= 0x7E) || c == '\t' || c == '\n' || c == '\r' || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static int[] place(byte[] text, int offset, boolean yaml) {
        return new Places(text, yaml).at(offset);
    }

    /**
     * The 1-based line and column of bytes of one text, in characters; a byte order mark takes none. Line breaks are
     * LF and CR not followed by LF; for YAML also NEL, LS and PS, as SnakeYAML counts. Offsets asked in increasing
     * order cost one pass in all: the records after a broken one are placed together, and a minified JSON array is
     * a single line.
     */
    public static final class Places {
        private final byte[] text;
        private final boolean yaml;
        private int line = 1;
        private int column = 1;
        private int i;

        public Places(byte[] text, boolean yaml) {
            this.text = text;
            this.yaml = yaml;
        }

        /** The line and column of the byte at {@code offset}, no earlier than the one asked before. */
        public int[] at(int offset) {
            while (i < offset) {
                int length = Math.max(sequenceLength(text, i), 1);
                int c = decode(text, i, length);
                i += length;
                boolean loneCr = c == '\r' && (i == text.length || text[i] != '\n');
                if (c == '\n' || loneCr || yaml && (c == 0x85 || c == 0x2028 || c == 0x2029)) {
                    line++;
                    column = 1;
                } else if (c != 0xFEFF) {
                    column++;
                }
            }
            return new int[] {line, column};
        }
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
