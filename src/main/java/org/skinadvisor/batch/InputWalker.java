package org.skinadvisor.batch;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Expands the command's inputs into items, in a stable order: inputs as given, directory entries sorted by
 * name, walked recursively. Only regular files are opened (a named pipe would block for ever); symbolic links
 * to directories are not followed, so a link loop cannot trap the walk. Files of other types inside a
 * directory are skipped and counted; named explicitly, they are an error record.
 */
public final class InputWalker {
    private static final int MAX_DEPTH = 32;
    private static final String FORMATS = "(.yaml, .yml, .json, .jsonl, .ndjson, .csv)";

    private final Map<String, Integer> skipped = new TreeMap<>();

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
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                walkDirectory(path, 0, sink);
            } else if (Files.isRegularFile(path)) {
                IntakeFormat format = IntakeFormat.byName(path.getFileName().toString());
                sink.accept(format != null ? new InputItem.File(input, path, format)
                        : broken(input, Problem.UNSUPPORTED_FORMAT, "not an intake file type " + FORMATS));
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
        for (Path p : entries) {
            visit(p, depth, sink);
        }
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
            skip("files of other types");
        } else {
            sink.accept(new InputItem.File(p.toString(), p, format));
        }
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    private static InputItem broken(String label, Problem problem, String message) {
        return new InputItem.Broken(label, new InvalidInputException(problem, message, 0, 0));
    }
}
