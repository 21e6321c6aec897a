package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.skinadvisor.parsing.SafeParsers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `screen` writes its records with CompactJson, `check` through Jackson: the text must be the same. */
class CompactJsonTest {
    private static final JsonName TEXT = JsonName.of("text");
    private static final JsonName LIST = JsonName.of("list");
    private static final JsonName COUNT = JsonName.of("count");

    @Test
    void writesExactlyWhatJacksonWritesForTrickyText() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "plain", "quote \" and backslash \\", "tab\tnew\nline\rcr",
                "\b\f\u0000\u0001\u001f\u007f", "caf\u00e9 \u00fc\u00df", "\u4e2d\u6587", "emoji \ud83d\ude00",
                "lone \ud800 high", "lone \udc00 low", "\u2028\u2029", "bidi \u202e", "</script>",
                "\u007f\u0080 \u07ff\u0800 \uffff", "\u001f \u0020"));
        Random random = new Random(20261126);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                b.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            assertThat(compact(text)).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(jackson(text));
        }
    }

    @Test
    void knownValuesAreWrittenLikeAnyOtherAndNullIsNull() throws IOException {
        CompactJson json = new CompactJson(8);
        json.startObject().name(TEXT).known("certain").name(LIST).startArray().known(null).known("a\"b").endArray()
                .name(COUNT).number(-42).endObject();
        json.newline();
        json.startObject().endObject();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeTo(out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"text\":\"certain\",\"list\":[null,\"a\\\"b\"],\"count\":-42}\n{}");
    }

    @Test
    void theBufferGrowsForAnyRunOfBracketsAndNumbers() throws IOException {
        CompactJson json = new CompactJson(1);
        for (int i = 0; i < 500; i++) {
            json.startArray();
        }
        json.number(1).number(-2);
        for (int i = 0; i < 500; i++) {
            json.endArray();
        }
        for (int i = 0; i < 300; i++) {
            json.newline();
        }
        json.startObject().endObject();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeTo(out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("[".repeat(500) + "1,-2" + "]".repeat(500) + "\n".repeat(300) + "{}");
    }

    /** Only random records had met the buffer's end with a plain string: the room for its quotes went untested. */
    @Test
    void aPlainStringFitsWhereverItLandsInTheBuffer() throws IOException {
        for (int before = 0; before < 70; before++) {
            for (int length = 0; length < 140; length++) {
                CompactJson json = new CompactJson(64);
                for (int i = 0; i < before; i++) {
                    json.startArray();
                }
                json.string("a".repeat(length));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                json.writeTo(out);
                assertThat(out.toString(java.nio.charset.StandardCharsets.US_ASCII)).as("%d, %d", before, length)
                        .isEqualTo("[".repeat(before) + '"' + "a".repeat(length) + '"');
            }
        }
    }

    @Test
    void aRepeatedPartIsWrittenOnceAndFitsWhereverItLands() throws IOException {
        int[] written = new int[1];
        JsonSink.Part two = g -> {
            written[0]++;
            g.name(TEXT).known("x").name(COUNT).number(2);
        };
        JsonSink.Part none = g -> written[0]++;
        CompactJson json = new CompactJson(8);
        json.startObject().repeat("two", two).repeat("none", none).endObject();
        json.newline();
        json.startObject().name(LIST).startArray().endArray().repeat("none", none).repeat("two", two).endObject();
        json.newline();
        json.startArray().repeat("value", g -> g.known("v")).known("w").repeat("value", g -> g.known("not this"))
                .endArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeTo(out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"text\":\"x\",\"count\":2}\n{\"list\":[],\"text\":\"x\",\"count\":2}\n[\"v\",\"w\",\"v\"]");
        assertThat(written[0]).as("each part written once").isEqualTo(2);
    }

    @Test
    void codedPartsAreWrittenOnceEachHoweverManyAndNoCodeIsWrittenEveryTime() throws IOException {
        int[] written = new int[1];
        CompactJson json = new CompactJson(8);
        StringBuilder expected = new StringBuilder("[");
        // Enough parts to make the table grow several times; codes that differ in their high bits only as well.
        for (int round = 0; round < 2; round++) {
            for (long i = 1; i <= 5000; i++) {
                long code = round == 0 ? i : i << 50;
                String text = Long.toString(code);
                json.repeat(code, g -> {
                    written[0]++;
                    g.known(text);
                });
                expected.append(expected.length() > 1 ? "," : "").append('"').append(text).append('"');
            }
        }
        for (long i = 5000; i >= 1; i--) {
            json.repeat(i, g -> g.known("not this"));
            expected.append(",\"").append(i).append('"');
        }
        json.repeat(JsonSink.NO_CODE, g -> {
            written[0]++;
            g.known("fresh");
        }).repeat(JsonSink.NO_CODE, g -> {
            written[0]++;
            g.known("again");
        });
        json.endArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        json.writeTo(out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(expected.append(",\"fresh\",\"again\"]").toString());
        assertThat(written[0]).as("each coded part once, NO_CODE parts every time").isEqualTo(10_002);
    }

    /** Memory stays bounded: past the cache's limits, parts are still written, afresh each time. */
    @Test
    void pastTheCacheLimitsPartsAreWrittenAfreshNotLostOrMixedUp() throws IOException {
        int[] written = new int[1];
        String kilobyte = "k".repeat(1024);
        for (int pass = 0; pass < 2; pass++) {
            CompactJson json = new CompactJson(8);
            int parts = pass == 0 ? 200_000 : 6_000;
            for (int round = 0; round < 2; round++) {
                written[0] = 0;
                for (long code = 1; code <= parts; code++) {
                    String text = (pass == 0 ? "" : kilobyte) + code;
                    json.repeat(code, g -> {
                        written[0]++;
                        g.known(text);
                    });
                    json.newline();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            json.writeTo(out);
            String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
            assertThat(lines).hasSize(2 * parts);
            assertThat(lines[parts + parts - 1]).isEqualTo("\"" + (pass == 0 ? "" : kilobyte) + parts + "\"");
            assertThat(written[0]).as("parts beyond the limit written again in the second round")
                    .isBetween(1, parts - 1);
        }
    }

    @Test
    void aChunkBufferTakesTheTextOverAndTheWriterGoesOnInItsFormerArray() throws IOException {
        CompactJson json = new CompactJson(8);
        json.startObject().name(TEXT).string("first chunk").endObject();
        json.newline();
        ChunkBuffer first = new ChunkBuffer(4);
        json.handOver(first);
        json.startObject().name(COUNT).number(2).endObject();
        ChunkBuffer second = new ChunkBuffer(4);
        json.handOver(second);
        assertThat(first.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"first chunk\"}\n");
        assertThat(second.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"count\":2}");
        assertThatThrownBy(() -> json.handOver(first)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fieldNamesArePlainWords() {
        assertThatThrownBy(() -> JsonName.of("a\"b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonName.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String compact(String text) throws IOException {
        CompactJson json = new CompactJson(4);
        json.startObject().name(TEXT).string(text).name(LIST).startArray().string(text).string(null).endArray()
                .endObject();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String jackson(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = SafeParsers.jsonFactory().createGenerator(out)) {
            JacksonSink json = new JacksonSink(g);
            json.startObject().name(TEXT).string(text).name(LIST).startArray().string(text).string(null).endArray()
                    .endObject();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
