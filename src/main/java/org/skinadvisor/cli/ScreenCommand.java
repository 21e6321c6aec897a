package org.skinadvisor.cli;

import org.skinadvisor.batch.AtomicOutput;
import org.skinadvisor.batch.BatchRun;
import org.skinadvisor.batch.RepeatedIds;
import org.skinadvisor.batch.Tally;
import org.skinadvisor.intake.IntakeFiles;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.report.BatchFormat;
import org.skinadvisor.report.CsvFormat;
import org.skinadvisor.report.JsonLinesFormat;
import org.skinadvisor.report.SafeText;
import org.skinadvisor.report.Stamp;
import org.skinadvisor.report.TableFormat;
import org.skinadvisor.screening.NotKnown;
import org.skinadvisor.screening.Screener;
import org.skinadvisor.screening.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Many patients: files, directories, JSON Lines and CSV exports, or standard input. */
public final class ScreenCommand implements Callable<Integer> {
    enum Format {
        jsonl, csv, text;

        /**
         * The format a report file's name promises to whoever opens it: a spreadsheet opens `report.csv` as CSV, so
         * JSON Lines written there would show as one garbled column.
         */
        static Format namedBy(Path file) {
            Path name = file.getFileName();
            String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            return lower.endsWith(".csv") ? csv : lower.endsWith(".txt") ? text : jsonl;
        }
    }

    enum StdinKind {
        yaml(IntakeFormat.YAML), json(IntakeFormat.JSON), jsonl(IntakeFormat.JSON_LINES), csv(IntakeFormat.CSV);

        final IntakeFormat format;

        StdinKind(IntakeFormat format) {
            this.format = format;
        }
    }

    private final SkinAdvisor root;

    private final CommandSpec spec = Commands.create(this, "screen",
            new String[] {"Screen every intake record in the inputs: one output record per input record, in input order.",
                "INPUT is a file (.yaml/.yml: one or more documents; .json: a profile or an array; .jsonl/.ndjson: one"
                    + " profile per line; .csv: a header row with id, concerns, conditions, medications, and optionally"
                    + " age, fitzpatrick, notes), a directory (walked recursively in sorted order; other files"
                    + " and hidden ones are skipped and counted), or - for standard input.",
                "CSV: columns are separated by commas, or by semicolons or tabs when the header row is; list cells"
                    + " are separated by ';' (quoted in a semicolon-separated file); an empty cell means asked, none;"
                    + " a missing column means unknown.",
                "A summary goes to standard error; the report to standard output or --output."},
            "  skinadvisor screen intake/ --format csv --output report.csv",
            "  skinadvisor screen export.jsonl \\",
            "      | jq -c 'select(.recommendation != null) | {source, id, recommendation}'",
            "  cat export.csv | skinadvisor screen - --format jsonl");

    private final KnowledgeBaseOption knowledgeBase = new KnowledgeBaseOption(spec);

    private final PositionalParamSpec input = Commands.parameter(spec, PositionalParamSpec.builder().arity("1..*").required(true)
            .paramLabel("INPUT").type(List.class).auxiliaryTypes(String.class)
            .description("Files, directories, or - for standard input."));

