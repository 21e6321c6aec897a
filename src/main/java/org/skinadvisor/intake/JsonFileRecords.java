package org.skinadvisor.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.parsing.GuardedTokens;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.SafeParsers;
import org.skinadvisor.parsing.Utf8Text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The records of one JSON file: one profile, or an array of them. An element that fails to bind is an error record
 * and reading goes on; a syntax error ends the file, and the elements after it, found by {@link JsonArrayElements},
 * are reported as not read, each with the id it names.
 */
final class JsonFileRecords {
    private static final String ARRAY = "this array";
    private static final String FILE = "this file";
    private static final String ONE_OR_AN_ARRAY = "a JSON file holds one profile or an array of them; one profile per"
            + " line is JSON Lines, named .jsonl";

    private final ProfileBinder binder;

    JsonFileRecords(ProfileBinder binder) {
        this.binder = binder;
    }

    void read(byte[] data, String label, Consumer<IntakeRecord> out) {
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
                out.accept(BrokenRecords.empty(label, "empty file: no intake profile", data));
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
                    stoppedAt(out, data, label, n + 1, n == 0 ? e : JsonSlips.afterRecord(data, (int) after, e),
                            JsonArrayElements.starts(data, (int) after), ARRAY);
                    return;
                }
                if (tok == JsonToken.END_ARRAY || tok == null) {
                    break;
                }
                n++;
                long start = p.currentTokenLocation().getByteOffset();
                if (tok == JsonToken.VALUE_STRING && JsonArrayElements.isKey(data, (int) start)) {
                    stoppedAt(out, data, label, n, JsonSlips.braceLeftOut(data, (int) start),
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
                int level = BrokenRecords.recordLevel(p);
                try {
                    ReadProfile rp = binder.bind(t);
                    int fields = JsonArrayElements.keyAfter(data, (int) p.currentTokenLocation().getByteOffset());
                    if (fields >= 0) {
                        // Fields of this record may follow a `}` typed once too often: not assessed on part of it.
                        List<Integer> starts = new ArrayList<>(List.of((int) start));
                        starts.addAll(JsonArrayElements.starts(data, fields));
                        stoppedAt(out, data, label, n, JsonSlips.endInDoubt(data, fields), starts, ARRAY);
                        return;
                    }
                    out.accept(IntakeRecord.valid(source, rp, slice(data, start, p.currentLocation())));
                } catch (InvalidInputException e) {
                    String id = PatientIds.inJson(data, (int) start, data.length);
                    if (!BrokenRecords.resync(p, level, e)) {
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
                stoppedAt(out, data, label, n + 1, JsonSlips.syntaxAt(data, closer, "more records follow the `]` that"
                        + " ends this list of records (a `]` typed once too often, or a second list)"), more, ARRAY);
            } else if (trailing != null) {
                out.accept(IntakeRecord.invalid(label + "#" + (n + 1), trailing, null));
            } else if (n == 0) {
                out.accept(BrokenRecords.empty(label, "empty array: no intake profile", data));
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
            firstStopped(out, data, label, start, JsonSlips.braceLeftOut(data, start), hash);
            return;
        }
        try {
            ReadProfile rp = binder.bind(t);
            int closer = (int) p.currentTokenLocation().getByteOffset();
            InvalidInputException trailing = trailing(t);
            List<Integer> more = trailing == null ? List.of() : JsonArrayElements.afterEnd(data, closer);
            if (more.isEmpty()) {
                out.accept(trailing == null ? IntakeRecord.valid(label, rp, hash) : IntakeRecord.invalid(label,
                        JsonSlips.afterProfile(data, closer + 1, ONE_OR_AN_ARRAY, trailing), hash, rp.profile().id()));
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
            stoppedAt(out, data, label, 1, fieldsAfter ? JsonSlips.braceLeftOut(data, starts.get(1)) : e, starts, FILE);
        } else {
            out.accept(IntakeRecord.invalid(label, e, hash, PatientIds.inJson(data, start, data.length)));
        }
    }

    /**
     * What is wrong with a file of profiles that does not start with `[`, placed where its first profile ends, which
     * is {@code closer}: more records follow it, the first at {@code next}, which may be a field's name.
     */
    private static InvalidInputException severalProfiles(byte[] data, int closer, int next,
                                                         InvalidInputException trailing) {
        if (data[next] == '"') {
            return JsonSlips.braceLeftOut(data, next);
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
                    ? ": another profile follows (" + ONE_OR_AN_ARRAY + ")" : ""));
        } catch (InvalidInputException e) {
            return e;
        }
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

    private static InvalidInputException notReadAfter(InvalidInputException e) {
        return e.reworded(e.getMessage() + "; the records after it were not read", e.line(), e.column());
    }

    private static String slice(byte[] data, long start, JsonLocation end) {
        long stop = end.getByteOffset();
        if (start < 0 || stop < start || stop > data.length) {
            return null;
        }
        return Hashes.sha256Prefix(data, (int) start, (int) (stop - start));
    }
}
