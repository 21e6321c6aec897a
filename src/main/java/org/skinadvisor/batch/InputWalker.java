package org.skinadvisor.batch;

import org.skinadvisor.intake.IntakeFiles;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Expands the command's inputs into items, in a stable order: inputs as given, directory entries sorted by
 * name, walked recursively. Only regular files are opened (a named pipe would block for ever); symbolic links
 * to directories are not followed, so a link loop cannot trap the walk. Files of other types inside a
 * directory are skipped and counted; named explicitly, they are an error record. Hidden entries (names starting
 * with a dot) inside a directory are skipped and counted too. A directory named as an input that holds no
 * intake file is an error record, as an empty file is. A walked directory that holds the report being
 * written skips it, so a second run does not screen the first one's report.
 */
public final class InputWalker {
    private static final int MAX_DEPTH = 32;
    private static final String FORMATS = "(.yaml, .yml, .json, .jsonl, .ndjson, .csv)";

    private final Map<String, Integer> skipped = new TreeMap<>();
    /**
     * The names of the report being written, by the real directory holding them: as named, and the file it is
     * written to through symbolic links. A walk must read neither back in.
     */
    private final Map<Path, Set<String>> reports = new HashMap<>();

    /** {@code report}: the report's file (--output's, or the one standard output is redirected to), or null. */
    public InputWalker(Path report) {
        if (report != null) {
            Path named = report.toAbsolutePath();
            addReport(named);
            try {
                addReport(AtomicOutput.followLinks(named));
            } catch (IOException e) {
                // a loop of links: no report can be written through it, so none can be read back
            }
        }
    }

    private void addReport(Path report) {
        try {
            reports.computeIfAbsent(report.getParent().toRealPath(), d -> new HashSet<>()).add(report.getFileName().toString());
        } catch (IOException e) {
            // no such directory: no walked directory can hold the report
        }
    }

    /** Why files were skipped, with counts. */
    public Map<String, Integer> skipped() {
        return skipped;
    }

    public void walk(List<String> inputs, Consumer<InputItem> sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                sink.accept(new InputItem.Stdin("<stdin>"));
                continue;
            }
            Path path;
            try {
                path = IntakeFiles.path(input);
            } catch (InvalidInputException e) {
                sink.accept(new InputItem.Broken(input, e));
                continue;
            }
            if (Files.isDirectory(path)) {
                int[] found = {0};
                walkDirectory(path, 0, item -> {
                    found[0]++;
                    sink.accept(item);
                });
                if (found[0] == 0) {
                    // As for an empty file: an export that landed elsewhere must not pass for a clean run.
                    sink.accept(broken(input, Problem.EMPTY, "no intake file in this directory " + FORMATS));
                }
            } else if (Files.isRegularFile(path)) {
                String name = path.getFileName().toString();
                IntakeFormat format = IntakeFormat.byName(name);
                String kind = IntakeFormat.notReadHere(name);
                sink.accept(format != null ? new InputItem.File(input, path, format, sizeOf(path))
                        : broken(input, Problem.UNSUPPORTED_FORMAT, "not an intake file type " + FORMATS
                                + (kind == null ? "" : ": " + kind)));
            } else if (Files.isSymbolicLink(path)) {
                sink.accept(broken(input, Problem.UNREADABLE, "dangling or looping symbolic link"));
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                sink.accept(broken(input, Problem.UNREADABLE, "not a regular file (a pipe, socket or device is never opened)"));
            } else {
                sink.accept(broken(input, Problem.UNREADABLE, "no such file or directory"));
            }
        }
    }

    private void walkDirectory(Path dir, int depth, Consumer<InputItem> sink) {
        if (depth > MAX_DEPTH) {
            skip("directories nested deeper than " + MAX_DEPTH);
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            sink.accept(broken(dir.toString(), Problem.UNREADABLE, "cannot list directory (" + e.getClass().getSimpleName() + ")"));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        Set<String> reportsHere = reportsIn(dir);
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (isReport(name, reportsHere)) {
                skip("the report being written");
            } else if (name.startsWith(".")) {
                // A Mac's ._p1.yaml beside every copied p1.yaml (binary metadata), .git, editors' files: not
                // intake forms. Named explicitly, a hidden file is read.
                skip("hidden entries (names starting with .)");
            } else {
                visit(p, depth, sink);
            }
        }
    }

    private Set<String> reportsIn(Path dir) {
        if (reports.isEmpty()) {
            return Set.of();
        }
        try {
            return reports.getOrDefault(dir.toRealPath(), Set.of());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** The report, or a temporary file of one being written ({@code .NAME.*.tmp}, see AtomicOutput). */
    private static boolean isReport(String name, Set<String> reports) {
        for (String report : reports) {
            if (name.equals(report) || name.startsWith("." + report + ".") && name.endsWith(".tmp")) {
                return true;
            }
        }
        return false;
    }

    private void visit(Path p, int depth, Consumer<InputItem> sink) {
        String name = p.getFileName().toString();
        IntakeFormat format = IntakeFormat.byName(name);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (format != null) {
                sink.accept(broken(p.toString(), Problem.UNREADABLE, "vanished or unreadable (" + e.getClass().getSimpleName() + ")"));
            } else {
                skip("unreadable entries");
            }
            return;
        }
        if (attrs.isSymbolicLink()) {
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (IOException e) {
                if (format != null) {
                    sink.accept(broken(p.toString(), Problem.UNREADABLE, "dangling or looping symbolic link"));
                } else {
                    skip("dangling symbolic links");
                }
                return;
            }
            if (attrs.isDirectory()) {
                skip("symbolic links to directories (not followed)");
                return;
            }
        }
        if (attrs.isDirectory()) {
            walkDirectory(p, depth + 1, sink);
        } else if (!attrs.isRegularFile()) {
            skip("not regular files (pipes, sockets, devices)");
        } else if (format == null) {
            // Skipped as well (a workbook beside its export), but named: one alone holds patients the run has not read.
            skip(IntakeFormat.workbook(name) ? "spreadsheet workbooks (not read: save a sheet as CSV UTF-8 to screen it)"
                    : IntakeFormat.tabSeparated(name) ? "tab-separated files (not read: name one .csv to screen it)"
                    : "files of other types");
        } else {
            sink.accept(new InputItem.File(p.toString(), p, format, attrs.size()));
        }
    }

    /** Unknown (a file that vanished or cannot be read) counts as large: reading it then reports why. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    private static InputItem broken(String label, Problem problem, String message) {
        return new InputItem.Broken(label, new InvalidInputException(problem, message, 0, 0));
    }
}
