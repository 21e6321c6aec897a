package org.skinadvisor.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a parser's own message may pass on: never a copy of the input. */
class GuardedTokensTest {
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
