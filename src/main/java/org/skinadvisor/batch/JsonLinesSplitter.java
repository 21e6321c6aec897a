package org.skinadvisor.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so each JSON Lines record is parsed on its own
 * (Jackson's iterator cannot recover from a syntax error). A line longer than the limit is reported and
 * skipped without being held in memory.
 */
final class JsonLinesSplitter {
    /** A line's bytes (without the line break), its 1-based number, or {@code tooLong} when it was skipped. */
    record Line(int number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private int number;
    /**
     * The start of a line that runs past the end of {@code buf}, kept across reads (one array, grown as needed;
     * a line that lies within {@code buf} is copied from there at once).
     */
    private byte[] pending = new byte[256];

    JsonLinesSplitter(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    Line next() throws IOException {
        int len = 0;
        boolean tooLong = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (len == 0 && !tooLong) {
                        return null;
                    }
                    return finish(pending, 0, len, tooLong);
                }
            }
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (len == 0 && !tooLong && pos < end && chunk <= maxLine) {
                pos++; // the '\n'
                return finish(buf, start, chunk, false);
            }
            if (!tooLong) {
                if (len + chunk > maxLine) {
                    tooLong = true;
                } else {
                    if (len + chunk > pending.length) {
                        pending = Arrays.copyOf(pending, Math.max(pending.length * 2, len + chunk));
                    }
                    System.arraycopy(buf, start, pending, len, chunk);
                    len += chunk;
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                return finish(pending, 0, len, tooLong);
            }
        }
    }

    /** The line at {@code bytes[offset, offset + len)}, copied, without a leading byte-order mark or a trailing CR. */
    private Line finish(byte[] bytes, int offset, int len, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null, true);
        }
        int from = offset;
        int to = offset + len;
        if (number == 1 && len >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF) {
            from += 3;
        }
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        return new Line(number, Arrays.copyOfRange(bytes, from, to), false);
    }

    /** Whether the last character of a line that is not white space is a record's closing `}`. */
    static boolean endsWithBrace(byte[] b) {
        int i = b.length - 1;
        while (i >= 0 && isSpace(b[i])) {
            i--;
        }
        return i >= 0 && b[i] == '}';
    }

    static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (!isSpace(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte x) {
        return x == ' ' || x == '\t' || x == '\r';
    }
}
