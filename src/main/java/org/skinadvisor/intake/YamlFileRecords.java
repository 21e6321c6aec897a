package org.skinadvisor.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.parsing.GuardedTokens;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.SafeParsers;
import org.skinadvisor.parsing.Utf8Text;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The records of one YAML file: one document, or several separated by ---. A document that fails to bind is an
 * error record and reading goes on; a syntax error ends the file, and the documents after it, found by
 * {@link YamlDocuments}, are reported as not read, each with the id it names.
 */
final class YamlFileRecords {
    static final String EVERY_DOCUMENT_EMPTY = "no intake profile: every document in the input is empty";

    private final ProfileBinder binder;

    YamlFileRecords(ProfileBinder binder) {
        this.binder = binder;
    }

    void read(byte[] data, String label, Consumer<IntakeRecord> out) {
        InvalidInputException wide = Utf8Text.wideText(data, data.length, IntakeFormat.YAML.title());
        if (wide != null) {
            // No document has a place in bytes read as UTF-8: one record for the file, as for JSON.
            out.accept(IntakeRecord.invalid(label, wide, null));
            return;
        }
        List<Integer> starts = YamlDocuments.starts(data);
        boolean multi = starts.size() > 1;
        // The parser refuses such bytes up to a read-ahead early: read only the documents before their own.
        int refused = Utf8Text.firstRefusedByYaml(data);
        int end = refused < 0 ? data.length : YamlDocuments.startOfDocumentAt(starts, refused);
        int n = 0;
        int empty = 0;
        // The last document read, held until what follows it shows where it ended.
        IntakeRecord read = null;
        try (JsonParser p = SafeParsers.yaml(data, 0, end)) {
            GuardedTokens t = new GuardedTokens(p, data);
            while (true) {
                JsonToken tok;
                try {
                    tok = t.next();
                } catch (InvalidInputException e) {
                    boolean failedAfterIt = read != null && e.problem() == Problem.SYNTAX;
                    boolean inItsText = failedAfterIt && before(data, starts, n, e);
                    List<Integer> split = YamlDocuments.withMistypedSeparators(data, starts, inItsText ? n - 1 : n);
                    if (inItsText && before(data, split, n, e) || failedAfterIt && continuation(data, starts, n)) {
                        // The parser stopped inside the text of the document it had read: that text goes on.
                        addNotRead(out, data, label, multi, n - 1, split, starts, new InvalidInputException(
                                Problem.SYNTAX, "text after the end of this document, before the next `---` (a `}`"
                                + " typed once too often, a `---` mistyped, or a `%` or `...` line?): the document is not"
                                + " assessed, as fields of it may come after", e.line(), e.column()));
                    } else {
                        accept(out, read);
                        addNotRead(out, data, label, multi, n, split, starts, e);
                    }
                    return;
                }
                accept(out, read);
                read = null;
                if (tok == null) {
                    break;
                }
                n++;
                if (YamlDocuments.isEmptyAt(p, data, starts, n - 1)) {
                    // It names no patient, as a blank line of JSON Lines does not; the others keep their numbers.
                    empty++;
                    continue;
                }
                String source = documentSource(label, multi, n);
                String hash = YamlDocuments.hash(data, starts, n - 1);
                int level = BrokenRecords.recordLevel(p);
                try {
                    read = IntakeRecord.valid(source, binder.bind(t), hash);
                } catch (InvalidInputException e) {
                    out.accept(IntakeRecord.invalid(source, e, hash, YamlDocuments.namedId(data, starts, n - 1)));
                    if (!BrokenRecords.resync(p, level, e)) {
                        addNotRead(out, data, label, multi, n,
                                YamlDocuments.withMistypedSeparators(data, starts, n - 1), starts, null);
                        return;
                    }
                }
            }
        } catch (IOException e) {
            out.accept(IntakeRecord.invalid(label, GuardedTokens.translate(e, null), null));
        }
        if (refused >= 0) {
            String source = documentSource(label, multi, n + 1);
            out.accept(IntakeRecord.invalid(source, Utf8Text.refusedByYamlAt(data, refused),
                    YamlDocuments.hash(data, starts, n), YamlDocuments.namedId(data, starts, n)));
            addNotRead(out, data, label, multi, n + 1, YamlDocuments.withMistypedSeparators(data, starts, n),
                    starts, null);
        } else if (n == 0) {
            out.accept(BrokenRecords.empty(label, "empty file: no intake profile", data));
        } else if (n == empty) {
            out.accept(BrokenRecords.empty(label, EVERY_DOCUMENT_EMPTY, data));
        }
    }

    private static void accept(Consumer<IntakeRecord> out, IntakeRecord record) {
        if (record != null) {
            out.accept(record);
        }
    }

    /**
     * Whether the text after the {@code n}th document's "..." line, where the parser stopped, has no "---" and names
     * no patient: more of that document, as likely as a document whose "---" was left out.
     */
    private static boolean continuation(byte[] data, List<Integer> starts, int n) {
        // The parser refuses such text at its first line: the error that stopped it is always there.
        return n < starts.size() && YamlDocuments.afterEndMarker(data, starts, n)
                && YamlDocuments.namedId(data, starts, n) == null;
    }

    /** Whether {@code e} is placed before the line where the document after the {@code n}th starts. */
    private static boolean before(byte[] data, List<Integer> starts, int n, InvalidInputException e) {
        return n >= starts.size() || e.line() < new Utf8Text.Places(data, true).at(starts.get(n))[0];
    }

    /**
     * A syntax error at document n+1 (if given) ends the file: every document after it is reported as not read, and
     * so is each that a mistyped separator ran into the one before it, from the document that stopped the parser on;
     * {@code starts}: the {@code scanned} ones and those.
     */
    private static void addNotRead(Consumer<IntakeRecord> out, byte[] data, String label, boolean multi, int n,
                                   List<Integer> starts, List<Integer> scanned, InvalidInputException cause) {
        int next = n + 1;
        if (cause != null) {
            out.accept(IntakeRecord.invalid(documentSource(label, multi, next), cause,
                    YamlDocuments.hash(data, starts, next - 1), YamlDocuments.namedId(data, starts, next - 1)));
            next++;
        }
        // Each at the line it starts on, with the id it names, so that a clinic can tell whose intake was not read.
        Utf8Text.Places places = new Utf8Text.Places(data, true);
        for (int d = next; d <= starts.size(); d++) {
            int start = starts.get(d - 1);
            int[] at = places.at(start);
            String why = Collections.binarySearch(scanned, start) < 0
                    ? "; it follows what looks like its separator `---` mistyped" : "";
            out.accept(IntakeRecord.invalid(label + "#" + d, new InvalidInputException(Problem.NOT_READ,
                    "not read: an earlier document in this file could not be read" + why, at[0], at[1]), null,
                    YamlDocuments.namedId(data, starts, d - 1)));
        }
    }

    /**
     * Document {@code n}'s source: {@code label#n} in a file of several documents, the label alone for a file of
     * one. A document the parser finds beyond those the scan found is numbered too, so that no two records
     * share a source.
     */
    private static String documentSource(String label, boolean multi, int n) {
        return multi || n > 1 ? label + "#" + n : label;
    }
}
