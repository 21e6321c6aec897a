package org.skinadvisor.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the elements of a JSON array start, from a position to its closing bracket, found from brackets, commas
 * and strings alone, so that when an error stops the parser in the middle of an array every record after it
 * can still be reported as not read. A closing bracket closes what its own kind opened (a list's `]` left out
 * before its record's `}` is the commonest slip), or, when its kind is not open, the innermost bracket (a `]`
 * typed for a `}`), unless a key follows it (a stray `]`, or a list's `[` left out); a `}` between elements is
 * passed over. A `{` inside an object anywhere but after a colon, a key or another `{` closes that object (its `}`
 * was left out: only a key may follow its comma; after a key, its colon was left out). A `{`, `[` or key after an
 * element starts the next one (a comma left out; for a key, the record's `{` as well, as in JSON Lines saved as
 * .json). A key after a comma between elements, or after a value, is inside an object whose `{` was left out. A
 * quote followed by a word is a stray one (typed twice, or its partner left out), as no string is. Other syntax
 * errors can make the count wrong, never negative.
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
        byte beforeString = 0;
        int guessedAt = -1;
        for (int i = from; i < data.length; i++) {
            byte b = data[i];
            if (isSpace(b)) {
                continue;
            }
            boolean inObject = !open.isEmpty() && open.charAt(open.length() - 1) == '{';
            boolean afterKey = before == '"' && (beforeString == ',' || beforeString == '{');
            if (b == '{' && before != ':' && before != '{' && !afterKey && inObject) {
                open.setLength(open.length() - 1);
            }
            if (open.isEmpty() && (b == '{' || b == '[' || b == '"' && isKey(data, i))) {
                inElement = false;
            }
            byte previous = before;
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
            if (b == ':' && open.isEmpty()) {
                if (guessedAt >= 0 && starts.size() > guessedAt) {
                    // A key: the stray closer that seemed to end the element did not, and its object goes on.
                    starts.remove(starts.size() - 1);
                }
                guessedAt = -1;
                open.append('{');
            } else if (b == ':' && inObject && previous == '"' && beforeString == ':') {
                // A value followed by a colon is the first key of an object whose `{` was left out.
                open.append('{');
            } else if (b == '"') {
                int end = endOfString(data, i);
                if (end < data.length && data[end] == '"' && wordAfter(data, end)) {
                    // What this stray quote seemed to open is not text: read it as structure.
                    continue;
                }
                beforeString = previous;
                i = end;
            } else if (b == '{' || b == '[') {
                open.append((char) b);
            } else if (b == '}' || b == ']') {
                int opened = open.lastIndexOf(b == '}' ? "{" : "[");
                open.setLength(opened >= 0 ? opened : open.length() - 1);
                guessedAt = opened < 0 && open.isEmpty() ? starts.size() : -1;
            }
        }
        return starts;
    }

    /**
     * Where the records start that follow the array's {@code ]} at {@code closer} (or a profile's {@code }}), after a
     * comma, as a record, as a record's first key or in a second array, closing brackets typed once too often passed
     * over; none when only other text or nothing follows. A `]` typed once too often (after a record's list, say)
     * ends the array early, and the records after it must still be reported.
     */
    static List<Integer> afterEnd(byte[] data, int closer) {
        int i = nextNonSpace(data, closer + 1);
        while (i < data.length && (data[i] == '}' || data[i] == ']')) {
            i = nextNonSpace(data, i + 1);
        }
        if (i < data.length && (data[i] == ',' || data[i] == '{' || isKey(data, i))) {
            return starts(data, i);
        }
        return i < data.length && data[i] == '[' ? starts(data, i + 1) : List.of();
    }

    /** The position of the bracket that closes the `[` or `{` at {@code open}, or the end of the data. */
    static int closing(byte[] data, int open) {
        int depth = 0;
        for (int i = open; i < data.length; i++) {
            byte b = data[i];
            if (b == '"') {
                i = endOfString(data, i);
            } else if (b == '[' || b == '{') {
                depth++;
            } else if ((b == ']' || b == '}') && --depth == 0) {
                return i;
            }
        }
        return data.length;
    }

    /** The position of the first character from {@code from} on that is not white space, or the end of the data. */
    static int nextNonSpace(byte[] data, int from) {
        int i = from;
        while (i < data.length && isSpace(data[i])) {
            i++;
        }
        return i;
    }

    /** Where a field's name starts right after the `}` at {@code closer}, a comma between them or not; -1 if none. */
    static int keyAfter(byte[] data, int closer) {
        int i = nextNonSpace(data, closer + 1);
        if (i < data.length && data[i] == ',') {
            i = nextNonSpace(data, i + 1);
        }
        return isKey(data, i) ? i : -1;
    }

    /** Whether a record's `}` comes right before {@code at}, past white space and commas. */
    static boolean afterRecordEnd(byte[] data, int at) {
        int i = at - 1;
        while (i >= 0 && (isSpace(data[i]) || data[i] == ',')) {
            i--;
        }
        return i >= 0 && data[i] == '}';
    }

    /** Whether a string starts at {@code at} and a colon follows it: a field's name. */
    static boolean isKey(byte[] data, int at) {
        if (at >= data.length || data[at] != '"') {
            return false;
        }
        int i = nextNonSpace(data, endOfString(data, at) + 1);
        return i < data.length && data[i] == ':';
    }

    /** Whether a letter, digit or other character that is part of a word follows {@code at}, after white space. */
    private static boolean wordAfter(byte[] data, int at) {
        int i = nextNonSpace(data, at + 1);
        return i < data.length && (Character.isLetterOrDigit(data[i]) || data[i] < 0);
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
