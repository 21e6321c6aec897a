package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.parsing.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick reading of plain JSON records must read exactly what the strict reader reads, or decline. */
class PlainJsonProfileTest {
    private static final long SEED = 20261126;
    private final SingleProfileReader reader = new SingleProfileReader(new ProfileBinder(Set.of("blood-thinners")), "one profile");

    @Test
    void readsAPlainRecordAsTheStrictReaderDoes() throws InvalidInputException {
        byte[] line = bytes(" {\"id\": \" P-1 \", \"concerns\": [\"acne scars\", \" striae \"], \"conditions\": [\"None\"],"
                + "\t\"medications\": [\"warfarin 5 mg\"], \"age\": 0, \"fitzpatrick\": \" iv \", \"notes\": \" x \"}\r\n");
        ReadProfile plain = PlainJsonProfile.read(line);
        assertThat(plain).isEqualTo(reader.strict(line, IntakeFormat.JSON));
        assertThat(plain.profile()).isEqualTo(new IntakeProfile("P-1", List.of("acne scars", "striae"), List.of(),
                List.of("warfarin 5 mg"), 0, SkinType.of(FitzpatrickType.IV), " x ", Map.of()));
    }

    @Test
    void readsARangeOfSkinTypesAsTheStrictReaderDoes() throws InvalidInputException {
        byte[] line = bytes("{\"id\":\"a\",\"concerns\":[\"x\"],\"fitzpatrick\":\"III-IV\"}");
        ReadProfile plain = PlainJsonProfile.read(line);
        assertThat(plain).isNotNull().isEqualTo(reader.strict(line, IntakeFormat.JSON));
        assertThat(plain.profile().fitzpatrick()).isEqualTo(new SkinType(FitzpatrickType.III, FitzpatrickType.IV));
    }

