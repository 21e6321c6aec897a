package org.skinadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The top-level command. It has no body of its own: picocli reports a missing subcommand as a usage error.
 * Each subcommand declares its own help and version options rather than inheriting them: picocli copies an
 * inherited version by calling the provider, which would read the knowledge base while the command line is built.
 * A run builds only the subcommand it invokes: picocli's model of each command costs start-up time that a
 * clinician waits through on every call (see {@link Commands} for why they are declared programmatically).
 */
public final class SkinAdvisor {
    /** The subcommands in the order help lists them. */
    private static final List<String> SUBCOMMANDS = List.of("check", "screen", "validate", "conditions", "template", "help");

    private static final String OUT_OF_MEMORY = "skinadvisor: out of memory: this is a bug in skinadvisor's limits; run"
            + " again with more heap (SKINADVISOR_JAVA_OPTS=-Xmx1g) and report the size of the input";

    private InputStream stdin = System.in;
    /** Standard output as bytes, when the process owns it; in-process runs write through picocli's writer. */
    private OutputStream stdoutBytes;

    private Terminal terminal = Terminal.NONE;
    /** The file standard output is redirected to, which `screen` must not read back in; null when none. */
    private Path stdoutFile;

    InputStream stdin() {
        return stdin;
    }

    Terminal terminal() {
        return terminal;
    }

    /** For tests: run as if standard output and standard error were (or were not) terminals. */
    void terminal(Terminal t) {
        this.terminal = t;
    }

    Path stdoutFile() {
        return stdoutFile;
    }

    /** For tests: run as if standard output were redirected to this file. */
    void stdoutFile(Path file) {
        this.stdoutFile = file;
    }

    OutputStream stdout(PrintWriter writer) {
        return stdoutBytes != null ? stdoutBytes : new WriterOutputStream(writer);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cl = commandLine(System.in, out, err, args);
        SkinAdvisor root = (SkinAdvisor) cl.getCommand();
        root.stdoutBytes = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        root.terminal = Terminal.ofThisProcess();
        root.stdoutFile = Terminal.redirectedStdout();
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Not the JVM's trace and exit 1, which a script would read as an invalid record.
            err.println(OUT_OF_MEMORY);
            code = ExitCode.INTERNAL.code();
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    private Object subcommand(String name) {
        return switch (name) {
            case "check" -> new CheckCommand(this).spec();
            case "screen" -> new ScreenCommand(this).spec();
            case "validate" -> new ValidateCommand(this).spec();
            case "conditions" -> new ConditionsCommand().spec();
            case "template" -> new TemplateCommand().spec();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    private static CommandSpec rootSpec(SkinAdvisor root) {
        CommandSpec spec = Commands.create(root, "skinadvisor",
                new String[] {"Treatment-suitability advisor for skin clinics: screens a patient's intake profile for"
                    + " microneedling and microdermabrasion, naming, explaining and citing every contraindication.",
                    "It supports, and does not replace, clinical judgement."},
                "  skinadvisor check --concern \"acne scars\" --condition none \\", "      --medication warfarin",
                "  skinadvisor check intake/P-0042.yaml --format json",
                "  skinadvisor screen intake/ export.csv --format jsonl --output report.jsonl");
        spec.addOption(OptionSpec.builder("--debug").scopeType(CommandLine.ScopeType.INHERIT)
                .description("On an internal error, print the Java stack trace.").build());
        return spec;
    }

    /**
     * The one place the command line is assembled, for main and for tests alike. When the arguments name a
     * subcommand, only that one is built; otherwise (root help, a misspelt subcommand, `help`) all of them are,
     * so the usage message and picocli's suggestions list every command. No arguments: the full command line.
     */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        SkinAdvisor root = new SkinAdvisor();
        root.stdin = in;
        CommandLine cl = new CommandLine(rootSpec(root));
        String invoked = invokedSubcommand(args);
        for (String name : SUBCOMMANDS) {
            if (invoked == null || invoked.equals(name)) {
                cl.addSubcommand(name, root.subcommand(name));
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExpandAtFiles(false); // positional arguments are file names; "@x" is a file, not an argument file
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionExceptionHandler(new InternalErrorHandler());
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
        }
        return cl;
    }

    /** The first argument that is not a root option (all of which are flags), when it names a subcommand. */
    private static String invokedSubcommand(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.contains(arg) && !arg.equals("help") ? arg : null;
            }
        }
        return null;
    }

    /** Unexpected exceptions are bugs: a short message and exit 70, the trace only with --debug. */
    private static final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            if (ex instanceof CommandFailedException failed) {
                return failed.code().code();
            }
            PrintWriter err = cmd.getErr();
            if (outOfMemory(ex)) {
                err.println(OUT_OF_MEMORY);
            } else {
                err.println("skinadvisor: internal error (" + ex.getClass().getName() + "). This is a bug in skinadvisor;"
                        + " run again with --debug and report the trace.");
            }
            if (debugRequested(parsed)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL.code();
        }

        /** A worker that ran out of memory reaches here wrapped, as the cause of the batch's failure. */
        private static boolean outOfMemory(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError) {
                    return true;
                }
            }
            return false;
        }

        private static boolean debugRequested(CommandLine.ParseResult parsed) {
            for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
                if (p.hasMatchedOption("--debug")) {
                    return true;
                }
            }
            return false;
        }
    }
}
