package org.skinadvisor.batch;

import org.skinadvisor.intake.DocumentRecords;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.ProfileBinder;
import org.skinadvisor.intake.SingleProfileReader;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.report.BatchFormat;
import org.skinadvisor.report.ChunkBuffer;
import org.skinadvisor.report.ScreenedRecord;
import org.skinadvisor.screening.Screener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * whatever the number of workers. Inputs are read and split on the calling thread ({@link BatchInputs}); the
 * workers parse ({@link WorkRecords}), screen and render them in chunks, written in submission order with a
 * bounded number of chunks in flight, so memory does not grow with the number of records (the ids kept to find
 * repeated ones stop at a bound of their own, {@link RepeatedIds}).
 */
public final class BatchRun {
    private static final int CHUNK_WEIGHT = 1024;
    /**
     * The output a chunk should make at most. A chunk is cut by the weight of its input, which says little of its
     * output when records hold many fields the intake does not have (each a warning in the report): 5,000 JSON Lines
     * records of 990 such fields on eight workers ran the heap out. So chunks start small, and each chunk's output
     * per unit of weight sets how much weight the next ones take, up to {@link #CHUNK_WEIGHT}.
     */
    private static final long CHUNK_OUTPUT = 4L << 20;
    private static final int FIRST_CHUNK_WEIGHT = 64;

    /** The report could not be written (disk full, output closed early). */
    public static final class OutputFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        OutputFailedException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    public record Result(Tally tally, Map<String, Integer> skipped, RepeatedIds repeatedIds) {
    }

    /** {@code ids}: each record's patient id in order, null where it has none. */
    private record Chunk(ChunkBuffer output, Tally tally, List<String> ids) {
    }

    private final Screener screener;
    private final DocumentRecords documents;
    private final WorkRecords workRecords;
    private final BatchFormat format;
    private final int jobs;
    private final LongConsumer progress;

    private ExecutorService pool;
    private final ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    private List<Work> chunk = new ArrayList<>();
    private int chunkWeight;
    private volatile int chunkWeightLimit = FIRST_CHUNK_WEIGHT;
    private OutputStream out;
    private final Tally total = new Tally();
    private final RepeatedIds repeatedIds = new RepeatedIds();
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
        ProfileBinder binder = new ProfileBinder(screener.knowledgeBase().questionIds());
        this.documents = new DocumentRecords(binder);
        this.workRecords = new WorkRecords(new SingleProfileReader(binder, "JSON Lines holds one profile per line"),
                documents);
        this.format = format;
        this.jobs = workers(jobs);
        this.progress = progress;
    }

    /** {@code report}: the file {@code out} writes to, if any, so that a walked directory does not read it back in. */
    public Result run(List<String> inputs, InputStream stdin, IntakeFormat stdinFormat, OutputStream out, Path report)
            throws OutputFailedException {
        this.out = out;
        InputWalker walker = new InputWalker(report);
        BatchInputs reading = new BatchInputs(documents, stdin, stdinFormat, this::add);
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
                    reading.read(item);
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
        return new Result(total, walker.skipped(), repeatedIds);
    }

    /** Carries an output failure out of a callback (the walker's, a large document's). */
    static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient OutputFailedException failure;

        OutputClosed(OutputFailedException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    private void add(Work w) throws OutputFailedException {
        chunk.add(w);
        chunkWeight += w.weight();
        if (chunkWeight >= chunkWeightLimit) {
            flushChunk();
        }
    }

    private void flushChunk() throws OutputFailedException {
        if (chunk.isEmpty()) {
            return;
        }
        List<Work> work = chunk;
        int weight = chunkWeight;
        chunk = new ArrayList<>();
        chunkWeight = 0;
        if (pool == null) {
            Chunk c = process(work, weight);
            writeChunk(c);
            return;
        }
        inFlight.add(pool.submit(() -> process(work, weight)));
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
        c.ids().forEach(repeatedIds::add);
        progress.accept(total.records());
    }

    private void write(byte[] bytes) throws OutputFailedException {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new OutputFailedException(e);
        }
    }

    /**
     * Runs on a worker: read, screen and render a chunk of work, one output record per input record. {@code weight}:
     * the chunk's, which with its output sets the next chunks' weight.
     */
    private Chunk process(List<Work> work, int weight) {
        ChunkBuffer spare = written.poll();
        ChunkBuffer buffer = spare != null ? spare : new ChunkBuffer(chunkBytes);
        Tally tally = new Tally();
        List<String> ids = new ArrayList<>(work.size());
        try {
            BatchFormat.RecordWriter writer = format.open(buffer);
            for (int i = 0; i < work.size(); i++) {
                List<IntakeRecord> records = workRecords.of(work.get(i));
                for (int j = 0; j < records.size(); j++) {
                    ScreenedRecord s = screen(records.get(j));
                    writer.write(s);
                    tally.add(s);
                    ids.add(s.assessment() != null ? s.assessment().profileId() : s.record().namedId());
                }
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering to memory failed", e);
        }
        if (buffer.size() > chunkBytes) {
            chunkBytes = buffer.size();
        }
        chunkWeightLimit = (int) Math.max(1, Math.min(CHUNK_WEIGHT, weight * CHUNK_OUTPUT / Math.max(1, buffer.size())));
        return new Chunk(buffer, tally, ids);
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
}
