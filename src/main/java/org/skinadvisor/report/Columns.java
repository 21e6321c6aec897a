package org.skinadvisor.report;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Word-wrapping to an 80-column terminal, continuing under the first line's text, and the columns text takes
 * there: patients' names and IDs in Chinese, Japanese or Korean take two columns a character, and an accent
 * written as a combining mark (as macOS stores "é") none, so counting characters misaligns a table.
 */
public final class Columns {
    static final int WIDTH = 80;

    private Columns() {
    }

    /** {@code text} after {@code prefix}, wrapped with {@code indent} before each further line, ending in a newline. */
    public static String wrapped(String prefix, String indent, String text) {
        StringBuilder out = new StringBuilder();
        wrap(out, prefix, indent, text);
        return out.toString();
    }

    /** {@code text} wrapped, then {@code tail} kept whole on its last line if it fits there, with no newline after. */
    public static String wrappedKeepingTail(String text, String tail) {
        StringBuilder out = new StringBuilder();
        wrapKeepingTail(out, "", text, tail);
        return out.substring(0, out.length() - 1);
    }

    static void wrap(StringBuilder out, String prefix, String text) {
        wrap(out, prefix, " ".repeat(width(prefix)), text);
    }

    /** Wraps with {@code indent} starting each continuation line (e.g. a YAML comment marker). */
    static void wrap(StringBuilder out, String prefix, String indent, String text) {
        wrapUnits(out, prefix, indent, text.split(" "));
    }

    /** Wraps {@code text}, then {@code tail} on the same line if it fits there whole, else on the next. */
    static void wrapKeepingTail(StringBuilder out, String prefix, String text, String tail) {
        wrapUnits(out, prefix, " ".repeat(width(prefix)),
                Stream.concat(Arrays.stream(text.split(" ")), Stream.of(tail)).toArray(String[]::new));
    }

    /**
     * Wraps between groups of words, each kept on one line when it fits on one: a group wider than a line is wrapped
     * between its words.
     */
    static void wrapGroups(StringBuilder out, String prefix, List<String> groups) {
        int room = WIDTH - width(prefix);
        wrapUnits(out, prefix, " ".repeat(width(prefix)), groups.stream()
                .flatMap(g -> width(g) <= room ? Stream.of(g) : Arrays.stream(g.split(" ")))
                .toArray(String[]::new));
    }

    /** Wraps between units, each of which may hold spaces and is never broken. */
    private static void wrapUnits(StringBuilder out, String prefix, String indent, String[] units) {
        StringBuilder current = new StringBuilder(prefix);
        int used = width(prefix);
        boolean empty = true;
        for (String word : units) {
            if (word.isEmpty()) {
                continue;
            }
            int w = width(word);
            if (!empty && used + 1 + w > WIDTH) {
                out.append(current).append('\n');
                current = new StringBuilder(indent);
                used = width(indent);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                used++;
            }
            current.append(word);
            used += w;
            empty = false;
        }
        out.append(current).append('\n');
    }

    /** Terminal columns: two for wide East Asian characters and emoji, none for combining marks. */
    static int width(String s) {
        int columns = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            columns += width(c);
            i += Character.charCount(c);
        }
        return columns;
    }

    static int width(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(c) ? 2 : 1;
    }

    /** The East Asian Wide and Fullwidth ranges of Markus Kuhn's wcwidth, and the emoji blocks terminals draw wide. */
    private static boolean wide(int c) {
        return c >= 0x1100 && (c <= 0x115F || c == 0x2329 || c == 0x232A
                || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE10 && c <= 0xFE19
                || c >= 0xFE30 && c <= 0xFE6F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x1F300 && c <= 0x1F64F
                || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x2FFFD
                || c >= 0x30000 && c <= 0x3FFFD);
    }
}
