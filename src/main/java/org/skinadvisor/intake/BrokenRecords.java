package org.skinadvisor.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;

import java.io.IOException;

/** What the JSON and the YAML reader both do with a file that holds no record, or a record that failed to bind. */
final class BrokenRecords {
    private BrokenRecords() {
    }

    /** The one record of an input that holds none, hashed whole like any whole-file record. */
    static IntakeRecord empty(String label, String why, byte[] data) {
        return IntakeRecord.invalid(label, new InvalidInputException(Problem.EMPTY, why, 0, 0),
                Hashes.sha256Prefix(data, 0, data.length));
    }

    /** The nesting depth of the context that holds the record the parser stands on. */
    static int recordLevel(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        boolean opened = p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY;
        return opened ? ctx.getParent().getNestingDepth() : ctx.getNestingDepth();
    }

    /** After a binding error, skips to the end of the record; false when the parser cannot go on. */
    static boolean resync(JsonParser p, int level, InvalidInputException e) {
        if (e.problem() != Problem.TYPE && e.problem() != Problem.MISSING_FIELD && e.problem() != Problem.UNSUPPORTED_YAML
                && e.problem() != Problem.DUPLICATE_KEY) {
            return false;
        }
        try {
            while (p.getParsingContext().getNestingDepth() > level) {
                if (p.nextToken() == null) {
                    return false;
                }
            }
            return true;
        } catch (IOException ex) {
            return false;
        }
    }
}
