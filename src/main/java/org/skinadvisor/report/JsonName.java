package org.skinadvisor.report;

import java.nio.charset.StandardCharsets;

/** A field name of a report, with its compact encoding ({@code "name":}) made once rather than per record. */
public final class JsonName {
    private final String text;
    private final byte[] encoded;

    private JsonName(String text) {
        this.text = text;
        this.encoded = ("\"" + text + "\":").getBytes(StandardCharsets.US_ASCII);
    }

    /** A name of plain ASCII letters, as every report field is: nothing in it needs escaping. */
    public static JsonName of(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("not a plain field name: " + text);
        }
        return new JsonName(text);
    }

    public String text() {
        return text;
    }

    byte[] encoded() {
        return encoded;
    }
}