    @Test
    void readsEveryPlainAgeAndTextUpToTheStrictReadersLimits() throws InvalidInputException {
        for (int age = 0; age <= 130; age++) {
            byte[] line = bytes("{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":" + age + "}");
            assertThat(PlainJsonProfile.read(line)).as("age %d", age).isNotNull().isEqualTo(reader.strict(line, IntakeFormat.JSON));
        }
        String longest = "~!#$%&'()*+,-./:;<=>?@[]^_`{|}".repeat(400).substring(0, org.skinadvisor.parsing.Limits.MAX_STRING_LENGTH);
        byte[] line = bytes("{\"id\":\"a\",\"concerns\":[ \"" + longest + "\" , \"y\" ]}");
        assertThat(PlainJsonProfile.read(line)).isNotNull().isEqualTo(reader.strict(line, IntakeFormat.JSON));
        assertThat(PlainJsonProfile.read(bytes("{\"id\":\"a\",\"concerns\":[\"" + longest + "x\"]}"))).isNull();
        byte[] empty = bytes("{\"id\":\"a\",\"concerns\":[\"x\"],\"conditions\":[ ],\"medications\":[]}");
        assertThat(PlainJsonProfile.read(empty)).isNotNull().isEqualTo(reader.strict(empty, IntakeFormat.JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"conditions\":,\"notes\":\"n\"}", // a value missing
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":,\"notes\":\"n\"}", "{\"id\":,\"concerns\":[\"x\"]}",
        "{\"id\":\"a\",\"concerns\":[\"x\",,\"y\"]}", "{\"id\":\"a\",\"concerns\":[\"x\"],\"ag",
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"medic", "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":4",
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":1000}", "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":42x}",
        "{\"id\":\"a\",\"concerns\":[\"x\u007f\"]}", "{ }",
        // a broken list must not end the list early, as if it were empty, and let the next field be read
        "{\"conditions\":[\"x\",,\"id\":\"a\",\"concerns\":[\"y\"]}",
        "{\"conditions\":[\" \",\"id\":\"a\",\"concerns\":[\"y\"]}",
        // a list the object closes: read as empty, the condition in it would be lost
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"conditions\":[\"rosacea\"}",
        "{\"id\":\"a\",\"concerns\":[\"caf\u00e9\"]}", // non-ASCII text
        "{\"id\":\"a\",\"concerns\":[\"a\\\"b\"]}", // an escape
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"conditions\":null}",
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"id\":\"b\"}", // a repeated field
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"medicatons\":[]}", // an unknown field: a warning to give
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"answers\":{\"blood-thinners\":\"no\"}}",
        "{\"id\":\" \",\"concerns\":[\"x\"]}", "{\"id\":7,\"concerns\":[\"x\"]}", "{\"concerns\":[\"x\"]}",
        "{\"id\":\"a\",\"concerns\":[]}", "{\"id\":\"a\",\"concerns\":[\" \"]}",
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":042}", "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":42.0}",
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":131}", "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":-1}",
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"age\":1e2}", "{\"id\":\"a\",\"concerns\":[\"x\"],\"fitzpatrick\":\"VII\"}",
        "{\"id\":\"a\",\"concerns\":[\"x\"],\"fitzpatrick\":4}", "{\"id\":\"a\",\"concerns\":[\"x\"],\"notes\":\"\"}",
        "{\"id\":\"a\",\"concerns\":[\"x\"],}", "{\"id\":\"a\",\"concerns\":[\"x\",]}", "{\"id\":\"a\",\"concerns\":[\"x\"]} {}",
        "\ufeff{\"id\":\"a\",\"concerns\":[\"x\"]}", "[{\"id\":\"a\",\"concerns\":[\"x\"]}]", "{}", ""})
    void declinesWhatOnlyTheStrictReaderMayJudge(String line) {
        assertThat(PlainJsonProfile.read(bytes(line))).isNull();
    }

    /**
     * Seeded random records, plain and less so, each edited a few bytes at random: whenever the quick reading
     * accepts one, the strict reader must accept it too and read the same profile.
     */
    @Test
    void everyRecordTheQuickReadingAcceptsTheStrictReaderReadsTheSame() {
        Random random = new Random(SEED);
        int accepted = 0;
        int cases = 30_000;
        for (int i = 0; i < cases; i++) {
            byte[] line = edited(random, record(random));
            ReadProfile plain = PlainJsonProfile.read(line);
            if (plain == null) {
                continue;
            }
            accepted++;
            ReadProfile strict;
            try {
                strict = reader.strict(line, IntakeFormat.JSON);
            } catch (InvalidInputException e) {
                throw new AssertionError("[seed " + SEED + "] accepted what the strict reader refuses (" + e.getMessage()
                        + "): " + new String(line, StandardCharsets.ISO_8859_1));
            }
            assertThat(plain).as("[seed %d] %s", SEED, new String(line, StandardCharsets.ISO_8859_1)).isEqualTo(strict);
        }
        assertThat(accepted).as("both sides exercised").isBetween(1_500, cases / 2);
    }

    private static final String[] PLAIN = {"acne scars", " striae ", "none", "N/A", "warfarin 5 mg daily", "IV", "ii",
        "6", "0", "x", "P-1", "crow's feet", "a/b"};
    private static final String[] ODD = {"", " ", "caf\u00e9", "a\\\"b", "a\\u0041", "tab\there", "VII"};
    private static final String[] OTHER_FIELDS = {"conditions", "medications", "age", "fitzpatrick", "notes", "answers",
        "conditions", "medications", "Age", "id ", "concerns", "id"};

    private static String record(Random r) {
        List<String> members = new ArrayList<>();
        members.add(member(r, "id"));
        members.add(member(r, "concerns"));
        List<String> others = new ArrayList<>(List.of(OTHER_FIELDS));
        java.util.Collections.shuffle(others, r);
        for (int k = r.nextInt(6); k > 0; k--) {
            members.add(member(r, others.get(k)));
        }
        java.util.Collections.shuffle(members, r);
        return space(r) + "{" + String.join(space(r) + "," + space(r), members) + space(r) + "}" + space(r);
    }

    /** Mostly the kind of value the field takes, sometimes any other kind. */
    private static String member(Random r, String field) {
        int kind = r.nextInt(5) > 0 ? switch (field) {
            case "concerns", "conditions", "medications" -> 4;
            case "age" -> 1;
            case "answers" -> 3;
            case "fitzpatrick" -> 5;
            default -> 0;
        } : r.nextInt(5);
        String value = switch (kind) {
            case 0 -> quoted(r);
            case 1 -> String.valueOf(r.nextInt(4) == 0 ? r.nextInt(200) - 20 : r.nextInt(100));
            case 2 -> r.nextBoolean() ? "null" : "true";
            case 3 -> "{\"blood-thinners\":" + quoted(r) + "}";
            case 5 -> "\"" + List.of("I", " iv ", "6", "VI", "vii").get(r.nextInt(5)) + "\"";
            default -> {
                List<String> items = new ArrayList<>();
                for (int k = r.nextInt(4) == 0 ? r.nextInt(9) : r.nextInt(4); k > 0; k--) { // past the reader's 4 slots
                    items.add(quoted(r));
                }
                yield "[" + String.join("," + space(r), items) + "]";
            }
        };
        return "\"" + field + "\"" + space(r) + ":" + space(r) + value;
    }

    private static String quoted(Random r) {
        return "\"" + (r.nextInt(8) > 0 ? PLAIN[r.nextInt(PLAIN.length)] : ODD[r.nextInt(ODD.length)]) + "\"";
    }

    private static String space(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\t";
            case 2 -> "\r\n";
            default -> "";
        };
    }

    private static final byte[] EDITS = bytes("{}[],:\"\\ 0123456789-.eEnul\tx\u00e9");

    private static byte[] edited(Random r, String record) {
        List<Byte> b = new ArrayList<>();
        for (byte x : bytes(record)) {
            b.add(x);
        }
        for (int k = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0; k > 0 && !b.isEmpty(); k--) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(3)) {
                case 0 -> b.remove(at);
                case 1 -> b.add(at, EDITS[r.nextInt(EDITS.length)]);
                default -> b.set(at, EDITS[r.nextInt(EDITS.length)]);
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
