package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JsonArrayElementsTest {
    private static int count(String json, String from) {
        byte[] data = json.getBytes(StandardCharsets.UTF_8);
        return JsonArrayElements.starts(data, json.indexOf(from)).size();
    }

    @Test
    void countsTheElementsFromAPositionToTheClosingBracket() {
        String json = "[{\"id\":\"a\"}, {\"id\":\"b\",\"x\":[1,[2]]} ,\n\"text\", 12, null, [] ]";
        assertThat(JsonArrayElements.starts(json.getBytes(StandardCharsets.UTF_8), 1))
                .containsExactly(1, 13, 38, 46, 50, 56);
        assertThat(count(json, "{\"id\":\"b\"")).isEqualTo(5);
        assertThat(count(json, ",\n")).isEqualTo(4);
        assertThat(count(json, "[] ]")).isEqualTo(1);
        assertThat(count("[ ]", " ]")).isZero();
    }

    @Test
    void bracketsCommasAndEscapedQuotesInsideStringsDoNotCount() {
        String json = "[{\"c\":[\"a, ]b\", \"q\\\"}, [\", \"\\\\\"]}, {\"d\":1}]";
        assertThat(count(json, "{\"c\"")).isEqualTo(2);
    }

    @Test
    void aClosingBracketOfTheWrongKindClosesWhatItsOwnKindOpened() {
        String json = "[{\"id\":\"a\"},\n{\"id\":\"b\",\"concerns\":[\"pores\"},\n{\"id\":\"c\",\"x\":{\"y\":1]},\n{\"id\":\"d\"}]\n";
        assertThat(count(json, "{\"id\":\"b\"")).isEqualTo(3);
        assertThat(count(json, "{\"id\":\"c\"")).isEqualTo(2);
        assertThat(count("[{\"a\":1}}, {\"b\":2}]", "{\"a\"")).as("a closer nothing opened").isEqualTo(2);
        // Text and numbers after the slip: no record's `{` shows where the next element starts.
        assertThat(count("[{\"c\":[\"p\"}, \"x\", 3]", "{\"c\"")).as("a `}` closing its own record").isEqualTo(3);
        assertThat(count("[{\"a\":{\"y\":1]}, \"x\", 3]", "{\"a\"")).as("a `]` closing the innermost").isEqualTo(3);
    }

    @Test
    void aRecordWhoseClosingBraceWasLeftOutEndsWhereTheNextRecordStarts() {
        String json = "[{\"id\":\"a\"},\n{\"id\":\"b\",\"concerns\":[\"pores\"],\n{\"id\":\"c\",\"x\":{\"y\":1}},\n"
                + "{\"id\":\"d\",\"concerns\":[] {\"id\":\"e\"}]";
        assertThat(count(json, "{\"id\":\"b\"")).isEqualTo(4);
        assertThat(count(json, "{\"id\":\"d\"")).as("its comma left out as well").isEqualTo(2);
    }

    @Test
    void aCommaLeftOutBetweenRecordsStillSeparatesThem() {
        assertThat(count("[{\"a\":1} {\"b\":2}\n[3] \"x\", {\"c\":{\"d\":[{}]}}]", "{\"a\"")).isEqualTo(4);
    }

    @Test
    void anArrayThatNeverClosesCountsWhatItHolds() {
        assertThat(count("[{\"a\":1},{\"b\":2", "{\"a\"")).isEqualTo(2);
        assertThat(count("[\"open string, {a:1}", "\"open")).isEqualTo(1);
        assertThat(count("[{\"a\":\"x\"", "{")).as("cut off after a string").isEqualTo(1);
    }

    @Test
    void aQuoteLeftOutOrTypedTwiceHidesNoElementAfterIt() {
        String first = "{\"id\":\"a\",\"concerns\":[\"acne scars\", \"pores\"],\"answers\":{\"pregnancy\": \"no\"}}";
        String rest = ",{\"id\":\"b\",\"medications\":[\"x\"]},{\"id\":\"c\"}]";
        int quotes = 0;
        for (int k = first.indexOf('"'); k >= 0; k = first.indexOf('"', k + 1)) {
            String leftOut = first.substring(0, k) + first.substring(k + 1);
            String twice = first.substring(0, k) + '"' + first.substring(k);
            assertThat(count("[" + leftOut + rest, "{")).as(leftOut).isEqualTo(3);
            assertThat(count("[" + twice + rest, "{")).as(twice).isEqualTo(3);
            quotes++;
        }
        assertThat(quotes).isEqualTo(16);
        // Read so, an unclosed string's text is no element, and a record after it is one.
        assertThat(count("[\"open string, {\"a\":1}", "\"open")).isEqualTo(2);
    }

    @Test
    void aStrayClosingBracketBeforeAKeyDoesNotEndItsRecord() {
        assertThat(count("[{\"c\":\"a\"], \"d\":[]},\n{\"e\":1}]", "{\"c\"")).as("a list's `[` left out").isEqualTo(2);
        assertThat(count("[{\"c\":[\"a\"]], \"d\":1}, {\"e\":1}]", "{\"c\"")).as("a `]` typed twice").isEqualTo(2);
        assertThat(count("[{\"c\":\"a\"] \"d\":1}, {\"e\":1}]", "{\"c\"")).as("its comma left out too").isEqualTo(2);
    }

    @Test
    void recordsAfterTheArraysClosingBracketAreFoundOnlyAfterACommaABraceOrASecondArray() {
        String json = "[{\"a\":1}] ";
        byte[] data = (json + ", {\"b\":2}").getBytes(StandardCharsets.UTF_8);
        assertThat(JsonArrayElements.afterEnd(data, json.indexOf(']'))).containsExactly(json.length() + 2);
        byte[] second = (json + "[{\"b\":2}, {\"c\":3}]").getBytes(StandardCharsets.UTF_8);
        assertThat(JsonArrayElements.afterEnd(second, json.indexOf(']'))).hasSize(2);
        assertThat(JsonArrayElements.afterEnd((json + " 5").getBytes(StandardCharsets.UTF_8), json.indexOf(']'))).isEmpty();
        assertThat(JsonArrayElements.afterEnd(json.getBytes(StandardCharsets.UTF_8), json.indexOf(']'))).isEmpty();
    }

    @Test
    void aKeyBetweenElementsIsInsideARecordWhoseBraceWasLeftOut() {
        assertThat(count("[\"a\":1, \"b\":[2]}, {\"c\":3}]", "\"a\"")).isEqualTo(2);
        assertThat(count("[{\"a\":1}, \"b\":2, \"c\":[3]}, {\"d\":4}]", "{\"a\"")).as("after a record").isEqualTo(3);
    }

    @Test
    void aNestedObjectsColonOrBraceLeftOutKeepsItInsideItsRecord() {
        assertThat(count("[{\"a\":1,\"n\"{\"p\":\"no\"},\"b\":2}, {\"c\":3}]", "{\"a\"")).as("its colon").isEqualTo(2);
        assertThat(count("[{\"a\":1,\"n\":\"p\":\"no\"},\"b\":2}, {\"c\":3}]", "{\"a\"")).as("its `{`").isEqualTo(2);
        // A value is no key: after it, a `{` is still the next record's, whose record's `}` was left out.
        assertThat(count("[{\"a\":\"x\"\n{\"c\":3}]", "{\"a\"")).isEqualTo(2);
    }

    @Test
    void aKeyRightAfterAWholeRecordStartsTheNextOneWhoseBraceWasLeftOut() {
        assertThat(count("{\"a\":1}\n\"b\":2}\n{\"c\":3}\n", "{\"a\"")).as("JSON Lines").isEqualTo(3);
        assertThat(count("[{\"a\":1} \"b\":2}]", "{\"a\"")).as("in an array, its comma left out").isEqualTo(2);
        assertThat(count("[{\"a\":1} \"b\", 3]", "{\"a\"")).as("text, not a key").isEqualTo(2);
    }

    @Test
    void recordsAfterAProfilesEndAreFoundAfterClosersTypedTooOftenOrAsAKey() {
        String json = "{\"a\":1}";
        byte[] twice = (json + "}]\n{\"b\":2}").getBytes(StandardCharsets.UTF_8);
        assertThat(JsonArrayElements.afterEnd(twice, json.length() - 1)).containsExactly(json.length() + 3);
        byte[] key = (json + "\n\"b\":2}").getBytes(StandardCharsets.UTF_8);
        assertThat(JsonArrayElements.afterEnd(key, json.length() - 1)).containsExactly(json.length() + 1);
        byte[] text = (json + " \"b\" 2").getBytes(StandardCharsets.UTF_8);
        assertThat(JsonArrayElements.afterEnd(text, json.length() - 1)).isEmpty();
    }

    @Test
    void aFieldsNameRightAfterARecordIsFoundWithOrWithoutACommaUpToTheEndOfTheData() {
        String json = "{\"a\":1}";
        int closer = json.length() - 1;
        assertThat(JsonArrayElements.keyAfter((json + ", \"b\" :2}").getBytes(StandardCharsets.UTF_8), closer))
                .isEqualTo(json.length() + 2);
        assertThat(JsonArrayElements.keyAfter((json + "\"b\":2}").getBytes(StandardCharsets.UTF_8), closer))
                .isEqualTo(json.length());
        for (String after : new String[] {"", ",", ", ", ",\"b\"", ",\"b\" 2", ", {\"b\":2}", "]"}) {
            assertThat(JsonArrayElements.keyAfter((json + after).getBytes(StandardCharsets.UTF_8), closer)).as(after)
                    .isEqualTo(-1);
        }
    }

    @Test
    void theClosingBracketIsFoundPastStringsAndNestedBrackets() {
        String json = "[[{\"a\":\"]}\\\"\",\"b\":[1]}], 2]";
        byte[] data = json.getBytes(StandardCharsets.UTF_8);
        assertThat(JsonArrayElements.closing(data, 1)).isEqualTo(json.indexOf("],"));
        assertThat(JsonArrayElements.closing(data, 0)).isEqualTo(json.length() - 1);
        assertThat(JsonArrayElements.closing(data, 2)).isEqualTo(json.indexOf("}]"));
        assertThat(JsonArrayElements.closing("[[1]".getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(4);
    }

    @Test
    void aBraceTypedTwiceStartsNoElement() {
        assertThat(count("[{{\"a\":1}, {\"b\":2}]", "{{")).isEqualTo(2);
    }
}
