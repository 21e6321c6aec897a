package org.skinadvisor.report;

import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For `validate`: every problem in every record as "file:line:col: message", in the order of their places, nothing
 * for a clean record: every error (with its code), and the warnings, of a record that could not be read as well.
 * A CSV header's warning (an unknown column) belongs to every row, and is printed once.
 */
public final class ProblemsFormat implements BatchFormat {
    /** What a record's source adds to its file's name: a document's number (#3) or a row's line (:42). */
    private static final Pattern RECORD_SUFFIX = Pattern.compile("(#\\d+|:(\\d{1,9}))$");

    private long warnings;
    private long errors;

    /** The warnings printed: each CSV header warning once, however many rows carried it. */
    public long warnings() {
        return warnings;
    }

    /** The errors printed: a record that could not be read may have several. */
    public long errors() {
        return errors;
    }

    @Override
    public byte[] header() {
        return new byte[0];
    }

    @Override
    public RecordWriter open(OutputStream out) {
        return new RecordWriter() {
            private String lastFile;
            /** The current file's warnings placed before the record's own line (its header's): printed already. */
            private final Set<String> printedAbove = new HashSet<>();

            @Override
            public void write(ScreenedRecord r) throws java.io.IOException {
                String source = r.record().source();
                Matcher suffix = RECORD_SUFFIX.matcher(source);
                boolean suffixed = suffix.find();
                String file = suffixed ? source.substring(0, suffix.start()) : source;
                if (!file.equals(lastFile)) {
                    lastFile = file;
                    printedAbove.clear();
                }
                // A row's line; a name ending in more digits than a line has is not one (it overflowed an int).
                int line = suffixed && suffix.group(2) != null ? Integer.parseInt(suffix.group(2)) : 0;
                InvalidInputException e = r.record().error();
                // A record's errors and warnings in the order of their places in the file.
                TreeMap<Long, StringBuilder> lines = new TreeMap<>();
                if (e != null) {
                    for (InvalidInputException each : e.all()) {
                        errors++;
                        print(lines, each.line(), each.column(), at(file, each.line(), each.column())
                                + SafeText.terminal(each.getMessage()) + " [" + each.problem().code() + "]\n");
                    }
                }
                for (IntakeWarning w : e != null ? e.warnings() : r.record().profile().warnings()) {
                    String printed = at(file, w.line(), w.column()) + SafeText.terminal(w.message()) + "\n";
                    if (w.line() > 0 && w.line() < line && !printedAbove.add(printed)) {
                        continue;
                    }
                    warnings++;
                    print(lines, w.line(), w.column(), printed);
                }
                StringBuilder b = new StringBuilder();
                lines.values().forEach(b::append);
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void finish() {
                // lines are written whole; nothing is buffered here
            }
        };
    }

    /** Adds a line at its place; lines at one place keep the order they came in. */
    private static void print(TreeMap<Long, StringBuilder> lines, int line, int column, String text) {
        lines.computeIfAbsent(((long) Math.max(0, line) << 32) | Math.max(0, column), k -> new StringBuilder()).append(text);
    }

    private static String at(String file, int line, int column) {
        String safe = SafeText.terminal(file);
        return line > 0 ? safe + ":" + line + ":" + column + ": " : safe + ": ";
    }
}
