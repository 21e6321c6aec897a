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

}
