package org.skinadvisor.cli;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Runs the real command line in-process with captured output. */
public final class Cli {
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    /** Writes a test input file, creating its directories. */
    public static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    public static Result run(String... args) {
        return runWithInput("", args);
    }

    public static Result runWithInput(String stdin, String... args) {
        return runWith(stdin, cl -> { }, args);
    }

    /** With standard input in other bytes than UTF-8's. */
    public static Result runWithInput(byte[] stdin, String... args) {
        return runWith(stdin, cl -> { }, args);
    }

    public static Result runWith(String stdin, Consumer<CommandLine> customise, String... args) {
        return runWith(stdin.getBytes(StandardCharsets.UTF_8), customise, args);
    }

    private static Result runWith(byte[] stdin, Consumer<CommandLine> customise, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine cl = SkinAdvisor.commandLine(new ByteArrayInputStream(stdin),
                outWriter, errWriter, args);
        customise.accept(cl);
        cl.setOut(outWriter).setErr(errWriter); // reach subcommands a test added
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
