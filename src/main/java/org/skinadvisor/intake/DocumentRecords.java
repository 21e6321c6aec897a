package org.skinadvisor.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.parsing.GuardedTokens;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.SafeParsers;
import org.skinadvisor.parsing.Utf8Text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The records of one YAML file (one or several documents separated by ---) or one JSON file (one profile
 * or an array of them). A record that fails to bind is an error record and reading goes on; a syntax error
 * ends the file, and the records after it are reported as not read rather than dropped.
 */
public final class DocumentRecords {
    private static final String ARRAY = "this array";
    private static final String FILE = "this file";

    private final ProfileBinder binder;

    public DocumentRecords(ProfileBinder binder) {
        this.binder = binder;
    }

    /** The screening questions a record may answer (a CSV's answer columns are named by them). */
    public Set<String> questionIds() {
        return binder.questionIds();
    }

    public List<IntakeRecord> read(byte[] data, IntakeFormat format, String label) {
        List<IntakeRecord> out = new ArrayList<>();
        read(data, format, label, out::add);
        return out;
    }

    /** The same records, each handed on as soon as it is read: a large file's records need not be held at once. */
    public void read(byte[] data, IntakeFormat format, String label, Consumer<IntakeRecord> out) {
        if (format == IntakeFormat.JSON) {
            readJson(data, label, out);
        } else {
            readYaml(data, label, out);
        }
    }

    private void readJson(byte[] data, String label, Consumer<IntakeRecord> out) {
        try (JsonParser p = SafeParsers.json(data, 0, data.length)) {
            GuardedTokens t = new GuardedTokens(p, data);
            JsonToken first;
            try {
                first = t.next();
            } catch (InvalidInputException e) {
                out.accept(IntakeRecord.invalid(label, e, Hashes.sha256Prefix(data, 0, data.length)));
                return;
            }
            if (first == null) {
                out.accept(empty(label, "empty file: no intake profile", data));
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                single(t, p, data, label, out);
                return;
            }
            int n = 0;
            long after = p.currentLocation().getByteOffset();
            while (true) {
                JsonToken tok;
                try {
                    tok = t.next();
                } catch (InvalidInputException e) {
                    stoppedAt(out, data, label, n + 1, e, JsonArrayElements.starts(data, (int) after), ARRAY);
                    return;
                }
                if (tok == JsonToken.END_ARRAY || tok == null) {
                    break;
                }
                n++;
                long start = p.currentTokenLocation().getByteOffset();
                if (tok == JsonToken.VALUE_STRING && JsonArrayElements.isKey(data, (int) start)) {
                    stoppedAt(out, data, label, n, braceLeftOut(data, (int) start),
                            JsonArrayElements.starts(data, (int) start), ARRAY);
                    return;
                }
                if (tok == JsonToken.START_ARRAY && n == 1 && JsonArrayElements.nextNonSpace(data,
                        JsonArrayElements.closing(data, (int) start) + 1) >= data.length) {
                    // `[[` with one `]`: the records are the inner list's elements. (A list closed in a list that
                    // goes on is a wrong-typed element of its own.)
                    stoppedAt(out, data, label, n, t.problem(Problem.SYNTAX, "a list inside the list of records (its"
                            + " `[` typed twice?): the records are written inside one `[` and `]`"),
                            JsonArrayElements.starts(data, (int) start + 1), ARRAY);
                    return;
                }
                String source = label + "#" + n;
                int level = recordLevel(p);
                try {
                    ReadProfile rp = binder.bind(t);
                    int fields = JsonArrayElements.keyAfter(data, (int) p.currentTokenLocation().getByteOffset());
                    if (fields >= 0) {
                        // Fields of this record may follow a `}` typed once too often: not assessed on part of it.
                        List<Integer> starts = new ArrayList<>(List.of((int) start));
                        starts.addAll(JsonArrayElements.starts(data, fields));
                        stoppedAt(out, data, label, n, endInDoubt(data, fields), starts, ARRAY);
                        return;
                    }
                    out.accept(IntakeRecord.valid(source, rp, slice(data, start, p.currentLocation())));
                } catch (InvalidInputException e) {
                    String id = PatientIds.inJson(data, (int) start, data.length);
                    if (!resync(p, level, e)) {
                        out.accept(IntakeRecord.invalid(source, notReadAfter(e), null, id));
                        addNotRead(out, data, label, n, JsonArrayElements.starts(data, (int) start), ARRAY);
                        return;
                    }
                    out.accept(IntakeRecord.invalid(source, e, slice(data, start, p.currentLocation()), id));
                }
                after = p.currentLocation().getByteOffset();
            }
            int closer = (int) p.currentTokenLocation().getByteOffset();
            InvalidInputException trailing = trailing(t);
            List<Integer> more = trailing == null ? List.of() : JsonArrayElements.afterEnd(data, closer);
            if (!more.isEmpty()) {
                stoppedAt(out, data, label, n + 1, syntaxAt(data, closer, "more records follow the `]` that ends this"
                        + " list of records (a `]` typed once too often, or a second list)"), more, ARRAY);
            } else if (trailing != null) {
                out.accept(IntakeRecord.invalid(label + "#" + (n + 1), trailing, null));
            } else if (n == 0) {
                out.accept(empty(label, "empty array: no intake profile", data));
            }
        } catch (IOException e) {
            out.accept(IntakeRecord.invalid(label, GuardedTokens.translate(e, null), null));
        } catch (InvalidInputException e) {
            out.accept(IntakeRecord.invalid(label, e, Hashes.sha256Prefix(data, 0, data.length)));
        }
    }

