package org.skinadvisor.intake;

import org.skinadvisor.parsing.Utf8Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each document of a YAML stream starts, found from its "---" lines, so that every document can be
 * labelled, hashed, and reported as not read when a syntax error stops the parser before it.
 */
final class YamlDocuments {
    private YamlDocuments() {
    }

    static List<Integer> starts(byte[] data) {
        List<Integer> starts = new ArrayList<>();
        int lineStart = Utf8Text.startsWithByteOrderMark(data) ? 3 : 0;
        for (int i = lineStart; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                if (isSeparator(data, lineStart, i)) {
                    starts.add(lineStart);
                } else if (starts.isEmpty() && hasContent(data, lineStart, i)) {
                    starts.add(0);
                }
                lineStart = i + 1;
            }
        }
        return starts;
    }

    private static boolean isSeparator(byte[] d, int from, int to) {
        return to - from >= 3 && d[from] == '-' && d[from + 1] == '-' && d[from + 2] == '-'
                && (to - from == 3 || d[from + 3] == ' ' || d[from + 3] == '\t' || d[from + 3] == '\r');
    }

    private static boolean hasContent(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == '#') {
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
