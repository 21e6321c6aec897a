package org.skinadvisor.parsing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Places in UTF-8 text, against the same places counted on the decoded string. */
class Utf8TextTest {
    private static final String[] PIECES =
        {"a", "Z", " ", "\u00e9", "\u0915", "\u4e2d", "\uD83D\uDE00", "\n", "\r", "\r\n", "\t"};

    @Test
    void aByteOrderMarkIsFoundAloneAsAnEmptyFileSavedWithOneHoldsIt() {
        byte[] mark = "\uFEFF".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.startsWithByteOrderMark(mark)).isTrue();
        assertThat(Utf8Text.startsWithByteOrderMark("\uFEFFid: x".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8Text.startsWithByteOrderMark(Arrays.copyOf(mark, 2))).isFalse();
        assertThat(Utf8Text.startsWithByteOrderMark("id: x".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    /** A place counted alone, by a converter that has counted no other. */
    private static int column(byte[] text, int line, int byteColumn) {
        return new Utf8Text.CharacterColumns(text).column(line, byteColumn);
    }

    /** Up to {@code pieces} pieces of one to four UTF-8 bytes and line ends, after a byte order mark half the time. */
    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        for (int n = random.nextInt(pieces); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void aJsonByteColumnBecomesTheCharacterColumnOnEveryLine() {
        Random random = new Random(20261126);
        for (int round = 0; round < 2000; round++) {
            String s = randomText(random, 30) + 'x';
            int target = s.length() - 1;
            int line = 1;
            int lineStart = s.startsWith("\uFEFF") ? 1 : 0;
            for (int i = 0; i < target; i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' && s.charAt(i + 1) != '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // Jackson's column: the bytes before the character on its line, the first line's mark included.
            int markBytes = line == 1 && s.startsWith("\uFEFF") ? 3 : 0;
            int byteColumn = s.substring(lineStart, target).getBytes(StandardCharsets.UTF_8).length + markBytes + 1;
            int expected = s.substring(lineStart, target).codePointCount(0, target - lineStart) + 1;
            assertThat(column(s.getBytes(StandardCharsets.UTF_8), line, byteColumn))
                    .as(s).isEqualTo(expected);
        }
    }

    /**
     * One converter asked for many places of a text (as the warnings of a record of many fields ask) gives each the
     * column it gives alone, whether they are asked in order, as a parser reports them, or in any order.
     */
    @Test
    void placesAskedOneAfterAnotherGetTheColumnsEachGetsAlone() {
        Random random = new Random(20261129);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, 60);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            List<int[]> places = new ArrayList<>();
            int lines = (int) text.chars().filter(c -> c == '\n' || c == '\r').count() + 2;
            for (int line = 1; line <= lines; line++) {
                for (int byteColumn = 1; byteColumn <= bytes.length + 5; byteColumn++) {
                    places.add(new int[] {line, byteColumn});
                }
            }
            Utf8Text.CharacterColumns inOrder = new Utf8Text.CharacterColumns(bytes);
            for (int[] at : places) {
                assertThat(inOrder.column(at[0], at[1])).as("%s at %d:%d", text, at[0], at[1])
                        .isEqualTo(column(bytes, at[0], at[1]));
            }
            Collections.shuffle(places, random);
            Utf8Text.CharacterColumns anyOrder = new Utf8Text.CharacterColumns(bytes);
            for (int[] at : places) {
                assertThat(anyOrder.column(at[0], at[1])).as("%s at %d:%d", text, at[0], at[1])
                        .isEqualTo(column(bytes, at[0], at[1]));
            }
        }
    }

    /** Exactly the bytes Jackson's own detection would read as UTF-16 or UTF-32 are refused, each said plainly. */
    @Test
    void jsonIsRefusedExactlyWhenJacksonWouldNotReadItAsUtf8() throws Exception {
        byte[] choices = {0, (byte) 0xFE, (byte) 0xFF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '{', ' ', 'a'};
        int refused = 0;
        for (int length = 0; length <= 4; length++) {
            for (int code = 0; code < Math.pow(choices.length, length); code++) {
                byte[] data = new byte[length + 2];
                data[0] = '-';
                for (int i = 0, rest = code; i < length; i++, rest /= choices.length) {
                    data[1 + i] = choices[rest % choices.length];
                }
                data[length + 1] = '-';
                boolean utf8;
                try (JsonParser p = SafeParsers.jsonFactory().createParser(data, 1, length)) {
                    utf8 = p instanceof UTF8StreamJsonParser;
                } catch (IOException e) {
                    utf8 = false;
                }
                InvalidInputException e = Utf8Text.notUtf8Json(data, 1, length);
                assertThat(e == null).as("%s", Arrays.toString(data)).isEqualTo(utf8);
                refused += e == null ? 0 : 1;
            }
        }
        assertThat(refused).isGreaterThan(2000);
        byte[] marked = "\uFEFF[]".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Utf8Text.notUtf8Json(marked, 0, marked.length).located()).isEqualTo("1:1: UTF-16 text (what some"
                + " editors save as \"Unicode\"): JSON is read as UTF-8; save the file as UTF-8");
        byte[] bigEndian = "[]".getBytes(StandardCharsets.UTF_16BE);
        assertThat(Utf8Text.notUtf8Json(bigEndian, 0, 4).located()).isEqualTo("1:1: a NUL byte (UTF-16 or UTF-32 text"
                + " has them in every character): JSON is read as UTF-8; save the file as UTF-8");
        assertThat(Utf8Text.notUtf8Json("[]".getBytes(StandardCharsets.UTF_16LE), 0, 4).column()).isEqualTo(2);
    }

    @Test
    void textSavedAsUtf16IsSaidSoWithOrWithoutItsByteOrderMarkButABinaryFileIsNot() {
        String text = "id: a\nconcerns: [pores]\n";
        for (String charset : List.of("UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            byte[] wide = text.getBytes(Charset.forName(charset));
            assertThat(Utf8Text.wideText(wide, wide.length, "YAML")).as(charset).isNotNull()
                    .satisfies(e -> assertThat(e.problem()).isEqualTo(Problem.ENCODING))
                    .hasMessageEndingWith(": YAML is read as UTF-8; save the file as UTF-8");
        }
        byte[] marked = "\uFEFFid,concerns\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Utf8Text.wideText(marked, 2, "CSV")).hasMessage("UTF-16 text (what some editors and spreadsheets"
                + " save as \"Unicode text\"): CSV is read as UTF-8; save the file as UTF-8");
        assertThat(Utf8Text.wideText("\n".getBytes(StandardCharsets.UTF_16BE), 2, "CSV")).hasMessage("UTF-16 or UTF-32"
                + " text without a byte-order mark (a NUL byte beside each letter): CSV is read as UTF-8; save the file as UTF-8");
        byte[] markedBigEndian = "\uFEFFid".getBytes(Charset.forName("UTF-32BE"));
        assertThat(Utf8Text.wideText(markedBigEndian, markedBigEndian.length, "CSV"))
                .hasMessage("UTF-32 text: CSV is read as UTF-8; save the file as UTF-8");
        byte[] appleDouble = {0x00, 0x05, 0x16, 0x07};
        for (byte[] notWide : List.of(appleDouble, new byte[] {0, 0}, new byte[] {0, 0, 0, 0x01}, new byte[] {'a', 0x01}, new byte[] {(byte) 0xFF, 0},
                text.getBytes(StandardCharsets.UTF_8), "\uFEFFid: a".getBytes(StandardCharsets.UTF_8), new byte[] {0})) {
            assertThat(Utf8Text.wideText(notWide, notWide.length, "YAML")).as(Arrays.toString(notWide)).isNull();
        }
        assertThat(Utf8Text.wideText(marked, 1, "CSV")).as("only the bytes up to the length count").isNull();
    }

    @Test
    void theWideTextsFirstCharacterMayBeAnyPrintableOneFromSpaceToTildeButNotAControlOrDelete() {
        for (String first : List.of(" ", "~", "\t")) {
            byte[] wide = (first + "- a").getBytes(StandardCharsets.UTF_16LE);
            assertThat(Utf8Text.wideText(wide, wide.length, "YAML")).as("[%s]", first).isNotNull();
        }
        byte[] oneCharacter = "~".getBytes(Charset.forName("UTF-32BE"));
        assertThat(Utf8Text.wideText(oneCharacter, 4, "YAML"))
                .hasMessage("UTF-32 text: YAML is read as UTF-8; save the file as UTF-8");
        for (byte[] notWide : List.of(new byte[] {0x1F, 0}, new byte[] {0x7F, 0}, new byte[] {0, 0x1F})) {
            assertThat(Utf8Text.wideText(notWide, 2, "CSV")).as(Arrays.toString(notWide)).isNull();
        }
    }

    @Test
    void theFirstBytesThatAreNotUtf8AreFoundWhereverTheyAre() {
        byte[] text = "a\u00e9\u4e2d\uD83D\uDE00b".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.firstInvalid(text)).isEqualTo(-1);
        for (int cut = 1; cut < text.length; cut++) {
            byte[] truncated = Arrays.copyOf(text, cut);
            boolean whole = cut == 1 || cut == 3 || cut == 6 || cut == 10;
            int lastWhole = cut <= 3 ? 1 : cut <= 6 ? 3 : 6;
            assertThat(Utf8Text.firstInvalid(truncated)).as("cut at %d", cut).isEqualTo(whole ? -1 : lastWhole);
        }
        assertThat(Utf8Text.firstInvalid(new byte[] {'a', (byte) 0xC0, (byte) 0x80})).isEqualTo(1);
        assertThat(Utf8Text.firstInvalid(new byte[] {'a', 'b', (byte) 0x80})).isEqualTo(2);
        assertThat(Utf8Text.firstInvalid(new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80})).isZero();
    }

    @Test
    void anUnexpectedCharacterPlacedPastItsLastByteOrAnEndPastTheTextKeepsItsColumn() {
        byte[] quoted = "{\u201Cid\u201D".getBytes(StandardCharsets.UTF_8);
        assertThat(column(quoted, 1, 4)).isEqualTo(2);
        byte[] unclosed = "{\"id\":\"\u00e9\"".getBytes(StandardCharsets.UTF_8);
        assertThat(column(unclosed, 1, unclosed.length + 1)).isEqualTo(10);
        assertThat(column(unclosed, 1, unclosed.length + 7)).isEqualTo(10);
        assertThat(column(unclosed, 3, 4)).isEqualTo(1);
    }

    @Test
    void yamlRefusesExactlyTheCharactersSnakeYamlRefuses() throws Exception {
        int[] edges = {0x00, 0x08, '\t', '\n', 0x0B, '\r', 0x1F, 0x20, 0x7E, 0x7F, 0x84, 0x85, 0x86, 0x9F, 0xA0, 0xD7FF,
            0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
        for (int c : edges) {
            byte[] text = ("notes: \"a" + Character.toString(c) + "b\"\n").getBytes(StandardCharsets.UTF_8);
            boolean snakeYamlRefuses;
            try (var p = SafeParsers.yaml(text)) {
                while (p.nextToken() != null) {
                    p.getText();
                }
                snakeYamlRefuses = false;
            } catch (java.io.IOException e) {
                snakeYamlRefuses = e.getCause() instanceof org.yaml.snakeyaml.reader.ReaderException;
            }
            assertThat(Utf8Text.firstRefusedByYaml(text)).as("U+%04X", c).isEqualTo(snakeYamlRefuses ? 9 : -1);
        }
    }
}
