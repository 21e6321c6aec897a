package org.skinadvisor.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.parsing.Utf8Text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each document of a YAML stream starts, found from its "---" and "..." lines as the parser finds them (at
 * the start of a line, alone or followed by a space), so that every document can be labelled, hashed, and
 * reported as not read when a syntax error stops the parser before it.
 */
final class YamlDocuments {
    private YamlDocuments() {
    }

    static List<Integer> starts(byte[] data) {
        List<Integer> starts = new ArrayList<>();
        int lineStart = Utf8Text.startsWithByteOrderMark(data) ? 3 : 0;
        // Where the next document starts if content comes before a "---": the file's start, or after a "...".
        int implicitStart = 0;
        boolean open = false;
        for (int i = lineStart; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                if (isMarker(data, lineStart, i, (byte) '-')) {
                    starts.add(lineStart);
                    open = true;
                } else if (isMarker(data, lineStart, i, (byte) '.')) {
                    open = false;
                    implicitStart = i + 1;
                } else if (!open && hasContent(data, lineStart, i)) {
                    starts.add(implicitStart);
                    open = true;
                }
                lineStart = i + 1;
            }
        }
        return starts;
    }

    /**
     * The document starts, with those that follow a "---" mistyped in document {@code from} (0-based) or after it:
     * dashes alone, two or four and more; "---" with text run on; or "---" run on to the end of a line. The parser
     * reads the documents on either side of one as a single one; once that fails, each is reported on its own.
     */
    static List<Integer> withMistypedSeparators(byte[] data, List<Integer> starts, int from) {
        List<Integer> all = new ArrayList<>(starts.size());
        for (int index = 0; index < starts.size(); index++) {
            all.add(starts.get(index));
            if (index >= from) {
                mistypedSeparators(data, starts, index, all);
            }
        }
        return all;
    }

    /** Adds to {@code found} where text starts in document {@code index} after a mistyped "---". */
    private static void mistypedSeparators(byte[] data, List<Integer> starts, int index, List<Integer> found) {
        int end = index + 1 < starts.size() ? starts.get(index + 1) : data.length;
        int lineStart = starts.get(index);
        for (int i = lineStart; i < end; i++) {
            if (data[i] == '\n') {
                int after = lineStart > starts.get(index) ? afterMistypedMarker(data, lineStart, i) : -1;
                if (after < 0 && endsWithMarker(data, lineStart, i)) {
                    after = i + 1;
                }
                if (after >= 0 && after < end) {
                    found.add(after);
                }
                lineStart = i + 1;
            }
        }
    }

    /**
     * Where text starts after the line from..to of a document when it is a mistyped "---" (the next line, for dashes
     * alone), or -1. Three dashes there have text run on: followed by a space or nothing, they would start a document.
     */
    private static int afterMistypedMarker(byte[] d, int from, int to) {
        int dashes = 0;
        while (from + dashes < to && d[from + dashes] == '-') {
            dashes++;
        }
        if (dashes == 3) {
            return from + 3;
        }
        return dashes >= 2 && !hasContent(d, from + dashes, to) ? to + 1 : -1;
    }

    /** A line whose text runs on into "---", as when the line break before a separator was deleted. */
    private static boolean endsWithMarker(byte[] d, int from, int to) {
        int end = to;
        while (end > from && isBlank(d[end - 1])) {
            end--;
        }
        return end - from >= 4 && d[end - 1] == '-' && d[end - 2] == '-' && d[end - 3] == '-' && d[end - 4] != '-'
                && d[end - 4] != ' ' && d[end - 4] != '\t';
    }

    /**
     * Whether document {@code index} (0-based) holds nothing but its "---" and "..." lines, comments and blank lines:
     * a "---" typed twice, or left at the end of a file as some writers leave it. False when the scan found no such
     * document. Text after "---" on its line is the document's ("--- ~" is null, written).
     */
    static boolean isEmpty(byte[] data, List<Integer> starts, int index) {
        if (index < 0 || index >= starts.size()) {
            return false;
        }
        int from = starts.get(index);
        int to = index + 1 < starts.size() ? starts.get(index + 1) : data.length;
        int lineStart = from == 0 && Utf8Text.startsWithByteOrderMark(data) ? 3 : from;
        for (int i = lineStart; i <= to; i++) {
            if (i == to || data[i] == '\n') {
                boolean opening = lineStart == from && isMarker(data, lineStart, i, (byte) '-');
                if (opening ? hasText(data, lineStart + 3, i)
                        : !isMarker(data, lineStart, i, (byte) '.') && hasText(data, lineStart, i)) {
                    return false;
                }
                lineStart = i + 1;
            }
        }
        return true;
    }

    /**
     * Whether the parser stands on document {@code index}'s value and that document is empty: the parser reads it
     * as text of nothing (or null), and the scan finds nothing in its lines.
     */
    static boolean isEmptyAt(JsonParser p, byte[] data, List<Integer> starts, int index) throws IOException {
        JsonToken value = p.currentToken();
        return (value == JsonToken.VALUE_NULL || value == JsonToken.VALUE_STRING && p.getTextLength() == 0)
                && isEmpty(data, starts, index);
    }

    /** Whether the line from..to holds text other than white space and a comment. */
    private static boolean hasText(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == '#') {
                return false;
            }
            if (!isBlank(d[i])) {
                return true;
            }
        }
        return false;
    }

    /** A document start ("---") or end ("...") marker line. */
    private static boolean isMarker(byte[] d, int from, int to, byte mark) {
        return to - from >= 3 && d[from] == mark && d[from + 1] == mark && d[from + 2] == mark
                && (to - from == 3 || isBlank(d[from + 3]));
    }

    /**
     * Whether a line holds a document's content: not blank, not a comment, and not a directive ("%YAML 1.2")
     * before a document's "---", which belongs to the document that follows.
     */
    private static boolean hasContent(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == '#' || d[i] == '%' && i == from) {
                return false;
            }
            if (!isBlank(d[i])) {
                return true;
            }
        }
        return false;
    }

    /** White space within a line: a carriage return is the end of a CRLF line's text. */
    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    /** Where the document holding byte {@code offset} starts: 0 for the first document or text before it. */
    static int startOfDocumentAt(List<Integer> starts, int offset) {
        int start = 0;
        for (int s : starts) {
            if (s > offset) {
                break;
            }
            start = s;
        }
        return start;
    }

    /** Whether document {@code index} (0-based) starts after a "..." line without a "---" of its own. */
    static boolean afterEndMarker(byte[] data, List<Integer> starts, int index) {
        int start = starts.get(index);
        int end = start;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        return start > 0 && !isMarker(data, start, end, (byte) '-');
    }

    /** The patient id document {@code index} (0-based) names plainly, or null (see {@link PatientIds}). */
    static String namedId(byte[] data, List<Integer> starts, int index) {
        return ofDocument(data, starts, index, PatientIds::inYaml);
    }

    /** The SHA-256 of document {@code index} (0-based), or null when the scan found no such document. */
    static String hash(byte[] data, List<Integer> starts, int index) {
        return ofDocument(data, starts, index, (d, from, to) -> Hashes.sha256Prefix(d, from, to - from));
    }

    /** What is read from the bytes of one document, between {@code from} and {@code to}. */
    private interface DocumentText {
        String of(byte[] data, int from, int to);
    }

    private static String ofDocument(byte[] data, List<Integer> starts, int index, DocumentText what) {
        if (index < 0 || index >= starts.size()) {
            return null;
        }
        return what.of(data, starts.get(index), index + 1 < starts.size() ? starts.get(index + 1) : data.length);
    }
}