    /**
     * A JSON file that does not start with an array: one profile, or (a `[` left out, JSON Lines saved as .json)
     * several, which are reported, the first as the error and each after it as not read, whether the first could
     * be read or not.
     */
    private void single(GuardedTokens t, JsonParser p, byte[] data, String label, Consumer<IntakeRecord> out) {
        String hash = Hashes.sha256Prefix(data, 0, data.length);
        int start = (int) p.currentTokenLocation().getByteOffset();
        if (JsonArrayElements.isKey(data, start)) {
            firstStopped(out, data, label, start, braceLeftOut(data, start), hash);
            return;
        }
        try {
            ReadProfile rp = binder.bind(t);
            int closer = (int) p.currentTokenLocation().getByteOffset();
            InvalidInputException trailing = trailing(t);
            List<Integer> more = trailing == null ? List.of() : JsonArrayElements.afterEnd(data, closer);
            if (more.isEmpty()) {
                out.accept(trailing == null ? IntakeRecord.valid(label, rp, hash)
                        : IntakeRecord.invalid(label, trailing, hash));
                return;
            }
            List<Integer> starts = new ArrayList<>(more.size() + 1);
            starts.add(start);
            starts.addAll(more);
            stoppedAt(out, data, label, 1, severalProfiles(data, closer, more.get(0), trailing), starts, FILE);
        } catch (InvalidInputException e) {
            firstStopped(out, data, label, start, e, hash);
        }
    }

    /**
     * The profile at {@code start} that stopped the parser with {@code e}, and each profile after it, reported as not
     * read (JSON Lines saved as .json, its first line broken); {@code hash}: the file's, kept when it holds one.
     */
    private static void firstStopped(Consumer<IntakeRecord> out, byte[] data, String label, int start,
                                     InvalidInputException e, String hash) {
        List<Integer> starts = JsonArrayElements.starts(data, start);
        if (starts.size() > 1) {
            // Fields after the profile's end: a field missing from what was read may be among them.
            boolean fieldsAfter = e.problem() != Problem.SYNTAX && data[starts.get(1)] == '"';
            stoppedAt(out, data, label, 1, fieldsAfter ? braceLeftOut(data, starts.get(1)) : e, starts, FILE);
        } else {
            out.accept(IntakeRecord.invalid(label, e, hash, PatientIds.inJson(data, start, data.length)));
        }
    }

    /** A field's name at {@code at}, right after a record that was read: where does that record end? */
    private static InvalidInputException endInDoubt(byte[] data, int at) {
        return syntaxAt(data, at, "a field name after this record's `}`: a `}` typed once too often ended the record"
                + " early, or the next record's `{` was left out; the record is not assessed, as fields of it may come"
                + " after that `}`");
    }

    /**
     * A field's name where a record should start, at {@code start}: the record's `{` was left out, or, after a
     * record's `}`, that `}` may have been typed once too often and the field be its record's.
     */
    private static InvalidInputException braceLeftOut(byte[] data, int start) {
        return syntaxAt(data, start, "a field name where a record should start: the `{` that opens the record is"
                + " missing before it" + (JsonArrayElements.afterRecordEnd(data, start)
                ? ", or the record before it goes on and its `}` was typed once too often" : ""));
    }

    /** A syntax error of a JSON file, placed at the character at byte {@code offset}. */
    private static InvalidInputException syntaxAt(byte[] data, int offset, String message) {
        int[] at = new Utf8Text.Places(data, false).at(offset);
        return new InvalidInputException(Problem.SYNTAX, message, at[0], at[1]);
    }

