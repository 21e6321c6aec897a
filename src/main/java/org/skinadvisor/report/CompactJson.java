package org.skinadvisor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Compact JSON as UTF-8 bytes in a growing buffer: the fast path for `screen`, which writes a million records
 * of about 1.5 KB each. Strings are escaped exactly as Jackson's generator escapes them, so `check` and
 * `screen` write the same text: quote, backslash and control characters escaped (the short forms such as
 * {@code \n} where JSON has one), every surrogate (emoji included) as a six-character unicode escape, all
 * other text as UTF-8.
 */
public final class CompactJson implements JsonSink {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Encoded known values ({@code "value"}): they come from the code and the knowledge base, so
     * the map stays small (and stops growing at {@value #CACHED}, should a caller ever pass a fresh string).
     * One writer belongs to one thread.
     */
    private static final int CACHED = 4096;
    private final Map<String, byte[]> known = new HashMap<>();
    /**
     * Text of {@link #repeat} parts by key, up to {@value #REPEATED_BYTES} bytes (a million synthetic records
     * need about 0.5 MB); beyond that, new parts are written each time, so memory stays bounded.
     */
    private static final int REPEATED_BYTES = 4 << 20;
    private final Map<Object, byte[]> repeated = new HashMap<>();
    private int repeatedBytes;
    /**
     * Text of coded parts: open addressing over two arrays, at most half full, growing up to
     * {@value #MAX_SLOTS} slots. (Byte-array keys in a HashMap cost about 7 % more time for a million records, A/B.)
     */
    private static final int MAX_SLOTS = 1 << 18;
    private long[] codes = new long[1 << 10];
    private byte[][] texts = new byte[1 << 10][];
    private int coded;

    private byte[] buf;
    private int size;
    /** Whether the next value or name follows another one at the same level, and so needs a comma. */
    private boolean afterValue;

    public CompactJson(int capacity) {
        buf = new byte[Math.max(capacity, 64)];
    }

    /** Empties the buffer for the next batch of records; the known values stay encoded. */
    public void clear() {
        size = 0;
        afterValue = false;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    /** Hands the text over to an empty chunk buffer, and goes on in that buffer's former array. */
    void handOver(ChunkBuffer chunk) {
        buf = chunk.exchange(buf, size);
        size = 0;
        afterValue = false;
    }

    /** Ends a record: a newline, and the next record starts without a comma. */
    public void newline() {
        ensure(1);
        buf[size++] = '\n';
        afterValue = false;
    }

    @Override
    public JsonSink startObject() {
        open((byte) '{');
        return this;
    }

    @Override
    public JsonSink endObject() {
        close((byte) '}');
        return this;
    }

    @Override
    public JsonSink startArray() {
        open((byte) '[');
        return this;
    }

    @Override
    public JsonSink endArray() {
        close((byte) ']');
        return this;
    }

    @Override
    public JsonSink name(JsonName name) {
        comma();
        raw(name.encoded());
        afterValue = false;
        return this;
    }

    @Override
    public JsonSink known(String value) {
        if (value == null) {
            return string(null);
        }
        comma();
        raw(cached(value));
        afterValue = true;
        return this;
    }

    private byte[] cached(String text) {
        byte[] encoded = known.get(text);
        if (encoded == null) {
            CompactJson scratch = new CompactJson(text.length() + 8);
            scratch.quoted(text);
            encoded = Arrays.copyOf(scratch.buf, scratch.size);
            if (known.size() < CACHED) {
                known.put(text, encoded);
            }
        }
        return encoded;
    }

    @Override
    public JsonSink repeat(Object key, Part part) throws IOException {
        byte[] text = repeated.get(key);
        if (text != null) {
            again(text);
        } else {
            text = once(part);
            if (remember(text)) {
                repeated.put(key, text);
            }
        }
        return this;
    }

    @Override
    public JsonSink repeat(long code, Part part) throws IOException {
        if (code == NO_CODE) {
            part.write(this);
            return this;
        }
        int mask = codes.length - 1;
        int slot = slot(code, mask);
        for (byte[] text = texts[slot]; text != null; text = texts[slot]) {
            if (codes[slot] == code) {
                again(text);
                return this;
            }
            slot = (slot + 1) & mask;
        }
        byte[] text = once(part);
        if ((coded < codes.length / 2 || grow()) && remember(text)) {
            place(code, text);
            coded++;
        }
        return this;
    }

    /** Puts a code in the first free slot from its own: the table always has one (it is at most half full). */
    private void place(long code, byte[] text) {
        int mask = codes.length - 1;
        int slot = slot(code, mask);
        while (texts[slot] != null) {
            slot = (slot + 1) & mask;
        }
        codes[slot] = code;
        texts[slot] = text;
    }

    /** Fibonacci hashing: the top bits of the code times the golden ratio, spread over the table. */
    private static int slot(long code, int mask) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private boolean grow() {
        if (codes.length >= MAX_SLOTS) {
            return false;
        }
        long[] oldCodes = codes;
        byte[][] oldTexts = texts;
        codes = new long[oldCodes.length * 2];
        texts = new byte[oldCodes.length * 2][];
        for (int i = 0; i < oldCodes.length; i++) {
            if (oldTexts[i] != null) {
                place(oldCodes[i], oldTexts[i]);
            }
        }
        return true;
    }

    /** The text of a part written before, where it lands now. */
    private void again(byte[] text) {
        if (text.length > 0) {
            comma();
            raw(text);
            afterValue = true;
        }
    }

    /** Writes a part and returns its own text: the comma before it is not part of it, so it fits anywhere. */
    private byte[] once(Part part) throws IOException {
        boolean follows = afterValue;
        if (follows) {
            comma();
        }
        int start = size;
        afterValue = false;
        part.write(this);
        byte[] text = Arrays.copyOfRange(buf, start, size);
        if (text.length == 0) {
            size = follows ? start - 1 : start;
            afterValue = follows;
        }
        return text;
    }

    /** Whether the text still fits in the bytes kept for repeated parts (it is then counted). */
    private boolean remember(byte[] text) {
        if (repeatedBytes + text.length > REPEATED_BYTES) {
            return false;
        }
        repeatedBytes += text.length;
        return true;
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    @Override
    public JsonSink string(String value) {
        comma();
        if (value == null) {
            ascii("null");
        } else {
            quoted(value);
        }
        afterValue = true;
        return this;
    }

    @Override
    public JsonSink number(long value) {
        comma();
        ascii(Long.toString(value));
        afterValue = true;
        return this;
    }

    private void open(byte bracket) {
        comma();
        ensure(1);
        buf[size++] = bracket;
        afterValue = false;
    }

    private void close(byte bracket) {
        ensure(1);
        buf[size++] = bracket;
        afterValue = true;
    }

    private void comma() {
        if (afterValue) {
            ensure(1);
            buf[size++] = ',';
        }
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
    }

    private void quoted(String s) {
        int n = s.length();
        ensure(n + 2);
        buf[size++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                buf[size++] = (byte) c;
            } else {
                escaped(s, i);
                return;
            }
        }
        buf[size++] = '"';
    }

    /** ASCII that goes out as it is (DEL included, as Jackson writes it). */
    private static boolean plain(char c) {
        return c >= 0x20 && c <= 0x7f && c != '"' && c != '\\';
    }

    /** The rest of a string from its first character that is not plain ASCII. */
    private void escaped(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            ensure(12);
            if (plain(c)) {
                buf[size++] = (byte) c;
            } else if (c == '"' || c == '\\') {
                buf[size++] = '\\';
                buf[size++] = (byte) c;
            } else if (c < 0x20) {
                shortOrUnicodeEscape(c);
            } else if (c < 0x800) {
                buf[size++] = (byte) (0xc0 | (c >> 6));
                buf[size++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                buf[size++] = (byte) (0xe0 | (c >> 12));
                buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                buf[size++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        ensure(1);
        buf[size++] = '"';
    }

    private void shortOrUnicodeEscape(char c) {
        char letter = switch (c) {
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (letter != 0) {
            buf[size++] = '\\';
            buf[size++] = (byte) letter;
        } else {
            unicodeEscape(c);
        }
    }

    private void unicodeEscape(char c) {
        buf[size++] = '\\';
        buf[size++] = 'u';
        buf[size++] = HEX[c >> 12];
        buf[size++] = HEX[(c >> 8) & 0xf];
        buf[size++] = HEX[(c >> 4) & 0xf];
        buf[size++] = HEX[c & 0xf];
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
