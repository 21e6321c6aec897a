package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;
import org.skinadvisor.parsing.Problem;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvRowsTest {
    private static CsvRows rows(String text) {
        return new CsvRows(new BufferedReader(new StringReader(text)));
    }

    /** What reading the first row after the header throws. */
    private static InvalidInputException errorAfterHeader(CsvRows rows) throws Exception {
        rows.header();
        return catchThrowableOfType(rows::next, InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", ignoreLeadingAndTrailingWhitespace = false, value = {
        "id,concerns,conditions|,",
        "id;concerns;conditions|;",
        "id\tconcerns\tconditions|'\t'",
        "\"id\";\"concerns\";\"notes, free, text\"|;",
        "id,concerns;notes;more|;",
        "id,concerns;notes|,",
        "\"id;x;y\",concerns|,",
        "id;concerns\tnotes|;",
        "id|,"})
    void theHeaderRowTellsTheDelimiterByWhatItHoldsMostOftenOutsideQuotes(String header, char delimiter)
            throws Exception {
        CsvRows rows = rows(header + "\nP-1" + delimiter + "pores\n");
        assertThat(rows.header().delimiter()).isEqualTo(delimiter);
        CsvRows.Row row = rows.next();
        assertThat(row.delimiter()).isEqualTo(delimiter);
        assertThat(row.cells()).containsExactly("P-1", "pores");
        assertThat(rows.next()).isNull();
    }

    @Test
    void aFirstLineSepNamesTheDelimiterAndTheHeaderIsTheLineAfterIt() throws Exception {
        Map<String, Character> firstLines = Map.of("sep=;\n", ';', "sep=;\r\n", ';', "sep=;\r", ';',
                "\uFEFFSEP=,\r\n", ',', "Sep=\t\n", '\t', "sep=#\n", '#');
        for (Map.Entry<String, Character> first : firstLines.entrySet()) {
            char delimiter = first.getValue();
            CsvRows rows = rows(first.getKey() + "id" + delimiter + "concerns\nP-1" + delimiter + "\"pores;acne scars\"\n");
            CsvRows.Row header = rows.header();
            assertThat(rows.separatorNamed()).as(first.getKey()).isTrue();
            assertThat(header.delimiter()).as(first.getKey()).isEqualTo(delimiter);
            assertThat(header.line()).as(first.getKey()).isEqualTo(2);
            assertThat(header.cells()).as(first.getKey()).containsExactly("id", "concerns");
            CsvRows.Row row = rows.next();
            assertThat(row.line()).as(first.getKey()).isEqualTo(3);
            assertThat(row.cells()).as(first.getKey()).containsExactly("P-1", "pores;acne scars");
            assertThat(rows.next()).as(first.getKey()).isNull();
        }
    }

    @Test
    void aFirstLineThatOnlyStartsLikeSepIsTheHeaderAndASepLineAloneLeavesNoHeader() throws Exception {
        for (String header : List.of("sep=;x,concerns", "sep=,id,concerns", "sep=", "sep:,", "sep", "s", "\uFEFFsep")) {
            CsvRows rows = rows(header + "\nP-1,pores\n");
            CsvRows.Row read = rows.header();
            assertThat(rows.separatorNamed()).as(header).isFalse();
            assertThat(read.line()).as(header).isEqualTo(1);
            assertThat(String.join(",", read.cells())).as(header).isEqualTo(header.replace("\uFEFF", ""));
        }
        assertThat(catchThrowableOfType(rows("sep=\"\nid,concerns\n")::header, InvalidInputException.class).line())
                .as("a quote is never the delimiter").isEqualTo(1);
        assertThat(rows("").header()).isNull();
        assertThat(rows("sep").header().cells()).containsExactly("sep");
        assertThat(rows("sep=;").header()).isNull();
        assertThat(rows("sep=;\r\n").header()).isNull();
    }

    @Test
    void onlyTheHeaderLineTellsTheDelimiterNotTheListCellsOfTheRowsAfterIt() throws Exception {
        CsvRows rows = rows("id,concerns\nP-1,acne scars;pores;wrinkles;striae\n");
        assertThat(rows.header().delimiter()).isEqualTo(',');
        assertThat(rows.next().cells()).containsExactly("P-1", "acne scars;pores;wrinkles;striae");
    }

    @Test
    void aCellQuotedInASemicolonFileHoldsSemicolonsAndAnErrorInALaterCellIsPlacedWhereItStarts() throws Exception {
        CsvRows rows = rows("id;concerns;age\r\nP-1;\"acne scars;pores\";150\r\n");
        rows.header();
        CsvRows.Row row = rows.next();
        assertThat(row.cells()).containsExactly("P-1", "acne scars;pores", "150");
        InvalidInputException e = row.places().problemInCell(2, Problem.TYPE, "bad age");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(2, 24);
    }

    /** Each cell of random rows (quoted cells holding commas, doubled quotes and line breaks) is placed where it starts. */
    @Test
    void everyCellOfARowIsPlacedWhereItStarts() throws Exception {
        String[] plain = {"a", "\u00e9", " ", "x1"};
        String[] quoted = {"b", ",", "\n", "\"\"", "\r\n"};
        Random random = new Random(20261129);
        for (int round = 0; round < 300; round++) {
            int width = 1 + random.nextInt(12);
            StringBuilder raw = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (int cell = 0; cell < width; cell++) {
                if (cell > 0) {
                    raw.append(',');
                }
                starts.add(raw.length());
                boolean inQuotes = random.nextBoolean();
                String[] pieces = inQuotes ? quoted : plain;
                raw.append(inQuotes ? "\"" : "");
                for (int n = random.nextInt(4); n > 0; n--) {
                    raw.append(pieces[random.nextInt(pieces.length)]);
                }
                raw.append(inQuotes ? "\"" : "");
            }
            CsvRows rows = rows("h\n" + raw + "\n");
            rows.header();
            CsvRows.Row row = rows.next();
            assertThat(row.cells()).as(raw.toString()).hasSize(width);
            CsvRows.CellPlaces places = row.places();
            for (int cell = 0; cell < width; cell++) {
                String before = raw.substring(0, starts.get(cell));
                int line = 2 + (int) before.chars().filter(c -> c == '\n').count();
                int column = before.length() - before.lastIndexOf('\n');
                var at = places.warningInCell(cell, "m");
                assertThat(new int[] {at.line(), at.column()}).as("cell %d of %s", cell, raw).containsExactly(line, column);
            }
        }
    }

    @Test
    void aRowOfSemicolonsAloneIsBlankAsARowOfCommasIs() throws Exception {
        CsvRows rows = rows("id;concerns;conditions\n;;\n ; ;\nP-1;pores;\n");
        rows.header();
        assertThat(rows.next().blank()).isTrue();
        assertThat(rows.next().blank()).isTrue();
        assertThat(rows.next().blank()).isFalse();
    }

    @Test
    void aStrayQuoteIsAnErrorAtItsColumnAndReadingGoesOnAtTheNextLine() throws Exception {
        CsvRows rows = rows("id,concerns\nP-1,5\" scar\nP-2,pores\n");
        InvalidInputException e = errorAfterHeader(rows);
        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.getMessage()).isEqualTo("stray quote in a cell (quote the whole cell and double inner quotes)");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(2, 6);
        CsvRows.Row next = rows.next();
        assertThat(next.line()).isEqualTo(3);
        assertThat(next.cells()).containsExactly("P-2", "pores");
    }

    @Test
    void anUnterminatedQuotedCellIsAnErrorAtItsQuoteAndTheRowsItRanOverAreReadAgainAsOverrun() throws Exception {
        CsvRows rows = rows("id,concerns\nP-1,\"pores\nP-2,scars\r\n\nP-3,x\n");
        InvalidInputException e = errorAfterHeader(rows);
        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.getMessage()).isEqualTo("unterminated quoted cell: its closing quote is missing; the rows after"
                + " line 2 that it ran over are not read");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(2, 5);
        assertThat(rows.overrunBy()).isZero();
        CsvRows.Row p2 = rows.next();
        assertThat(p2.line()).isEqualTo(3);
        assertThat(p2.cells()).containsExactly("P-2", "scars");
        assertThat(rows.overrunBy()).isEqualTo(2);
        assertThat(rows.next().blank()).isTrue();
        CsvRows.Row p3 = rows.next();
        assertThat(p3.line()).isEqualTo(5);
        assertThat(p3.cells()).containsExactly("P-3", "x");
        assertThat(rows.overrunBy()).isEqualTo(2);
        assertThat(rows.next()).isNull();
    }

    @Test
    void aQuoteLeftOpenOnTheLastLineOrPastTheLimitOnItsOwnLineOverrunsNothing() throws Exception {
        CsvRows last = rows("id,concerns\nP-1,pores\nP-2,\"scars");
        last.header();
        assertThat(last.next().cells()).containsExactly("P-1", "pores");
        InvalidInputException e = catchThrowableOfType(last::next, InvalidInputException.class);
        assertThat(new int[] {e.line(), e.column()}).containsExactly(3, 5);
        assertThat(last.next()).isNull();
        CsvRows wide = rows("id,concerns\nP-1,\"" + "x".repeat(Limits.MAX_LINE_BYTES + 10) + "\nP-2,pores\n");
        InvalidInputException over = errorAfterHeader(wide);
        assertThat(over.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(over.line()).isEqualTo(2);
        CsvRows.Row next = wide.next();
        assertThat(next.line()).isEqualTo(3);
        assertThat(next.cells()).containsExactly("P-2", "pores");
        assertThat(wide.overrunBy()).isZero();
        assertThat(wide.next()).isNull();
    }

    @Test
    void aQuoteThatClosesLinesLaterBeforeAStrayQuoteOverrunsTheRowsBetweenAndReadingGoesOnAfterThem() throws Exception {
        CsvRows rows = rows("id,concerns,notes\nP-1,\"pores,x\nP-2,pores,\nP-3,\"wrinkles\",y\nP-4,pores,z\n");
        InvalidInputException e = errorAfterHeader(rows);
        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.getMessage()).startsWith("stray quote in a cell, in a row whose quoted cell ran over a line break")
                .endsWith("; the rows after line 2 that it ran over are not read");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(4, 6);
        assertThat(rows.next().cells()).containsExactly("P-2", "pores", "");
        assertThat(rows.overrunBy()).isEqualTo(2);
        CsvRows.Row p3 = rows.next();
        assertThat(p3.line()).isEqualTo(4);
        assertThat(p3.cells()).containsExactly("P-3", "wrinkles", "y");
        assertThat(rows.overrunBy()).isEqualTo(2);
        CsvRows.Row p4 = rows.next();
        assertThat(p4.line()).isEqualTo(5);
        assertThat(p4.cells()).containsExactly("P-4", "pores", "z");
        assertThat(rows.overrunBy()).isZero();
    }

    @Test
    void aQuotedCellLongerThanTheLimitOverrunsTheRowsInItsFirstPartAndTheRowsAfterThatAreRead() throws Exception {
        int lines = Limits.MAX_LINE_BYTES / 1000 + 5;
        CsvRows rows = rows("id,concerns\nP-1,\"" + ("x".repeat(999) + "\n").repeat(lines) + "P-2,pores\n");
        InvalidInputException e = errorAfterHeader(rows);
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.getMessage()).startsWith("quoted cell longer than " + Limits.MAX_LINE_BYTES + " characters (is its"
                + " closing quote missing?)");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(2, 5);
        // The rows that began in the text read past the quote are overrun; those after it are read, none lost.
        List<Integer> overrun = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        CsvRows.Row last = null;
        for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
            (rows.overrunBy() == 2 ? overrun : read).add(row.line());
            last = row;
        }
        assertThat(overrun).hasSizeGreaterThan(lines - 10).first().isEqualTo(3);
        assertThat(read).first().isEqualTo(overrun.get(overrun.size() - 1) + 1);
        // Line 2 holds P-1 and the first of the lines; the others and P-2 follow it.
        assertThat(overrun.size() + read.size()).isEqualTo(lines);
        assertThat(last.line()).isEqualTo(lines + 2);
        assertThat(last.cells()).containsExactly("P-2", "pores");
    }

    @Test
    void aQuotedCellOverSeveralLinesKeepsTheLinesOfTheRowsAfterIt() throws Exception {
        CsvRows rows = rows("\uFEFFid,concerns\r\nP-1,\"pores\r\nscars\"\rP-2,\"say \"\"hi\"\"\"\n");
        assertThat(rows.header().cells()).containsExactly("id", "concerns");
        CsvRows.Row first = rows.next();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.cells()).containsExactly("P-1", "pores\r\nscars");
        CsvRows.Row second = rows.next();
        assertThat(second.line()).isEqualTo(4);
        assertThat(second.cells()).containsExactly("P-2", "say \"hi\"");
        assertThat(second.raw()).isEqualTo("P-2,\"say \"\"hi\"\"\"");
    }

    @Test
    void aHeaderLongerThanTheLimitIsAnErrorNotAFailureToFindItsDelimiter() throws Exception {
        CsvRows rows = rows("id;" + "x".repeat(Limits.MAX_LINE_BYTES + 10) + "\nP-1;pores\n");
        InvalidInputException e = catchThrowableOfType(rows::header, InvalidInputException.class);
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void aRowLongerThanTheLimitIsAnErrorAndTheRowAfterItIsRead() throws Exception {
        String longRow = "P-1," + "x".repeat(Limits.MAX_LINE_BYTES + 10);
        CsvRows rows = rows("id,concerns\n" + longRow + "\nP-2,pores\n");
        InvalidInputException e = errorAfterHeader(rows);
        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.line()).isEqualTo(2);
        CsvRows.Row next = rows.next();
        assertThat(next.line()).isEqualTo(3);
        assertThat(next.cells()).isEqualTo(List.of("P-2", "pores"));
    }
}