    /**
     * What is wrong with a file of profiles that does not start with `[`, placed where its first profile ends, which
     * is {@code closer}: more records follow it, the first at {@code next}, which may be a field's name.
     */
    private static InvalidInputException severalProfiles(byte[] data, int closer, int next,
                                                         InvalidInputException trailing) {
        if (data[next] == '"') {
            return braceLeftOut(data, next);
        }
        if (data[JsonArrayElements.nextNonSpace(data, closer + 1)] != ',') {
            return trailing;
        }
        return new InvalidInputException(Problem.SYNTAX, "a comma after the profile, and more records after it: a list"
                + " of records is written inside `[` and `]`, and the `[` at the start is missing", trailing.line(),
                trailing.column());
    }

    private static InvalidInputException trailing(GuardedTokens t) {
        try {
            JsonToken next = t.next();
            if (next == null) {
                return null;
            }
            // Most likely JSON Lines saved under .json: say what the file should be called.
            return t.problem(Problem.SYNTAX, "unexpected content after the profile" + (next == JsonToken.START_OBJECT
                    ? ": another profile follows (a JSON file holds one profile or an array of them; one profile per"
                    + " line is JSON Lines, named .jsonl)" : ""));
        } catch (InvalidInputException e) {
            return e;
        }
    }

    private void readYaml(byte[] data, String label, Consumer<IntakeRecord> out) {
        List<Integer> starts = YamlDocuments.starts(data);
        boolean multi = starts.size() > 1;
        // The parser refuses such bytes up to a read-ahead early: read only the documents before their own.
        int refused = Utf8Text.firstRefusedByYaml(data);
        int end = refused < 0 ? data.length : YamlDocuments.startOfDocumentAt(starts, refused);
        int n = 0;
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
                String source = documentSource(label, multi, n);
                String hash = YamlDocuments.hash(data, starts, n - 1);
                int level = recordLevel(p);
                try {
                    read = IntakeRecord.valid(source, binder.bind(t), hash);
                } catch (InvalidInputException e) {
                    out.accept(IntakeRecord.invalid(source, e, hash, YamlDocuments.namedId(data, starts, n - 1)));
                    if (!resync(p, level, e)) {
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
            out.accept(empty(label, "empty file: no intake profile", data));
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

    /** The one record of an input that holds none, hashed whole like any whole-file record. */
    private static IntakeRecord empty(String label, String why, byte[] data) {
        return IntakeRecord.invalid(label, new InvalidInputException(Problem.EMPTY, why, 0, 0),
                Hashes.sha256Prefix(data, 0, data.length));
    }

    /**
     * Element {@code failed} of a JSON array, which stopped the parser with {@code e}, named by the id it names, and
     * each element after it as not read; {@code starts}: where the failed one and each after it start.
     */
    private static void stoppedAt(Consumer<IntakeRecord> out, byte[] data, String label, int failed,
                                  InvalidInputException e, List<Integer> starts, String of) {
        String id = starts.isEmpty() ? null : PatientIds.inJson(data, starts.get(0), data.length);
        out.accept(IntakeRecord.invalid(label + "#" + failed, notReadAfter(e), null, id));
        addNotRead(out, data, label, failed, starts, of);
    }

    /**
     * The elements of a JSON array after element {@code failed}, which stopped the parser; {@code starts}: where
     * the failed one and each after it start. Each is placed where it starts, with the id it names; {@code of}: what
     * holds them.
     */
    private static void addNotRead(Consumer<IntakeRecord> out, byte[] data, String label, int failed,
                                   List<Integer> starts, String of) {
        Utf8Text.Places places = new Utf8Text.Places(data, false);
        for (int k = 1; k < starts.size(); k++) {
            int start = starts.get(k);
            int[] at = places.at(start);
            out.accept(IntakeRecord.invalid(label + "#" + (failed + k), new InvalidInputException(Problem.NOT_READ,
                    "not read: an earlier record of " + of + " could not be read", at[0], at[1]), null,
                    PatientIds.inJson(data, start, data.length)));
        }
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

    /** The nesting depth of the context that holds the record the parser stands on. */
    private static int recordLevel(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        boolean opened = p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY;
        return opened ? ctx.getParent().getNestingDepth() : ctx.getNestingDepth();
    }

    /** After a binding error, skips to the end of the record; false when the parser cannot go on. */
    private static boolean resync(JsonParser p, int level, InvalidInputException e) {
        if (e.problem() != Problem.TYPE && e.problem() != Problem.MISSING_FIELD && e.problem() != Problem.UNSUPPORTED_YAML) {
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

    private static InvalidInputException notReadAfter(InvalidInputException e) {
        return new InvalidInputException(e.problem(), e.getMessage() + "; the records after it were not read", e.line(),
                e.column()).withOthers(e.alsoFound(), e.warnings());
    }

    private static String slice(byte[] data, long start, JsonLocation end) {
        long stop = end.getByteOffset();
        if (start < 0 || stop < start || stop > data.length) {
            return null;
        }
        return Hashes.sha256Prefix(data, (int) start, (int) (stop - start));
    }
}
