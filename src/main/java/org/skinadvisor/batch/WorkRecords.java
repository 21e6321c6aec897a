package org.skinadvisor.batch;

import org.skinadvisor.intake.DocumentRecords;
import org.skinadvisor.intake.FormatClues;
import org.skinadvisor.intake.Hashes;
import org.skinadvisor.intake.IntakeFiles;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.PatientIds;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.SingleProfileReader;
import org.skinadvisor.intake.SplitRecords;
import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;

import java.util.List;

/**
 * The intake records a unit of work yields, read on a worker: a JSON Lines line or a CSV row is one record, a YAML
 * or JSON file one or more; each carries its place in its file and the hash of its input. Thread-safe.
 */
final class WorkRecords {
    private final SingleProfileReader lineReader;
    private final DocumentRecords documents;

    WorkRecords(SingleProfileReader lineReader, DocumentRecords documents) {
        this.lineReader = lineReader;
        this.documents = documents;
    }

    List<IntakeRecord> of(Work w) {
        if (w instanceof Work.Line l) {
            return List.of(line(l));
        }
        if (w instanceof Work.Row r) {
            return List.of(row(r));
        }
        if (w instanceof Work.Document d) {
            try {
                return documents.read(IntakeFiles.read(d.path(), Limits.MAX_BATCH_FILE_BYTES), d.format(), d.label());
            } catch (InvalidInputException e) {
                return List.of(IntakeRecord.invalid(d.label(), e, null));
            }
        }
        if (w instanceof Work.Bytes b) {
            return documents.read(b.data(), b.format(), b.label());
        }
        if (w instanceof Work.Read r) {
            return List.of(r.record());
        }
        Work.Failed f = (Work.Failed) w;
        return List.of(IntakeRecord.invalid(f.source(), f.error(), f.inputSha256()));
    }

    private IntakeRecord line(Work.Line l) {
        byte[] b = l.bytes();
        String hash = Hashes.sha256Prefix(b, 0, b.length);
        try {
            ReadProfile read = lineReader.read(b, IntakeFormat.JSON);
            return IntakeRecord.valid(l.source(), read.warnings().isEmpty() ? read : inFile(read, l), hash);
        } catch (InvalidInputException e) {
            InvalidInputException said = SplitRecords.said(b, l.belowOpenLine(), e);
            // A file's first line shows what the file holds: YAML or CSV named .jsonl fails there first.
            return IntakeRecord.invalid(l.source(), inFile(l.number() == 1 ? FormatClues.said(IntakeFormat.JSON_LINES, b,
                    said) : said, l), hash, PatientIds.inJson(b));
        }
    }

    /**
     * The error's place in the file. The parser counts lines within the record: beyond its first only after a
     * carriage return without a line feed (a file whose lines end in CR alone is one line of JSON Lines), which
     * is said, and the column is counted from the line's start.
     */
    private static InvalidInputException inFile(InvalidInputException e, Work.Line l) {
        InvalidInputException placed = e.line() < 1 ? e
                : e.line() == 1 ? new InvalidInputException(e.problem(), e.getMessage(), l.number(), e.column())
                : new InvalidInputException(e.problem(), e.getMessage() + " (this line holds a carriage return without"
                        + " a line feed: JSON Lines lines end in LF or CRLF)", l.number(),
                        lineStart(l.bytes(), e.line()) + e.column());
        return placed.withOthers(e.alsoFound().stream().map(other -> inFile(other, l)).toList(),
                e.warnings().stream().map(w -> inFile(w, l)).toList());
    }

    /** The warnings' places in the file, as an error's (an unknown field on line 17 is at 17:COL, not 1:COL). */
    private static ReadProfile inFile(ReadProfile read, Work.Line l) {
        return new ReadProfile(read.profile(), read.warnings().stream().map(w -> inFile(w, l)).toList());
    }

    private static IntakeWarning inFile(IntakeWarning w, Work.Line l) {
        return w.line() < 1 ? w : new IntakeWarning(w.message(), l.number(), lineStart(l.bytes(), w.line()) + w.column());
    }

    /** Where the parser's line {@code line} of a record starts: after the carriage returns before it. */
    private static int lineStart(byte[] b, int line) {
        int returns = 0;
        int at = 0;
        while (at < b.length && returns < line - 1) {
            if (b[at++] == '\r') {
                returns++;
            }
        }
        return at;
    }

    private IntakeRecord row(Work.Row r) {
        String hash = Hashes.sha256Prefix(r.row().raw());
        try {
            return IntakeRecord.valid(r.source(), r.header().profile(r.row()), hash);
        } catch (InvalidInputException e) {
            return IntakeRecord.invalid(r.source(), e, hash, r.header().namedId(r.row()));
        }
    }
}
