package org.skinadvisor.intake;

import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.Utf8Text;

/**
 * Slips at the edges of a JSON record, said in plain words and placed where they are: the parser names only the
 * character it stopped at, these read the bytes around it.
 */
final class JsonSlips {
    private JsonSlips() {
    }

    /** A syntax error of a JSON text, placed at the character at byte {@code offset}. */
    static InvalidInputException syntaxAt(byte[] data, int offset, String message) {
        int[] at = new Utf8Text.Places(data, false).at(offset);
        return new InvalidInputException(Problem.SYNTAX, message, at[0], at[1]);
    }

    /**
     * A field's name where a record should start, at {@code start}: the record's `{` was left out, or, after a
     * record's `}`, that `}` may have been typed once too often and the field be its record's.
     */
    static InvalidInputException braceLeftOut(byte[] data, int start) {
        return syntaxAt(data, start, "a field name where a record should start: the `{` that opens the record is"
                + " missing before it" + (JsonArrayElements.afterRecordEnd(data, start)
                ? ", or the record before it goes on and its `}` was typed once too often" : ""));
    }

    /** A field's name at {@code at}, right after a record that was read: where does that record end? */
    static InvalidInputException endInDoubt(byte[] data, int at) {
        return syntaxAt(data, at, "a field name after this record's `}`: a `}` typed once too often ended the record"
                + " early, or the next record's `{` was left out; the record is not assessed, as fields of it may come"
                + " after that `}`");
    }

    /**
     * The text from {@code end}, the byte after the closing `}` of a profile that nothing may follow, as the slip it
     * most likely is, placed where that text starts; the parser's own error when it is not a syntax error or no slip
     * fits. {@code anotherProfile}: what to tell a user who wrote a second profile after a comma.
     */
    static InvalidInputException afterProfile(byte[] data, int end, String anotherProfile,
                                              InvalidInputException parsers) {
        InvalidInputException slip = parsers.problem() == Problem.SYNTAX ? slipAfter(data, end, anotherProfile) : null;
        return slip != null ? slip : parsers;
    }

    /**
     * A `}` typed once too often after the record that ends at {@code end} in a list of records, or the parser's
     * own error when that is not what stopped it (a `}` there stops it with a syntax error, never another kind).
     */
    static InvalidInputException afterRecord(byte[] data, int end, InvalidInputException parsers) {
        int i = JsonArrayElements.nextNonSpace(data, end);
        return i < data.length && data[i] == '}' ? syntaxAt(data, i,
                "a `}` after the closing `}` of the record before: one typed once too often") : parsers;
    }

    /**
     * A profile that failed to bind with {@code parsers} and closes with the `}` at {@code closer}: when fields follow,
     * a `}` typed once too often, as a field said to be missing may be among them; else the binding error.
     */
    static InvalidInputException fieldsAfterProfile(byte[] data, int closer, InvalidInputException parsers) {
        int field = JsonArrayElements.keyAfter(data, closer);
        return field >= 0 ? fieldAfter(data, field) : parsers;
    }

    private static InvalidInputException fieldAfter(byte[] data, int at) {
        return syntaxAt(data, at, "a field name after the profile's closing `}`: a `}` typed once too often ended the"
                + " profile early, and the fields after it are the profile's");
    }

    private static InvalidInputException slipAfter(byte[] data, int end, String anotherProfile) {
        int i = JsonArrayElements.nextNonSpace(data, end);
        if (i >= data.length) {
            return null;
        }
        byte b = data[i];
        if (b == '}' || b == ']') {
            return syntaxAt(data, i, "a `" + (char) b + "` after the profile's closing `}`: one typed once too often");
        }
        int field = JsonArrayElements.keyAfter(data, end - 1);
        if (field >= 0) {
            return fieldAfter(data, field);
        }
        if (b != ',') {
            return null;
        }
        int next = JsonArrayElements.nextNonSpace(data, i + 1);
        if (next >= data.length) {
            return syntaxAt(data, i, "a comma after the profile's closing `}`, with nothing after it: delete it");
        }
        return data[next] == '{' ? syntaxAt(data, i, "a comma and a second profile after the profile's closing `}` ("
                + anotherProfile + ")") : null;
    }
}
