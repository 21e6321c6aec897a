package org.skinadvisor.intake;

import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;
import org.skinadvisor.parsing.Problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * RFC 4180 rows with the line each starts on: quoted cells may hold the delimiter, doubled quotes and newlines.
 * A malformed row is reported and reading goes on at the next line, so one bad row never hides the rest. Cells
 * are separated by commas, or by what {@link #header} finds in the first row.
 */
public final class CsvRows {
    /** One row's cells, the line it starts on, its raw text (for the record's hash) and what separates its cells. */
    public record Row(int line, List<String> cells, String raw, char delimiter) {
        /**
         * Whether no cell holds anything: a blank line, or the delimiters alone (`,,,` or `;;;`) that a spreadsheet
         * writes for a row once formatted and left empty. Such a row names no patient, so it is no record.
         */
        public boolean blank() {
            for (String cell : cells) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** A problem at a character of the raw row, placed at its line and column in the file. */
        public InvalidInputException problemAt(int offset, Problem problem, String message) {
            return new InvalidInputException(problem, message, lineOf(offset), columnOf(offset));
        }

        /** Where each cell starts in the file, found in one pass: for every problem and warning in the row. */
        public CellPlaces places() {
            return new CellPlaces(this);
        }

        private int lineOf(int offset) {
            return line + (int) raw.substring(0, offset).chars().filter(c -> c == '\n').count();
        }

        private int columnOf(int offset) {
            return offset - (raw.lastIndexOf('\n', offset - 1) + 1) + 1;
        }
    }

    /**
     * The line and column where each cell of a row starts, so that a problem with a cell is placed where the cell
     * starts, as every other error's column is a character's (a cell number would send an editor's cursor to the
     * wrong place). Found in one pass, so that a row of many unknown cells is not read again for each.
     */
    public static final class CellPlaces {
        private final int[] lines;
        private final int[] columns;

        private CellPlaces(Row row) {
            String raw = row.raw();
            int cells = row.cells().size();
            lines = new int[cells];
            columns = new int[cells];
            int line = row.line();
            int lineStart = 0;
            int cell = 0;
            boolean quoted = false;
            for (int at = 0; at < raw.length() && cell < cells; at++) {
                char c = raw.charAt(at);
                if (c == '"') {
                    quoted = !quoted; // a doubled quote inside a quoted cell toggles twice
                } else if (c == row.delimiter() && !quoted && ++cell < cells) {
                    lines[cell] = line;
                    columns[cell] = at + 1 - lineStart + 1;
                } else if (c == '\n') {
                    line++;
                    lineStart = at + 1;
                }
            }
            // Every cell is reached: a row is read only when its quotes pair as they do here (a stray one is an error).
            lines[0] = row.line();
            columns[0] = 1;
        }

        public InvalidInputException problemInCell(int index, Problem problem, String message) {
            return new InvalidInputException(problem, message, lines[index], columns[index]);
        }

        public IntakeWarning warningInCell(int index, String message) {
            return new IntakeWarning(message, lines[index], columns[index]);
        }
    }

    private final BufferedReader in;
    private char delimiter = ',';
    private boolean separatorNamed;
    private int line = 1;
    private int pending = -2;
    /** The text of a broken row after its first line, read again as rows before {@link #in}. */
    private String replay;
    private int replayed;
    private int replayFrom;
    private int overrunBy;
    private int rowLine;
    private List<String> rowCells = List.of();

    public CsvRows(BufferedReader in) {
        this.in = in;
    }

    /**
     * The header row, the first, with the rows after it read with the delimiter it shows most often outside
     * quotes: commas, or the semicolons a spreadsheet saves as "CSV" where the decimal mark is a comma, or the tabs
     * of "Text (Tab delimited)"; commas when none does. A first line `sep=;` (any one character after `sep=`),
     * which Excel reads and some exports write to name the delimiter, names it, and the header is the line after.
     */
    public Row header() throws IOException, InvalidInputException {
        int named = separatorLine();
        if (named != -1) {
            delimiter = (char) named;
            separatorNamed = true;
            line = 2;
            return next();
        }
        in.mark(Limits.MAX_LINE_BYTES + 1);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        // At most MAX_LINE_BYTES + 1 characters are read, all the mark keeps: a longer header is then next()'s error.
        for (int i = 0, c = in.read(); c != -1 && i < Limits.MAX_LINE_BYTES && (quoted || c != '\n' && c != '\r');
                i++, c = in.read()) {
            quoted ^= c == '"';
            commas += !quoted && c == ',' ? 1 : 0;
            semicolons += !quoted && c == ';' ? 1 : 0;
            tabs += !quoted && c == '\t' ? 1 : 0;
        }
        in.reset();
        delimiter = semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
        return next();
    }

    /** Whether {@link #header} found a first line `sep=X` naming the delimiter. */
    public boolean separatorNamed() {
        return separatorNamed;
    }

    /** The delimiter a first line `sep=X` names, that line then read; else -1, nothing read. */
    private int separatorLine() throws IOException {
        in.mark(8);
        StringBuilder head = new StringBuilder(8);
        for (int i = 0, c; i < 8 && (c = in.read()) != -1; i++) {
            head.append((char) c);
        }
        in.reset();
        int at = head.length() > 0 && head.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = at;
        while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
            end++;
        }
        int named = namedSeparator(head.substring(at, end));
        if (named != -1) {
            in.skip(end + (head.indexOf("\r\n", end) == end ? 2 : end < head.length() ? 1 : 0));
        }
        return named;
    }

    /**
     * The delimiter that a first line, its line break left off, names as Excel's `sep=X`, or -1: the one rule for
     * a file and for telling standard input's format. A quote or a line break is never the delimiter.
     */
    public static int namedSeparator(String line) {
        if (line.length() != 5 || !line.regionMatches(true, 0, "sep=", 0, 4)) {
            return -1;
        }
        char c = line.charAt(4);
        return c == '"' || c == '\n' || c == '\r' ? -1 : c;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        if (replay != null) {
            if (replayed < replay.length()) {
                return replay.charAt(replayed++);
            }
            replay = null;
        }
        return in.read();
    }

    /**
     * For the row {@link #next} last returned or threw: the line of the broken row whose quoted cell took it in,
     * or 0. Such a row is read only so that it can be reported as not read: where it ends is a guess.
     */
    public int overrunBy() {
        return overrunBy;
    }

    /**
     * The line that the row {@link #next} last returned or threw starts on: its source, though its error may lie
     * lines further on, in a quoted cell that ran over line breaks.
     */
    public int rowLine() {
        return rowLine;
    }

    /** The cells of the row {@link #next} last returned or threw: for one it threw, those read before it broke. */
    public List<String> rowCells() {
        return Collections.unmodifiableList(rowCells);
    }

    /** The next row, or null at the end; an invalid row throws after skipping to its end. */
    public Row next() throws IOException, InvalidInputException {
        int start = line;
        rowLine = start;
        overrunBy = replay != null && replayed < replay.length() ? replayFrom : 0;
        int c = read();
        if (c == -1) {
            return null;
        }
        if (start == 1 && c == '\uFEFF') {
            c = read();
        }
        List<String> cells = new ArrayList<>();
        rowCells = cells;
        StringBuilder cell = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int quote = 0;
        while (true) {
            if (raw.length() > Limits.MAX_LINE_BYTES) {
                if (quoted) {
                    throw unclosed(new Row(start, cells, raw.toString(), delimiter), quote, c, Problem.LIMIT_EXCEEDED,
                            "quoted cell longer than " + Limits.MAX_LINE_BYTES + " characters (is its closing quote missing?)");
                }
                skipLine(c);
                throw new InvalidInputException(Problem.LIMIT_EXCEEDED, "row longer than " + Limits.MAX_LINE_BYTES + " characters", start, 1);
            }
            if (c == -1) {
                if (quoted) {
                    throw unclosed(new Row(start, cells, raw.toString(), delimiter), quote, c, Problem.SYNTAX,
                            "unterminated quoted cell: its closing quote is missing");
                }
                cells.add(cell.toString());
                return new Row(start, cells, raw.toString(), delimiter);
            }
            if (quoted) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        cell.append('"');
                        raw.append("\"\"");
                    } else {
                        quoted = false;
                        raw.append('"');
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                    raw.append((char) c);
                }
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                raw.append(delimiter);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pending = n;
                    }
                }
                line++;
                cells.add(cell.toString());
                return new Row(start, cells, raw.toString(), delimiter);
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quote = raw.length();
                raw.append('"');
            } else if (c == '"' || wasQuoted) {
                if (line > start) {
                    throw unclosed(new Row(start, cells, raw.toString(), delimiter), raw.length(), c, Problem.SYNTAX,
                            "stray quote in a cell, in a row whose quoted cell ran over a line break (is a quote"
                                    + " missing, or one too many?)");
                }
                int col = raw.length() + 1;
                skipLine(c);
                throw new InvalidInputException(Problem.SYNTAX, "stray quote in a cell (quote the whole cell and double inner quotes)", start, col);
            } else {
                cell.append((char) c);
                raw.append((char) c);
            }
            c = read();
        }
    }

    /**
     * A quote that does not close, or closes in the wrong place, takes the lines after it into one cell: the rows
     * on them would go unreported. The text after the row's first line is read again as rows, each of them
     * reported as not read ({@link #overrunBy}), and the row is the error, at {@code offset} of its text. A row
     * still on its first line (its quoted cell over the limit there) is passed over to the end of that line.
     * {@code c}: the character read and not yet kept, or -1 at the end.
     */
    private InvalidInputException unclosed(Row row, int offset, int c, Problem problem, String message)
            throws IOException {
        InvalidInputException e = row.problemAt(offset, problem, message + "; the rows after line " + row.line()
                + " that it ran over are not read");
        String text = row.raw();
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        if (end < text.length()) {
            int next = end + (text.startsWith("\r\n", end) ? 2 : 1);
            String unread = replay == null ? "" : replay.substring(replayed);
            replay = text.substring(next) + (c == -1 ? "" : String.valueOf((char) c)) + unread;
            replayed = 0;
            replayFrom = overrunBy > 0 ? overrunBy : row.line();
            line = row.line() + 1;
        } else {
            skipLine(c);
        }
        return e;
    }

    private void skipLine(int c) throws IOException {
        while (c != -1 && c != '\n') {
            c = read();
        }
        if (c == '\n') {
            line++;
        }
    }
}
