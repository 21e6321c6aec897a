package org.skinadvisor.intake;

import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.Utf8Text;

/**
 * A JSON Lines record that a line break split (a line break typed inside its text, or the record pretty-printed over
 * several lines) becomes lines that each fail alone, and the parser names only what it stopped at: the end of a line,
 * or text where a record should start. Said from the line and how the line above it ends, as the batch reads its
 * lines apart.
 */
public final class SplitRecords {
    private static final String GOES_ON = "the line above does not end with `}`: does it go on in this one? A JSON"
            + " Lines record is written on one line";
    private static final String NEXT_LINE = " (does the record go on in the next line? A JSON Lines record is written on"
            + " one line";
    /** A record's `{` or an array's `[` alone on a line: what a pretty-printer writes first, never a JSON Lines record. */
    private static final String READ_AS_JSON = "is read as JSON, " + FormatClues.readFrom(IntakeFormat.JSON);

    private SplitRecords() {
    }

    /**
     * The error {@code e} of the JSON Lines line {@code line}, said as part of a split record when it may be one: a
     * `[` or `{` alone on the line, as JSON pretty-printed over lines starts; a line that does not start a record with
     * `{` below a line that does not end one with `}` ({@code belowOpenLine}); or a line that ends before its record
     * does. Other errors are returned as they are.
     */
    public static InvalidInputException said(byte[] line, boolean belowOpenLine, InvalidInputException e) {
        // A file appended to another keeps its byte order mark, on a later line.
        int start = JsonArrayElements.nextNonSpace(line, Utf8Text.startsWithByteOrderMark(line) ? 3 : 0);
        if (start < line.length && JsonArrayElements.nextNonSpace(line, start + 1) == line.length) {
            if (line[start] == '[') {
                // The parser stops at the list as a value of the wrong type; the line is a list never closed.
                return new InvalidInputException(Problem.SYNTAX, "a `[` alone on its line where a record should start:"
                        + " is this JSON pretty-printed over many lines? A JSON Lines record is written on one line; JSON"
                        + " over many lines " + READ_AS_JSON, e.line(), e.column());
            }
            if (line[start] == '{') {
                // A line break typed just after the `{` reads alike: both are asked about.
                return e.reworded(e.getMessage() + NEXT_LINE + "; a `{` alone on its line is how JSON pretty-printed over"
                        + " many lines starts, which " + READ_AS_JSON + ")", e.line(), e.column());
            }
        }
        if (e.problem() != Problem.SYNTAX) {
            return e;
        }
        if (belowOpenLine && JsonArrayElements.isKey(line, start)) {
            return e.reworded(e.getMessage() + " (but " + GOES_ON + ")", e.line(), e.column());
        }
        if (belowOpenLine && start < line.length && line[start] != '{') {
            int[] at = new Utf8Text.Places(line, false).at(start);
            return e.reworded("this line does not start a record with `{`, and " + GOES_ON, at[0], at[1]);
        }
        int[] end = new Utf8Text.Places(line, false).at(line.length);
        if (e.line() == end[0] && e.column() >= end[1]) {
            return e.reworded(e.getMessage() + NEXT_LINE + ", a line break in its text as \\n)", e.line(), e.column());
        }
        return e;
    }
}
