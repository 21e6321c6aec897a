package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The splitter against a plain definition of JSON Lines, on random text that a stream hands over in random pieces. */
class JsonLinesSplitterTest {
    private static final long SEED = 20261126L;

    /** A stream that returns at most a random number of bytes per read, as pipes and sockets do. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private final Random random;
        private int pos;

        Trickle(byte[] data, Random random) {
            this.data = data;
            this.random = random;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, data.length - pos), 1 + random.nextInt(random.nextBoolean() ? 16 : 100_000));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Test
    void splitsEveryInputAsTheDefinitionSays() throws IOException {
        Random r = new Random(SEED);
        for (int round = 0; round < 400; round++) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            if (r.nextInt(4) == 0) {
                text.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            for (int line = r.nextInt(30); line > 0; line--) {
                // Mostly short lines; now and then one longer than the splitter's 64 KiB read buffer.
                int length = r.nextInt(10) == 0 ? r.nextInt(200_000) : r.nextInt(300);
                byte[] body = new byte[length];
                for (int i = 0; i < length; i++) {
                    body[i] = (byte) (r.nextInt(20) == 0 ? '\r' : 'a' + r.nextInt(26));
                }
                text.write(body);
                text.write(r.nextInt(3) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
            if (r.nextBoolean()) {
                text.write("{\"last\":\"line without a break\"}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            byte[] data = text.toByteArray();
            int maxLine = r.nextBoolean() ? 100_000 : 1 + r.nextInt(400);
            JsonLinesSplitter splitter = new JsonLinesSplitter(new Trickle(data, r), maxLine);
            List<String> got = new ArrayList<>();
            for (JsonLinesSplitter.Line line = splitter.next(); line != null; line = splitter.next()) {
                got.add(line.number() + (line.tooLong() ? " too long" : " " + Arrays.toString(line.bytes())));
            }
            assertThat(got).as("seed %d, round %d", SEED, round).isEqualTo(definition(data, maxLine));
        }
    }

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneByteMoreIsTooLongWhereverTheReadsBreakIt() throws IOException {
        Random r = new Random(SEED);
        int limit = 70_000;
        byte[] exact = new byte[limit];
        Arrays.fill(exact, (byte) 'a');
        byte[] data = (new String(exact, java.nio.charset.StandardCharsets.US_ASCII) + "\n"
                + new String(exact, java.nio.charset.StandardCharsets.US_ASCII) + "b\n" + "x\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int round = 0; round < 20; round++) {
            JsonLinesSplitter splitter = new JsonLinesSplitter(new Trickle(data, r), limit);
            JsonLinesSplitter.Line first = splitter.next();
            assertThat(first.tooLong()).isFalse();
            assertThat(first.bytes()).hasSize(limit);
            assertThat(splitter.next().tooLong()).isTrue();
            assertThat(splitter.next().bytes()).containsExactly('x');
            assertThat(splitter.next()).isNull();
        }
        byte[] shortLines = "abc\nabcd\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonLinesSplitter whole = new JsonLinesSplitter(new java.io.ByteArrayInputStream(shortLines), 3);
        assertThat(whole.next().bytes()).containsExactly('a', 'b', 'c');
        assertThat(whole.next().tooLong()).isTrue();
    }

    /**
     * Lines end at '\n' (a last line may lack it); a line's bytes exclude a trailing '\r', and the first line's
     * a leading byte-order mark; a line of more than maxLine bytes, counted before either is removed, is too long.
     */
    private static List<String> definition(byte[] data, int maxLine) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < data.length) {
            int end = start;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            number++;
            if (end - start > maxLine) {
                lines.add(number + " too long");
            } else {
                int from = start;
                int to = end;
                if (number == 1 && to - from >= 3 && data[from] == (byte) 0xEF && data[from + 1] == (byte) 0xBB
                        && data[from + 2] == (byte) 0xBF) {
                    from += 3;
                }
                if (to > from && data[to - 1] == '\r') {
                    to--;
                }
                lines.add(number + " " + Arrays.toString(Arrays.copyOfRange(data, from, to)));
            }
            start = end + 1;
        }
        return lines;
    }
}