    private final OptionSpec format = Commands.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
            .type(Format.class)
            .description("Report format: ${COMPLETION-CANDIDATES} (default: with --output, csv for a FILE named"
                    + " .csv, text for .txt, jsonl otherwise; on standard output, text on a terminal, jsonl otherwise)."));

    private final OptionSpec output = Commands.option(spec, OptionSpec.builder("--output").paramLabel("FILE")
            .type(Path.class)
            .description("Write the report to FILE atomically (a temporary file renamed into place when complete); "
                    + "- is standard output."));

    private final OptionSpec bom = Commands.option(spec, OptionSpec.builder("--bom")
            .type(boolean.class).initialValue(false)
            .description("With a CSV report (--format csv, or an --output FILE named .csv): start it with a UTF-8"
                    + " byte-order mark, which Excel needs to show"
                    + " accented text as written when the file is opened directly. Off by default: scripts"
                    + " reading the CSV would see the mark before the first column's name."));

    private final OptionSpec jobs = Commands.option(spec, OptionSpec.builder("--jobs").paramLabel("N")
            .type(Integer.class).description("Worker threads (default: the number of processors; "
                    + BatchRun.WORKER_LIMIT + ", eight with the launcher's 256 MB)."));

    private final OptionSpec stdinFormat = Commands.option(spec, OptionSpec.builder("--stdin-format")
            .paramLabel("INPUT_FORMAT").type(StdinKind.class)
            .description("Format of standard input: ${COMPLETION-CANDIDATES} (default: detected from its first line)."));

    private final OptionSpec progress = Commands.option(spec, OptionSpec.builder("--progress").negatable(true)
            .type(boolean.class).defaultValue("true").fallbackValue("true")
            .description("Show a progress line on standard error when it is a terminal (default: on)."));

    ScreenCommand(SkinAdvisor root) {
        this.root = root;
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase kb = knowledgeBase.load();
        List<String> inputs = input.getValue();
        Commands.standardInputOnce(spec, inputs);
        Path given = this.output.getValue();
        // "-" is standard output, as it is standard input among the inputs (a file named - is ./-).
        Path output = given == null || given.toString().equals("-") ? null : given;
        Integer jobs = this.jobs.getValue();
        StdinKind stdinFormat = this.stdinFormat.getValue();
        Format format = this.format.getValue();
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        checkOutput(output, inputs);
        // A report redirected into a screened folder (`screen intake/ > intake/report.jsonl`) is skipped as an
        // --output one is, and one redirected onto an input (`>> export.jsonl`) is refused.
        Path report = output != null ? output : root.stdoutFile();
        if (output == null && report != null) {
            refuseReadingBack(report, inputs, "standard output is redirected to one of the inputs (%s); refusing to"
                    + " read back the report it is writing");
        }
        int running = BatchRun.workers(workers);
        if (jobs != null && running < jobs) {
            err.println("skinadvisor: --jobs " + jobs + ": running " + running + " workers ("
                    + BatchRun.WORKER_LIMIT + "; more heap with SKINADVISOR_JAVA_OPTS=-Xmx1g)");
        }
        Terminal terminal = root.terminal();
        Format chosen = format != null ? format
                : output != null ? Format.namedBy(output) : terminal.stdout() ? Format.text : Format.jsonl;
        boolean byteOrderMark = bom.<Boolean>getValue();
        if (byteOrderMark && chosen != Format.csv) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bom applies to a CSV report only (the report"
                    + " is " + chosen + ")");
        }
        BatchFormat renderer = switch (chosen) {
            case jsonl -> new JsonLinesFormat(new Stamp(VersionInfo.toolVersion(), kb));
            case csv -> new CsvFormat(kb, byteOrderMark);
            case text -> new TableFormat(kb, output != null || !terminal.stdout() ? TableFormat.Layout.LINES
                    : terminal.colour() ? TableFormat.Layout.WRAPPED_IN_COLOUR : TableFormat.Layout.WRAPPED);
        };
        Progress meter = new Progress(err, progress.<Boolean>getValue() && terminal.stderr());
        long start = System.nanoTime();
        BatchRun.Result result;
        try (AtomicOutput file = output == null ? null : new AtomicOutput(output)) {
            OutputStream sink = file != null ? file.stream() : root.stdout(spec.commandLine().getOut());
            result = new BatchRun(new Screener(kb), renderer, workers, meter::update)
                    .run(inputs, root.stdin(), stdinFormat == null ? null : stdinFormat.format, sink, report);
            if (file != null) {
                file.commit();
            }
        } catch (BatchRun.OutputFailedException | IOException e) {
            meter.clear();
            boolean replaced = output != null && !AtomicOutput.writtenInPlace(output);
            err.println("skinadvisor: the report could not be written (" + SafeText.terminal(String.valueOf(e.getMessage()))
                    + "); stopped" + (replaced ? ", " + SafeText.terminal(output.toString()) + " left as it was" : ""));
            err.flush();
            return ExitCode.OUTPUT_FAILED.code();
        }
        meter.clear();
        summary(err, result, System.nanoTime() - start);
        if (result.tally().internalError()) {
            return ExitCode.INTERNAL.code();
        }
        return result.tally().errors() > 0 ? ExitCode.INVALID_INPUT.code() : ExitCode.OK.code();
    }

    /** Refuses an --output that would overwrite an input or cannot be created. */
    private void checkOutput(Path output, List<String> inputs) {
        if (output == null) {
            return;
        }
        if (Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output names a directory: " + output);
        }
        if (AtomicOutput.writtenInPlace(output)) {
            return; // a device or a pipe: inputs are read only from files and standard input
        }
        Path written;
        try {
            written = AtomicOutput.followLinks(output.toAbsolutePath());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output: " + output + ": a loop of symbolic links");
        }
        Path parent = written.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output: no such directory: " + parent);
        }
        if (Files.exists(output)) {
            refuseReadingBack(output, inputs, "--output names one of the inputs (%s); refusing to overwrite it");
        }
    }

    /** Refuses to run when an input is the report file; {@code message} has a %s for the input's name. */
    private void refuseReadingBack(Path report, List<String> inputs, String message) {
        for (String input : inputs) {
            try {
                Path in = input.equals("-") ? null : IntakeFiles.path(input);
                if (in != null && Files.exists(in) && Files.isSameFile(in, report)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), message.formatted(input));
                }
            } catch (InvalidInputException e) {
                continue; // not a name of any file, so not the report's: the run reports it as an error record
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot tell whether an input is the report's file: "
                        + e.getMessage());
            }
        }
    }

    private static void summary(PrintWriter err, BatchRun.Result r, long nanos) {
        double seconds = nanos / 1e9;
        long records = r.tally().records();
        // Two lines, where one ran past 100 columns for a million records; the counts in the layout of those below.
        err.printf("skinadvisor: %s in %.2f s (%.0f records/s)%n", Reporting.count(records, "record"), seconds,
                records / Math.max(seconds, 1e-9));
        err.printf("  %-18s %d assessed, %s, %s, %s%n", "records", records - r.tally().errors(),
                Reporting.count(r.tally().errors(), "error"), Reporting.count(r.tally().warnings(), "warning"),
                Reporting.skipped(r.skipped()));
        Reporting.skipReasons(err, r.skipped());
        // What went wrong, by kind: a whole export failing one way (a missing column) is told from scattered typos.
        if (r.tally().errors() > 0) {
            err.printf("  %-18s %s (the first: %s)%n", "errors", r.tally().errorsByProblem().entrySet().stream()
                    .map(e -> e.getKey().code() + " " + e.getValue()).collect(Collectors.joining(", ")),
                    SafeText.terminal(r.tally().firstError()));
        }
        for (Map.Entry<String, long[]> e : r.tally().verdicts().entrySet()) {
            String counts = Arrays.stream(Verdict.values())
                    .map(v -> v.word() + " " + e.getValue()[v.ordinal()]).collect(Collectors.joining(", "));
            err.printf("  %-18s %s%n", e.getKey(), counts);
        }
        if (!r.tally().recommendations().isEmpty()) {
            err.printf("  %-18s %s%n", "recommendation", r.tally().recommendations().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        // A column an export lacks leaves its questions open in every record: said once here, not row by row.
        long[] notKnown = r.tally().notKnown();
        if (Arrays.stream(notKnown).anyMatch(n -> n > 0)) {
            err.printf("  %-18s %s%n", "not known", IntStream.range(0, notKnown.length)
                    .mapToObj(i -> NotKnown.PARTS.get(i).word() + " " + notKnown[i]).collect(Collectors.joining(", ")));
        }
        if (r.tally().withUnmatched() > 0) {
            err.printf("  %-18s %s with entries no rule matched%n", "check by hand",
                    Reporting.count(r.tally().withUnmatched(), "record"));
        }
        if (r.tally().withNotes() > 0) {
            err.printf("  %-18s %s with notes, which the rules do not read%n", "notes to read",
                    Reporting.count(r.tally().withNotes(), "record"));
        }
        // Found in input order as chunks are written, too late to mark the records themselves: said here.
        RepeatedIds ids = r.repeatedIds();
        if (ids.repeats() > 0 || !ids.checkedAll()) {
            String found = ids.repeats() == 0 ? "none found"
                    : Reporting.count(ids.repeats(), "record") + (ids.repeats() == 1 ? " repeats" : " repeat")
                    + " an earlier record's id (the first: " + SafeText.terminal(ids.first()) + ")";
            err.printf("  %-18s %s%s%n", "repeated ids", found, ids.checkedAll() ? "" : String.format(Locale.ROOT,
                    "; ids after the first %,d different ones were not checked", ids.limit()));
        }
        err.flush();
    }

    /** A progress line on a terminal's standard error, after the first second, at most four times a second. */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private long last;
        private boolean shown;

        Progress(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        void update(long records) {
            long now = System.nanoTime();
            if (enabled && now - start > 1_000_000_000L && now - last > 250_000_000L) {
                last = now;
                shown = true;
                err.print("\rskinadvisor: " + records + " records screened...");
                err.flush();
            }
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }
    }
}
