package org.skinadvisor.parsing;

import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a parser's own message may pass on: never a copy of the input. */
class GuardedTokensTest {
    private static InvalidInputException firstProblem(JsonParser parser, byte[] text) {
        GuardedTokens t = new GuardedTokens(parser, text);
        return catchThrowableOfType(InvalidInputException.class, () -> {
            while (t.next() != null) {
                t.text();
            }
        });
    }

    @Test
    void aKeyOrATextOverItsLimitIsNamedForWhatItIs() throws Exception {
        byte[] longKey = ("id: a\n" + "k".repeat(Limits.MAX_NAME_LENGTH + 1) + ": 1\n").getBytes(StandardCharsets.UTF_8);
        assertThat(firstProblem(SafeParsers.yaml(longKey), longKey).located())
                .isEqualTo("2:1: key longer than " + Limits.MAX_NAME_LENGTH + " characters");
        byte[] longText = ("id: " + "t".repeat(Limits.MAX_STRING_LENGTH + 1) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(firstProblem(SafeParsers.yaml(longText), longText).located())
                .isEqualTo("1:5: text longer than " + Limits.MAX_STRING_LENGTH + " characters");
    }

    /** Each unknown field is kept, warned about and searched: 90,000 a record ran a batch out of heap. */
    @Test
    void aMappingOfMoreThanAThousandKeysIsRefusedAtTheFirstKeyPastTheLimit() throws Exception {
        StringBuilder json = new StringBuilder("{\"id\":\"a\"");
        for (int i = 1; i < Limits.MAX_KEYS; i++) {
            json.append(",\"k").append(i).append("\":1");
        }
        byte[] atLimit = (json + "}").getBytes(StandardCharsets.UTF_8);
        assertThat(firstProblem(SafeParsers.json(atLimit, 0, atLimit.length), atLimit)).isNull();
        byte[] over = (json + ",\"last\":1}").getBytes(StandardCharsets.UTF_8);
        InvalidInputException e = firstProblem(SafeParsers.json(over, 0, over.length), over);
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.located()).isEqualTo("1:" + (json.length() + 2) + ": more than 1,000 fields in one mapping: an"
                + " intake profile has a few");
        StringBuilder yaml = new StringBuilder("id: a\nx:\n");
        for (int i = 0; i <= Limits.MAX_KEYS; i++) {
            yaml.append("  k").append(i).append(": 1\n");
        }
        byte[] nested = yaml.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(firstProblem(SafeParsers.yaml(nested), nested).located()).as("a nested mapping too")
                .startsWith((Limits.MAX_KEYS + 3) + ":3: more than 1,000 fields in one mapping");
    }

    @Test
    void bytesThatAreNotUtf8ArePlacedWhereTheyStandEvenAtTheFirstByte() throws Exception {
        byte[] first = {(byte) 0xC0, '{', '}'};
        assertThat(firstProblem(SafeParsers.json(first, 0, first.length), first).located())
                .isEqualTo("1:1: not valid UTF-8 text (byte 0xC0): save the file as UTF-8");
        byte[] later = {'{', '"', 'a', (byte) 0xC0, '"', ':', '1', '}'};
        assertThat(firstProblem(SafeParsers.json(later, 0, later.length), later).located())
                .isEqualTo("1:4: not valid UTF-8 text (byte 0xC0): save the file as UTF-8");
    }

    @Test
    void quotedFragmentsOfAParsersMessageAreNeverPassedOn() {
        assertThat(GuardedTokens.redact("Unrecognized token 'warfarin': was expecting (JSON String)"))
                .isEqualTo("Unrecognized token '…': was expecting (JSON String)");
        assertThat(GuardedTokens.redact("found \"Jane Doe\" and 'P-0042' here")).isEqualTo("found \"…\" and '…' here");
        assertThat(GuardedTokens.redact("name 'ab' too long")).as("two characters can be a name's start")
                .isEqualTo("name '…' too long");
    }

    @Test
    void aQuotedDelimiterAnUnpairedQuoteAndAnEmptyQuotePassAsTheyAre() {
        assertThat(GuardedTokens.redact("expected ']' or ','")).isEqualTo("expected ']' or ','");
        assertThat(GuardedTokens.redact("the patient's file")).isEqualTo("the patient's file");
        assertThat(GuardedTokens.redact("empty '' text")).isEqualTo("empty '' text");
        assertThat(GuardedTokens.redact("'")).isEqualTo("'");
    }

    @Test
    void onlyTheFirstLineIsKeptAndJacksonsLiteralListIsSaidPlainly() {
        assertThat(GuardedTokens.redact("Unexpected end 'x1'\n at [Source: 'Jane Doe'; line: 1]"))
                .isEqualTo("Unexpected end '…'");
        assertThat(GuardedTokens.redact("\nsecond line 'Jane'")).isEmpty();
        assertThat(GuardedTokens.redact("expected token 'null', 'true' or 'false'"))
                .isEqualTo("expected token null, true or false");
        assertThat(GuardedTokens.redact(null)).isEmpty();
    }
}
