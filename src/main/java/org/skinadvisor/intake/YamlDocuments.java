package org.skinadvisor.intake;

import org.skinadvisor.parsing.Utf8Text;

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

    /** A document start ("---") or end ("...") marker line. */
    private static boolean isMarker(byte[] d, int from, int to, byte mark) {
        return to - from >= 3 && d[from] == mark && d[from + 1] == mark && d[from + 2] == mark
                && (to - from == 3 || d[from + 3] == ' ' || d[from + 3] == '\t' || d[from + 3] == '\r');
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
            if (d[i] != ' ' && d[i] != '\t' && d[i] != '\r') {
                return true;
            }
        }
        return false;
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
