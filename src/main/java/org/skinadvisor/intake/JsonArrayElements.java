package org.skinadvisor.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the elements of a JSON array start, from a position to its closing bracket, found from brackets, commas
 * and strings alone, so that when an error stops the parser in the middle of an array every record after it
 * can still be reported as not read. A closing bracket closes what its own kind opened (a list's `]` left out
 * before its record's `}` is the commonest slip), or, when its kind is not open, the innermost bracket (a `]`
 * typed for a `}`); a `}` between elements is passed over. A `{` inside an object anywhere but after a colon
 * closes that object (its `}` was left out: only a key may follow its comma), and a `{` or `[` between elements
 * starts the next one (a comma left out). Other syntax errors can make the count wrong, never negative.
 */
final class JsonArrayElements {
    private JsonArrayElements() {
    }

    /** {@code from}: a position inside the array at its own level, before an element or a comma. */
    static List<Integer> starts(byte[] data, int from) {
        List<Integer> starts = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        boolean inElement = false;
        byte before = 0;
        for (int i = from; i < data.length; i++) {
            byte b = data[i];
            if (isSpace(b)) {
                continue;
            }
            if (b == '{' && before != ':' && !open.isEmpty() && open.charAt(open.length() - 1) == '{') {
                open.setLength(open.length() - 1);
            }
            if (open.isEmpty() && (b == '{' || b == '[')) {
                inElement = false;
            }
            before = b;
            if (open.isEmpty() && b == ',') {
                inElement = false;
                continue;
            }
            if (open.isEmpty() && b == ']') {
                break;
            }
            if (open.isEmpty() && b == '}') {
                continue;
            }
            if (open.isEmpty() && !inElement) {
                starts.add(i);
                inElement = true;
            }
            if (b == '"') {
                i = endOfString(data, i);
            } else if (b == '{' || b == '[') {
                open.append((char) b);
            } else if (b == '}' || b == ']') {
                int opened = open.lastIndexOf(b == '}' ? "{" : "[");
                open.setLength(opened >= 0 ? opened : open.length() - 1);
            }
        }
        return starts;
    }

    /**
     * Where the records start that follow the array's {@code ]} at {@code closer}, after a comma, as a record or in
     * a second array; none when only other text or nothing follows. A `]` typed once too often (after a record's
     * list, say) ends the array early, and the records after it must still be reported.
     */
    static List<Integer> afterEnd(byte[] data, int closer) {
        for (int i = closer + 1; i < data.length; i++) {
            byte b = data[i];
            if (b == ',' || b == '{') {
                return starts(data, i);
            }
            if (b == '[') {
                return starts(data, i + 1);
            }
            if (!isSpace(b)) {
                break;
            }
        }
        return List.of();
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** The position of the quote that closes the string opened at {@code open}, or the end of the data. */
    private static int endOfString(byte[] data, int open) {
        for (int i = open + 1; i < data.length; i++) {
            if (data[i] == '\\') {
                i++;
            } else if (data[i] == '"') {
                return i;
            }
        }
        return data.length;
    }
}
