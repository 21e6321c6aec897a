package org.skinadvisor.intake;

/**
 * How many elements of a JSON array lie from a position to its closing bracket, found from brackets, commas
 * and strings alone, so that when an error stops the parser in the middle of an array every record after it
 * can still be reported as not read. A syntax error can make the count wrong; it never makes it negative.
 */
final class JsonArrayElements {
    private JsonArrayElements() {
    }

    /** {@code from}: a position inside the array at its own level, before an element or a comma. */
    static int count(byte[] data, int from) {
        int count = 0;
        int depth = 0;
        boolean inElement = false;
        for (int i = from; i < data.length; i++) {
            byte b = data[i];
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                continue;
            }
            if (depth == 0 && b == ',') {
                inElement = false;
                continue;
            }
            if (depth == 0 && (b == ']' || b == '}')) {
                break;
            }
            if (depth == 0 && !inElement) {
                count++;
                inElement = true;
            }
            if (b == '"') {
                i = endOfString(data, i);
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return count;
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
