package org.skinadvisor.batch;

import org.skinadvisor.intake.CsvProfiles;
import org.skinadvisor.intake.CsvRows;
import org.skinadvisor.intake.DocumentRecords;
import org.skinadvisor.intake.Hashes;
import org.skinadvisor.intake.IntakeFiles;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.IntakeWarning;
import org.skinadvisor.intake.ProfileBinder;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.SingleProfileReader;
import org.skinadvisor.intake.StdinFormat;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.report.BatchFormat;
import org.skinadvisor.report.ChunkBuffer;
import org.skinadvisor.report.ScreenedRecord;
import org.skinadvisor.screening.Screener;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Screens every record of every input and writes exactly one output record per input record, in input order,
 * whatever the number of workers. Records are read on the calling thread, screened and rendered in chunks by
 * the workers, and written in submission order with a bounded number of chunks in flight, so memory does not
 * grow with the number of records.
 */
public final class BatchRun {
    private static final int CHUNK_WEIGHT = 1024;
    /**
     * A YAML or JSON input up to this size is read by a worker; a larger one on the reading thread, its records
     * going into chunks one by one like JSON Lines records. A worker reading a whole 8 MiB file of 78,000
     * small documents ran out of the launcher's heap writing their 110 MB of report into one chunk.
     */
    private static final int SMALL_DOCUMENT = 16 << 10;

    /** The report could not be written (disk full, output closed early). */
    public static final class OutputFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        OutputFailedException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    public record Result(Tally tally, Map<String, Integer> skipped) {
    }

    private record Chunk(ChunkBuffer output, Tally tally) {
    }

    private final Screener screener;
    private final ProfileBinder binder;
    private final SingleProfileReader lineReader;
    private final DocumentRecords documents;
    private final BatchFormat format;
    private final int jobs;
    private final LongConsumer progress;

    private ExecutorService pool;
    private final ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    private List<Work> chunk = new ArrayList<>();
    private int chunkWeight;
    private OutputStream out;
    private final Tally total = new Tally();
    /** The largest chunk of output so far: a new chunk buffer starts that large instead of growing to it. */
    private volatile int chunkBytes = CHUNK_WEIGHT * 256;
    /**
     * Chunk buffers already written out, for the next chunks: no more of them than chunks in flight at once.
     * (A new megabyte buffer per chunk, zeroed by the JVM, cost 2 % of `screen`.)
     */
    private final Queue<ChunkBuffer> written = new ConcurrentLinkedQueue<>();

    /** Heap per worker: a chunk of output in flight or two (about 1.5 MB each for JSON Lines) and its writer's caches. */
    private static final long HEAP_PER_WORKER = 30L << 20;
    /** The bound {@link #workers} sets, in words for the command's help and messages. */
    public static final String WORKER_LIMIT = "at most four per processor and one per 30 MB of heap";

    /**
     * The workers run for a requested number: at most four per processor (the work is CPU-bound; a few more
     * cover reading files from a slow disk) and one per {@value #HEAP_PER_WORKER} bytes of heap (eight with the
     * launcher's 256 MB), so that no number of workers can run the heap out.
     */
    public static int workers(int requested) {
        long byHeap = Runtime.getRuntime().maxMemory() / HEAP_PER_WORKER;
        long byProcessors = 4L * Runtime.getRuntime().availableProcessors();
        return (int) Math.max(1, Math.min(requested, Math.min(byHeap, byProcessors)));
    }

    /** {@code jobs}: see {@link #workers}, which bounds it. */
    public BatchRun(Screener screener, BatchFormat format, int jobs, LongConsumer progress) {
        this.screener = screener;
        this.binder = new ProfileBinder(screener.knowledgeBase().questionIds());
        this.lineReader = new SingleProfileReader(binder, "JSON Lines holds one profile per line");
        this.documents = new DocumentRecords(binder);
        this.format = format;
        this.jobs = workers(jobs);
        this.progress = progress;
    }

