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

    JsonLinesSplitter(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    Line next() throws IOException {
        byte[] line = new byte[256];
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
                    return finish(line, len, tooLong);
                }
            }
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (!tooLong) {
                if (len + chunk > maxLine) {
                    tooLong = true;
                } else {
                    if (len + chunk > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, len + chunk));
                    }
                    System.arraycopy(buf, start, line, len, chunk);
                    len += chunk;
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                return finish(line, len, tooLong);
            }
        }
    }

    private Line finish(byte[] line, int len, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null, true);
        }
        int from = 0;
        if (number == 1 && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        int to = len > from && line[len - 1] == '\r' ? len - 1 : len;
        return new Line(number, Arrays.copyOfRange(line, from, to), false);
    }

    static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }
}
