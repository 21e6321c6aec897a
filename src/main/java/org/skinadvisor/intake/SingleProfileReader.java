package org.skinadvisor.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.parsing.GuardedTokens;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.SafeParsers;
import org.skinadvisor.parsing.Utf8Text;

import java.io.IOException;
import java.util.List;

/** Reads exactly one intake profile from a YAML or JSON document; anything more is an error, never ignored. */
public final class SingleProfileReader {
    private final ProfileBinder binder;
    private final String anotherProfile;

    /**
     * {@code anotherProfile}: what to tell a user whose JSON holds a second profile after the first, which depends
     * on where the reader is used (`check` reads one; a JSON Lines line holds one).
     */
    public SingleProfileReader(ProfileBinder binder, String anotherProfile) {
        this.binder = binder;
        this.anotherProfile = anotherProfile;
    }

    public ReadProfile read(byte[] data, IntakeFormat format) throws InvalidInputException {
        if (data.length > Limits.MAX_FILE_BYTES) {
            throw new InvalidInputException(Problem.LIMIT_EXCEEDED,
                    "larger than " + (Limits.MAX_FILE_BYTES >> 20) + " MiB: not an intake profile", 0, 0);
        }
        if (format != IntakeFormat.YAML && format != IntakeFormat.JSON) {
            throw new InvalidInputException(Problem.UNSUPPORTED_FORMAT,
                    "one profile is read from YAML or JSON; use `screen` for JSON Lines and CSV", 0, 0);
        }
        if (format == IntakeFormat.JSON) {
            ReadProfile plain = PlainJsonProfile.read(data);
            if (plain != null) {
                return plain;
            }
        }
        return strict(data, format);
    }

    /** Reads through Jackson and the binder: the reading that decides whatever the quick one declines. */
    ReadProfile strict(byte[] data, IntakeFormat format) throws InvalidInputException {
        // JSON has its own check, Jackson's (SafeParsers.json).
        InvalidInputException wide = format == IntakeFormat.YAML ? Utf8Text.wideText(data, data.length, format.title()) : null;
        if (wide != null) {
            throw wide;
        }
        try (JsonParser p = format == IntakeFormat.JSON ? SafeParsers.json(data, 0, data.length) : SafeParsers.yaml(data)) {
            GuardedTokens t = new GuardedTokens(p, data);
            if (t.next() == null) {
                throw new InvalidInputException(Problem.EMPTY, "empty input: no intake profile found", 0, 0);
            }
            return format == IntakeFormat.YAML ? yamlDocument(t, data) : jsonProfile(t, p, data);
        } catch (IOException e) {
            throw GuardedTokens.translate(e, null);
        }
    }

    /** The one profile among the documents, beside which empty ones (a `---` left at the end) are no second one. */
    private ReadProfile yamlDocument(GuardedTokens t, byte[] data) throws InvalidInputException, IOException {
        List<Integer> starts = YamlDocuments.starts(data);
        int document = 0;
        while (YamlDocuments.isEmptyAt(t.parser(), data, starts, document)) {
            document++;
            if (t.next() == null) {
                throw new InvalidInputException(Problem.EMPTY, YamlFileRecords.EVERY_DOCUMENT_EMPTY, 0, 0);
            }
        }
        if (t.parser().currentToken() == JsonToken.START_ARRAY) {
            // Several profiles written as a YAML list: `screen` reads them, once each is a document of its own.
            throw t.problem(Problem.TYPE, "expected an intake profile, found a list (" + anotherProfile + "; in YAML,"
                    + " each profile a document of its own, separated by --- lines)");
        }
        ReadProfile read = binder.bind(t);
        do {
            document++;
        } while (t.next() != null && YamlDocuments.isEmptyAt(t.parser(), data, starts, document));
        if (t.parser().currentToken() != null) {
            throw t.problem(Problem.MULTIPLE_DOCUMENTS,
                    "more than one YAML document: `check` reads one profile (use `screen` for many)");
        }
        return read;
    }

    /** The profile at the parser's first token; a slip at its start or after its end is said as the slip it is. */
    private ReadProfile jsonProfile(GuardedTokens t, JsonParser p, byte[] data) throws InvalidInputException {
        int start = (int) p.currentTokenLocation().getByteOffset();
        if (p.currentToken() == JsonToken.START_ARRAY) {
            // One profile is read here: an array of them is another command's input, or another line's.
            throw t.problem(Problem.TYPE, "expected an intake profile, found a list (" + anotherProfile + ")");
        }
        if (JsonArrayElements.isKey(data, start)) {
            throw JsonSlips.braceLeftOut(data, start);
        }
        ReadProfile read;
        try {
            read = binder.bind(t);
        } catch (InvalidInputException e) {
            throw e.problem() == Problem.SYNTAX ? e
                    : JsonSlips.fieldsAfterProfile(data, JsonArrayElements.closing(data, start), e);
        }
        int end = (int) p.currentTokenLocation().getByteOffset() + 1;
        JsonToken next;
        try {
            next = t.next();
        } catch (InvalidInputException e) {
            throw JsonSlips.afterProfile(data, end, anotherProfile, e);
        }
        if (next != null) {
            throw JsonSlips.afterProfile(data, end, anotherProfile, t.problem(Problem.SYNTAX,
                    "unexpected content after the profile" + (next == JsonToken.START_OBJECT
                    ? ": another profile follows (" + anotherProfile + ")" : "")));
        }
        return read;
    }
}
