package org.skinadvisor.batch;

import org.skinadvisor.batch.BatchRun.OutputFailedException;
import org.skinadvisor.intake.CsvProfiles;
import org.skinadvisor.intake.CsvRows;
import org.skinadvisor.intake.DocumentRecords;
import org.skinadvisor.intake.FormatClues;
import org.skinadvisor.intake.IntakeFiles;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.StdinFormat;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.Utf8Text;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The reading thread's part of a batch: each input read in order and handed on as units of work, and an error
 * record for each input, line or row that cannot be read. JSON Lines and CSV are split here into lines and rows,
 * which the workers parse; small YAML and JSON files are left to the workers whole.
 */
final class BatchInputs {
    /** Where the work goes, in input order; handing it on may write finished output, which can fail. */
    interface Sink {
        void add(Work w) throws OutputFailedException;
    }

    /**
     * A YAML or JSON input up to this size is read by a worker; a larger one on the reading thread, its records
     * going into chunks one by one like JSON Lines records. A worker reading a whole 8 MiB file of 78,000
     * small documents ran out of the launcher's heap writing their 110 MB of report into one chunk.
     */
    private static final int SMALL_DOCUMENT = 16 << 10;

    /** Bytes at a CSV input's start looked at when its header cannot be read. */
    private static final int CSV_HEAD = 4096;

    private final DocumentRecords documents;
    private final InputStream stdin;
    private final IntakeFormat stdinFormat;
    private final Sink sink;

    /** {@code stdinFormat}: as given, or null to tell it from the input's first bytes. */
    BatchInputs(DocumentRecords documents, InputStream stdin, IntakeFormat stdinFormat, Sink sink) {
        this.documents = documents;
        this.stdin = stdin;
        this.stdinFormat = stdinFormat;
        this.sink = sink;
    }

    /** Reads one input, handing on its work in order. */
    void read(InputItem item) throws OutputFailedException {
        if (item instanceof InputItem.Broken b) {
            sink.add(new Work.Failed(b.label(), b.error(), null));
        } else if (item instanceof InputItem.Stdin s) {
            readStdin(s.label(), stdinFormat);
        } else if (item instanceof InputItem.File f) {
            switch (f.format()) {
                case YAML, JSON -> {
                    if (f.size() <= SMALL_DOCUMENT) {
                        sink.add(new Work.Document(f.label(), f.path(), f.format(), f.size()));
                    } else {
                        try {
                            largeDocument(f.label(), f.format(), IntakeFiles.read(f.path(), Limits.MAX_BATCH_FILE_BYTES));
                        } catch (InvalidInputException e) {
                            sink.add(new Work.Failed(f.label(), e, null));
                        }
                    }
                }
                case JSON_LINES -> withStream(f.label(), () -> Files.newInputStream(f.path()), in -> lines(f.label(), in));
                case CSV -> withStream(f.label(), () -> Files.newInputStream(f.path()), in -> csv(f.label(), in));
                default -> throw new IllegalStateException("unhandled format " + f.format());
            }
        }
    }

