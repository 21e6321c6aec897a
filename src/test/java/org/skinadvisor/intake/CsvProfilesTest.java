package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;

import java.io.BufferedReader;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvProfilesTest {
    /** The header's profiles and the rows after it, read as `screen` reads a file. */
    private record Read(CsvProfiles header, CsvRows rows) {
        CsvRows.Row row() throws Exception {
            return rows.next();
        }
    }

    private static Read read(String text) throws Exception {
        CsvRows rows = new CsvRows(new BufferedReader(new StringReader(text)));
        return new Read(new CsvProfiles(rows.header()), rows);
    }

    @Test
    void anAgeIsReadUpTo130AndRefusedAbove() throws Exception {
        Read csv = read("id,concerns,age\nA,pores,130\nB,pores,131\n");
        assertThat(csv.header().profile(csv.row()).profile().age()).isEqualTo(130);
        InvalidInputException e = catchThrowableOfType(() -> csv.header().profile(csv.row()), InvalidInputException.class);
        assertThat(e.problem()).isEqualTo(Problem.TYPE);
        assertThat(new int[] {e.line(), e.column()}).containsExactly(3, 9);
    }

    @Test
    void theTextOfUnknownAndNamelessColumnsIsKeptForTheRulesToSearchAndAnEmptyCellSaysNothing() throws Exception {
        Read csv = read("id,concerns,pregnant,conditions,email,\nA,pores,yes,,,lidocaine\nB,pores, ,,,\n");
        assertThat(csv.header().profile(csv.row()).profile().unknownFields())
                .containsExactly(new UnknownField("pregnant", "yes"), new UnknownField("column 6", "lidocaine"));
        assertThat(csv.header().profile(csv.row()).profile().unknownFields()).isEmpty();
    }

    @Test
    void aRowStartingWithBytesThatAreNotUtf8IsAnEncodingErrorAtItsFirstColumnNamingNoId() throws Exception {
        Read csv = read("id,concerns\n\uFFFDA,pores\n");
        CsvRows.Row row = csv.row();
        InvalidInputException e = catchThrowableOfType(() -> csv.header().profile(row), InvalidInputException.class);
        assertThat(e.problem()).isEqualTo(Problem.ENCODING);
        assertThat(new int[] {e.line(), e.column()}).containsExactly(2, 1);
        assertThat(csv.header().namedId(row)).as("an id that is not what was written names no one").isNull();
    }
}