    /** {@code report}: the file {@code out} writes to, if any, so that a walked directory does not read it back in. */
    public Result run(List<String> inputs, InputStream stdin, IntakeFormat stdinFormat, OutputStream out, Path report)
            throws OutputFailedException {
        this.out = out;
        InputWalker walker = new InputWalker(report);
        if (jobs > 1) {
            pool = Executors.newFixedThreadPool(jobs, r -> {
                Thread t = new Thread(r, "skinadvisor-screen");
                t.setDaemon(true);
                return t;
            });
        }
        try {
            write(format.header());
            walker.walk(inputs, item -> {
                try {
                    expand(item, stdin, stdinFormat);
                } catch (OutputFailedException e) {
                    throw new OutputClosed(e);
                }
            });
            flushChunk();
            while (!inFlight.isEmpty()) {
                writeNext();
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw new OutputFailedException(e);
            }
        } catch (OutputClosed e) {
            throw e.failure;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Result(total, walker.skipped());
    }

    /** Carries an output failure out of the walker's callback. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient OutputFailedException failure;

        OutputClosed(OutputFailedException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    private void expand(InputItem item, InputStream stdin, IntakeFormat stdinFormat) throws OutputFailedException {
        if (item instanceof InputItem.Broken b) {
            add(new Work.Failed(b.label(), b.error(), null));
        } else if (item instanceof InputItem.Stdin s) {
            readStdin(s.label(), stdin, stdinFormat);
        } else if (item instanceof InputItem.File f) {
            switch (f.format()) {
                case YAML, JSON -> {
                    if (f.size() <= SMALL_DOCUMENT) {
                        add(new Work.Document(f.label(), f.path(), f.format(), f.size()));
                    } else {
                        try {
                            largeDocument(f.label(), f.format(), IntakeFiles.read(f.path(), Limits.MAX_BATCH_FILE_BYTES));
                        } catch (InvalidInputException e) {
                            add(new Work.Failed(f.label(), e, null));
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
                add(new Work.Read(record));
            } catch (OutputFailedException e) {
                throw new OutputClosed(e);
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
            add(new Work.Failed(label, new InvalidInputException(Problem.UNREADABLE,
                    "cannot read (" + e.getClass().getSimpleName() + "); records after this point were not read", 0, 0), null));
        }
    }

    private void readStdin(String label, InputStream stdin, IntakeFormat given) throws OutputFailedException {
        BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
        IntakeFormat format = given;
        try {
            if (format == null) {
                in.mark(StdinFormat.HEAD);
                byte[] head = in.readNBytes(StdinFormat.HEAD);
                in.reset();
                format = StdinFormat.detect(head);
            }
            switch (format) {
                case JSON_LINES -> lines(label, in);
                case CSV -> csv(label, in);
                default -> {
                    byte[] data = IntakeFiles.readBounded(in, Limits.MAX_BATCH_FILE_BYTES);
                    if (data.length <= SMALL_DOCUMENT) {
                        add(new Work.Bytes(label, data, format));
                    } else {
                        largeDocument(label, format, data);
                    }
                }
            }
        } catch (InvalidInputException e) {
            add(new Work.Failed(label, e, null));
        } catch (IOException e) {
            add(new Work.Failed(label, new InvalidInputException(Problem.UNREADABLE,
                    "cannot read standard input (" + e.getClass().getSimpleName() + ")", 0, 0), null));
        }
    }

    private void lines(String label, InputStream stream) throws IOException, OutputFailedException {
        InputStream in = notUtf16(label, stream);
        if (in == null) {
            return;
        }
        JsonLinesSplitter splitter = new JsonLinesSplitter(in, Limits.MAX_LINE_BYTES);
        boolean any = false;
        for (JsonLinesSplitter.Line line = splitter.next(); line != null; line = splitter.next()) {
            String source = label + ":" + line.number();
            if (line.tooLong()) {
                add(new Work.Failed(source, new InvalidInputException(Problem.LIMIT_EXCEEDED,
                        "line longer than " + (Limits.MAX_LINE_BYTES >> 20) + " MiB", line.number(), 1), null));
                any = true;
            } else if (!JsonLinesSplitter.isBlank(line.bytes())) {
                add(new Work.Line(source, line.number(), line.bytes()));
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
        add(new Work.Failed(label, new InvalidInputException(Problem.EMPTY, why, 0, 0), null));
    }

    /**
     * The stream, or null once a UTF-16 byte-order mark at its start has become the input's one error record:
     * JSON Lines and CSV are read as UTF-8, and a spreadsheet's "Unicode text" would otherwise fail on every line
     * with a message about the bytes rather than the file.
     */
    private InputStream notUtf16(String label, InputStream in) throws IOException, OutputFailedException {
        PushbackInputStream stream = new PushbackInputStream(in, 2);
        byte[] head = stream.readNBytes(2);
        stream.unread(head);
        int mark = head.length == 2 ? (head[0] & 0xFF) << 8 | head[1] & 0xFF : 0;
        if (mark == 0xFFFE || mark == 0xFEFF) {
            add(new Work.Failed(label, new InvalidInputException(Problem.ENCODING, "UTF-16 text (what some spreadsheets"
                    + " save as \"Unicode text\"): JSON Lines and CSV are read as UTF-8; save the file as UTF-8", 0, 0), null));
            return null;
        }
        return stream;
    }

    private void csv(String label, InputStream stream) throws IOException, OutputFailedException {
        InputStream in = notUtf16(label, stream);
        if (in == null) {
            return;
        }
        // Invalid bytes become U+FFFD and the row holding them an error record, so the rows around it still count.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        CsvRows rows = new CsvRows(new java.io.BufferedReader(reader, 1 << 16));
        CsvProfiles header;
        try {
            CsvRows.Row first = rows.next();
            if (first == null) {
                noRecords(label, "empty file: no header row");
                return;
            }
            header = new CsvProfiles(first);
        } catch (InvalidInputException e) {
            add(new Work.Failed(label + ":" + Math.max(1, e.line()), e, null));
            return;
        }
        boolean any = false;
        while (true) {
            try {
                CsvRows.Row row = rows.next();
                if (row == null) {
                    if (!any) {
                        noRecords(label, "a header row and no rows: no intake profile");
                    }
                    return;
                }
                if (!(row.cells().size() == 1 && row.cells().get(0).isBlank())) {
                    add(new Work.Row(label + ":" + row.line(), row, header));
                    any = true;
                }
            } catch (InvalidInputException e) {
                add(new Work.Failed(label + ":" + e.line(), e, null));
                any = true;
            }
        }
    }

    private void add(Work w) throws OutputFailedException {
        chunk.add(w);
        chunkWeight += w.weight();
        if (chunkWeight >= CHUNK_WEIGHT) {
            flushChunk();
        }
    }

    private void flushChunk() throws OutputFailedException {
        if (chunk.isEmpty()) {
            return;
        }
        List<Work> work = chunk;
        chunk = new ArrayList<>();
        chunkWeight = 0;
        if (pool == null) {
            Chunk c = process(work);
            writeChunk(c);
            return;
        }
        inFlight.add(pool.submit(() -> process(work)));
        while (inFlight.size() > maxInFlight()) {
            writeNext();
        }
    }

    /** Enough chunks to keep every worker busy, their output within an eighth of the heap. */
    private int maxInFlight() {
        long byHeap = Runtime.getRuntime().maxMemory() / 8 / chunkBytes;
        return (int) Math.max(jobs, Math.min(4L * jobs, byHeap));
    }

    private void writeNext() throws OutputFailedException {
        try {
            writeChunk(inFlight.poll().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputFailedException(new java.io.InterruptedIOException("interrupted"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("a screening worker failed", e.getCause());
        }
    }

    private void writeChunk(Chunk c) throws OutputFailedException {
        try {
            c.output().writeTo(out);
        } catch (IOException e) {
            throw new OutputFailedException(e);
        }
        c.output().reset();
        written.add(c.output());
        total.merge(c.tally());
        progress.accept(total.records());
    }

    private void write(byte[] bytes) throws OutputFailedException {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new OutputFailedException(e);
        }
    }

    /** Runs on a worker: read, screen and render a chunk of work, one output record per input record. */
    private Chunk process(List<Work> work) {
        ChunkBuffer spare = written.poll();
        ChunkBuffer buffer = spare != null ? spare : new ChunkBuffer(chunkBytes);
        Tally tally = new Tally();
        try {
            BatchFormat.RecordWriter writer = format.open(buffer);
            for (int i = 0; i < work.size(); i++) {
                List<IntakeRecord> records = records(work.get(i));
                for (int j = 0; j < records.size(); j++) {
                    ScreenedRecord s = screen(records.get(j));
                    writer.write(s);
                    tally.add(s);
                }
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering to memory failed", e);
        }
        if (buffer.size() > chunkBytes) {
            chunkBytes = buffer.size();
        }
        return new Chunk(buffer, tally);
    }

    private ScreenedRecord screen(IntakeRecord r) {
        if (r.profile() == null) {
            return new ScreenedRecord(r, null);
        }
        try {
            return new ScreenedRecord(r, screener.assess(r.profile().profile()));
        } catch (RuntimeException e) {
            return new ScreenedRecord(IntakeRecord.invalid(r.source(), new InvalidInputException(Problem.INTERNAL,
                    "internal error (" + e.getClass().getName() + "): a bug in skinadvisor, please report it", 0, 0),
                    r.inputSha256()), null);
        }
    }

    private List<IntakeRecord> records(Work w) {
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
            return IntakeRecord.invalid(l.source(), inFile(e, l), hash);
        }
    }

    /**
     * The error's place in the file. The parser counts lines within the record: beyond its first only after a
     * carriage return without a line feed (a file whose lines end in CR alone is one line of JSON Lines), which
     * is said, and the column is counted from the line's start.
     */
    private static InvalidInputException inFile(InvalidInputException e, Work.Line l) {
        if (e.line() < 1) {
            return e;
        }
        if (e.line() == 1) {
            return new InvalidInputException(e.problem(), e.getMessage(), l.number(), e.column());
        }
        return new InvalidInputException(e.problem(), e.getMessage() + " (this line holds a carriage return without"
                + " a line feed: JSON Lines lines end in LF or CRLF)", l.number(), lineStart(l.bytes(), e.line()) + e.column());
    }

    /** The warnings' places in the file, as an error's (an unknown field on line 17 is at 17:COL, not 1:COL). */
    private static ReadProfile inFile(ReadProfile read, Work.Line l) {
        return new ReadProfile(read.profile(), read.warnings().stream().map(w -> w.line() < 1 ? w
                : new IntakeWarning(w.message(), l.number(), lineStart(l.bytes(), w.line()) + w.column())).toList());
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
            return IntakeRecord.invalid(r.source(), e, hash);
        }
    }
}