    /** A large YAML or JSON input: read here, each record handed on as it is read (see SMALL_DOCUMENT). */
    private void largeDocument(String label, IntakeFormat format, byte[] data) {
        documents.read(data, format, label, record -> {
            try {
                sink.add(new Work.Read(record));
            } catch (OutputFailedException e) {
                throw new BatchRun.OutputClosed(e);
            }
        });
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private interface StreamReader {
        void read(InputStream in) throws IOException, OutputFailedException;
    }

    private void withStream(String label, Opener opener, StreamReader reader) throws OutputFailedException {
        try (InputStream in = opener.open()) {
            reader.read(in);
        } catch (IOException e) {
            sink.add(new Work.Failed(label, new InvalidInputException(Problem.UNREADABLE,
                    "cannot read (" + e.getClass().getSimpleName() + "); records after this point were not read", 0, 0), null));
        }
    }

    private void readStdin(String label, IntakeFormat given) throws OutputFailedException {
        BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
        IntakeFormat format = given;
        try {
            in.mark(1);
            if (in.read() < 0) {
                // Said as what it is: "empty file" sends a script's author to look for a file.
                noRecords(label, "empty standard input: no intake profile");
                return;
            }
            in.reset();
            if (format == null) {
                in.mark(StdinFormat.HEAD);
                byte[] head = in.readNBytes(StdinFormat.HEAD);
                in.reset();
                // Its format is told from its text, and UTF-16's bytes show none: said of the input, not of a guess.
                InvalidInputException wide = Utf8Text.wideText(head, head.length, "standard input");
                if (wide != null) {
                    sink.add(new Work.Failed(label, wide, null));
                    return;
                }
                format = StdinFormat.detect(head);
            }
            switch (format) {
                case JSON_LINES -> lines(label, in);
                case CSV -> csv(label, in);
                default -> {
                    byte[] data = IntakeFiles.readBounded(in, Limits.MAX_BATCH_FILE_BYTES);
                    if (data.length <= SMALL_DOCUMENT) {
                        sink.add(new Work.Bytes(label, data, format));
                    } else {
                        largeDocument(label, format, data);
                    }
                }
            }
        } catch (InvalidInputException e) {
            sink.add(new Work.Failed(label, e, null));
        } catch (IOException e) {
            sink.add(new Work.Failed(label, new InvalidInputException(Problem.UNREADABLE,
                    "cannot read standard input (" + e.getClass().getSimpleName() + ")", 0, 0), null));
        }
    }

    private void lines(String label, InputStream stream) throws IOException, OutputFailedException {
        InputStream in = notUtf16(label, stream, IntakeFormat.JSON_LINES);
        if (in == null) {
            return;
        }
        JsonLinesSplitter splitter = new JsonLinesSplitter(in, Limits.MAX_LINE_BYTES);
        boolean any = false;
        boolean open = false;
        for (JsonLinesSplitter.Line line = splitter.next(); line != null; line = splitter.next()) {
            String source = label + ":" + line.number();
            boolean belowOpenLine = open;
            open = false;
            if (line.tooLong()) {
                sink.add(new Work.Failed(source, new InvalidInputException(Problem.LIMIT_EXCEEDED,
                        "line longer than " + (Limits.MAX_LINE_BYTES >> 20) + " MiB", line.number(), 1), null));
                any = true;
            } else if (!JsonLinesSplitter.isBlank(line.bytes())) {
                sink.add(new Work.Line(source, line.number(), line.bytes(), belowOpenLine));
                open = !JsonLinesSplitter.endsWithBrace(line.bytes());
                any = true;
            }
        }
        if (!any) {
            noRecords(label, "empty file or only blank lines: no intake profile");
        }
    }

    /**
     * An input without a single record is one error record, as an empty YAML or JSON file is: a report then
     * accounts for every input it was given, and an export that came out empty is not taken for a clean run.
     */
    private void noRecords(String label, String why) throws OutputFailedException {
        sink.add(new Work.Failed(label, new InvalidInputException(Problem.EMPTY, why, 0, 0), null));
    }

    /**
     * The stream, or null once text that starts as UTF-16 does (see {@link Utf8Text#wideText}) has become the
     * input's one error record: a spreadsheet's "Unicode text" would otherwise fail on every line with a message
     * about the bytes rather than the file.
     */
    private InputStream notUtf16(String label, InputStream in, IntakeFormat format)
            throws IOException, OutputFailedException {
        PushbackInputStream stream = new PushbackInputStream(in, 4);
        byte[] head = stream.readNBytes(4);
        stream.unread(head);
        InvalidInputException wide = Utf8Text.wideText(head, head.length, format.title());
        if (wide != null) {
            sink.add(new Work.Failed(label, wide, null));
            return null;
        }
        return stream;
    }

    /**
     * Why a row is reported as not read: a broken row's quoted cell ran over it, or the header on
     * {@code headerLine} could not be read; else {@code broken}, its own error.
     */
    private static InvalidInputException notRead(CsvRows rows, int line, int headerLine, InvalidInputException broken) {
        if (rows.overrunBy() > 0) {
            return new InvalidInputException(Problem.NOT_READ, "not read: a quoted cell of the row on line "
                    + rows.overrunBy() + " ran over this one (its quotes do not balance)", line, 1);
        }
        return headerLine > 0 ? new InvalidInputException(Problem.NOT_READ, "not read: the header on line " + headerLine
                + " could not be read", line, 1) : broken;
    }

    /**
     * The id a row that is not screened names ({@code row}: null when it threw): by the header when it was read;
     * under a header that could not be read ({@code first}, null when its quotes broke it), by its one `id` column.
     */
    private static String namedId(CsvRows rows, CsvRows.Row row, CsvProfiles header, CsvRows.Row first) {
        if (header != null) {
            return row != null ? header.namedId(row) : header.namedId(rows.rowCells());
        }
        return row == null || first == null || rows.overrunBy() > 0 ? null : CsvProfiles.idUnder(first, row);
    }

    private void csv(String label, InputStream stream) throws IOException, OutputFailedException {
        InputStream utf8 = notUtf16(label, stream, IntakeFormat.CSV);
        if (utf8 == null) {
            return;
        }
        // Kept to say what a header that cannot be read shows instead (JSON or YAML saved as .csv).
        BufferedInputStream in = new BufferedInputStream(utf8, CSV_HEAD);
        in.mark(CSV_HEAD);
        byte[] head = in.readNBytes(CSV_HEAD);
        in.reset();
        // Invalid bytes become U+FFFD and the row holding them an error record, so the rows around it still count.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        CsvRows rows = new CsvRows(new BufferedReader(reader, 1 << 16));
        CsvRows.Row first = null;
        CsvProfiles header = null;
        int headerLine = 0;
        try {
            first = rows.header();
            if (first == null) {
                noRecords(label, rows.separatorNamed() ? "a `sep=` line and no header row: no intake profile"
                        : "empty file: no header row");
                return;
            }
            header = new CsvProfiles(first, documents.questionIds());
        } catch (InvalidInputException e) {
            headerLine = Math.max(1, rows.rowLine());
            sink.add(new Work.Failed(label + ":" + headerLine, FormatClues.said(IntakeFormat.CSV, head, e), null));
        }
        // Under a header that could not be read, every row is reported as not read: the report counts them all.
        boolean any = header == null;
        while (true) {
            CsvRows.Row row;
            InvalidInputException broken = null;
            try {
                row = rows.next();
                if (row == null) {
                    if (!any) {
                        noRecords(label, "a header row and no rows: no intake profile");
                    }
                    return;
                }
                if (row.blank()) {
                    continue;
                }
            } catch (InvalidInputException e) {
                row = null;
                broken = e;
            }
            any = true;
            int line = row == null ? rows.rowLine() : row.line();
            String source = label + ":" + line;
            if (row != null && header != null && rows.overrunBy() == 0) {
                sink.add(new Work.Row(source, row, header));
            } else {
                sink.add(new Work.Read(IntakeRecord.invalid(source, notRead(rows, line, headerLine, broken), null,
                        namedId(rows, row, header, first))));
            }
        }
    }
}
