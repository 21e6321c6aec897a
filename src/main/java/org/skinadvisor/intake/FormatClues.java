package org.skinadvisor.intake;

import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Utf8Text;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * An input is read as the format its name says, never guessed; but one saved under another format's name (a CSV
 * export named .json, YAML named .jsonl) fails at its start with what that format's parser stopped at ("text without
 * quotes"), which does not say why. What the text's start plainly shows is added to that first error.
 */
public final class FormatClues {
    /** A YAML `field: value` line (or a field whose value follows on the lines below). */
    private static final Pattern YAML_FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_ -]*:(\\s.*)?");
    /** A column's name in a header row, quoted or not: `id`, `Patient ID`, `answers.pregnancy`, `Phototype (I-VI)`. */
    private static final Pattern COLUMN_NAME = Pattern.compile("\"?[\\p{L}_][\\p{L}\\p{N} _.()/-]*\"?");

    private FormatClues() {
    }

    /** Where text of {@code format} is read from: said where an input turns out to hold it. */
    public static String readFrom(IntakeFormat format) {
        // `check` detects its standard input's format; only `screen` is told it.
        return "from a file named ." + format.word() + ", or from standard input with `screen --stdin-format "
                + format.word() + "`";
    }

    /**
     * The first error {@code e} of an input read as {@code read}, with what the start of the input's text
     * ({@code data}, or its first bytes) shows when that is another format; else {@code e} as it is. A reader that
     * already says so keeps its own words. The clue is about the text, so it goes with any error.
     */
    public static InvalidInputException said(IntakeFormat read, byte[] data, InvalidInputException e) {
        String clue = clue(read, data);
        return clue == null ? e : e.reworded(e.getMessage() + " (" + clue + ")", e.line(), e.column());
    }

    /** The same for the first record of an input: its error, if it has one, said as above. */
    public static IntakeRecord said(IntakeFormat read, byte[] data, IntakeRecord first) {
        if (first.error() == null) {
            return first;
        }
        return IntakeRecord.invalid(first.source(), said(read, data, first.error()), first.inputSha256(), first.namedId());
    }

    private static String clue(IntakeFormat read, byte[] data) {
        String text = new String(data, 0, Math.min(data.length, StdinFormat.HEAD), StandardCharsets.UTF_8);
        String[] lines = text.substring(Utf8Text.startsWithByteOrderMark(data) ? 1 : 0).split("\n", -1);
        int first = nextLine(lines, 0);
        if (first == lines.length) {
            return null;
        }
        String line = lines[first].strip();
        IntakeFormat shown;
        String why;
        if (line.startsWith("[") || jsonObject(lines, first)) {
            int second = nextLine(lines, first + 1);
            boolean recordPerLine = line.startsWith("{") && second < lines.length && jsonObject(lines, second);
            shown = recordPerLine ? IntakeFormat.JSON_LINES : IntakeFormat.JSON;
            why = recordPerLine ? "Its first two lines each read as a record" : "It starts with `" + line.charAt(0) + "`";
            // Said by the readers themselves: records on lines of a JSON file, JSON over the lines of a JSON Lines
            // file. A JSON object is YAML as well, so its errors are not of the format.
            if (read == IntakeFormat.JSON || read == IntakeFormat.JSON_LINES
                    || read == IntakeFormat.YAML && shown == IntakeFormat.JSON && line.startsWith("{")) {
                return null;
            }
        } else if (line.equals("---") || YAML_FIELD.matcher(line).matches()) {
            shown = IntakeFormat.YAML;
            why = "It starts with YAML's `field: value`";
        } else if (headerRow(line)) {
            shown = IntakeFormat.CSV;
            why = "It starts with what reads as a header row of column names";
        } else {
            return null;
        }
        return shown == read ? null : "is this " + shown.title() + "? " + why + "; " + shown.title() + " is read "
                + readFrom(shown);
    }

    /**
     * Whether line {@code i} starts a JSON object as {@link IntakeFormat#byContent} reads one, its `"` or `}` on that
     * line or the next. YAML's flow style (`{id: P-1, ...}`) starts with a `{` too.
     */
    private static boolean jsonObject(String[] lines, int i) {
        String text = (i + 1 < lines.length ? lines[i] + "\n" + lines[i + 1] : lines[i]).strip();
        return text.startsWith("{") && IntakeFormat.byContent(text.getBytes(StandardCharsets.UTF_8)) == IntakeFormat.JSON;
    }

    /**
     * Whether a line reads as a CSV header: two column names or more, separated by commas, semicolons or tabs, and
     * nothing else (a YAML line with a comma in it has a colon; a slip such as `--,-` names nothing).
     */
    private static boolean headerRow(String line) {
        int names = 0;
        for (String cell : line.split("[,;\t]", -1)) {
            String name = cell.strip();
            if (!name.isEmpty() && !COLUMN_NAME.matcher(name).matches()) {
                return false;
            }
            names += name.isEmpty() ? 0 : 1;
        }
        return names >= 2;
    }

    /** The index of the first line from {@code from} that holds text other than a YAML comment; lines.length if none. */
    private static int nextLine(String[] lines, int from) {
        int i = from;
        while (i < lines.length && (lines[i].isBlank() || lines[i].strip().startsWith("#"))) {
            i++;
        }
        return i;
    }
}
