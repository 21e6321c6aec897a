package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return read(text, Set.of("pregnancy", "blood-thinners"));
    }

    private static Read read(String text, Set<String> questionIds) throws Exception {
        CsvRows rows = new CsvRows(new BufferedReader(new StringReader(text)));
        return new Read(new CsvProfiles(rows.header(), questionIds), rows);
    }

    /** Under a header that could not be read, a row is labelled by the cell under the header's one `id` column. */
    @Test
    void aRowUnderAnUnreadHeaderNamesTheIdUnderItsOneIdColumnWhenAsWideAsTheHeader() throws Exception {
        CsvRows rows = new CsvRows(new BufferedReader(new StringReader(
                "concerns, id ,concerns\npores,P-1,x\npores,P-2\npores, ,x\npores,\uFFFD,x\n")));
        CsvRows.Row header = rows.header();
        assertThat(CsvProfiles.idUnder(header, rows.next())).isEqualTo("P-1");
        assertThat(CsvProfiles.idUnder(header, rows.next())).as("a cell short").isNull();
        assertThat(CsvProfiles.idUnder(header, rows.next())).as("blank").isNull();
        assertThat(CsvProfiles.idUnder(header, rows.next())).as("bytes that were not UTF-8").isNull();
        CsvRows twice = new CsvRows(new BufferedReader(new StringReader("id,concerns,id\nP-1,pores,P-9\n")));
        assertThat(CsvProfiles.idUnder(twice.header(), twice.next())).isNull();
        CsvRows none = new CsvRows(new BufferedReader(new StringReader("patient,concerns\nP-1,pores\n")));
        assertThat(CsvProfiles.idUnder(none.header(), none.next())).isNull();
    }

    /** A line break left out joins two lines, the last cell of one with the first of the other: say so. */
    @Test
    void aRowAsWideAsTwoRowsJoinedSaysALineBreakMayBeLeftOut() throws Exception {
        Read joined = read("id,concerns,conditions,medications\nP-1,pores,,xP-2,pores,,\nP-3,pores\n");
        assertThat(catchThrowableOfType(() -> joined.header().profile(joined.row()), InvalidInputException.class))
                .hasMessage("row has 7 cells but the header has 4: two rows run together on this line (a line break"
                        + " left out?)");
        assertThat(catchThrowableOfType(() -> joined.header().profile(joined.row()), InvalidInputException.class))
                .as("a row short by two cells").hasMessage("row has 2 cells but the header has 4");
        Read header = read("id,concerns,conditions,medicationsP-1,pores,,\nP-2,pores,,\n");
        assertThat(catchThrowableOfType(() -> header.header().profile(header.row()), InvalidInputException.class))
                .hasMessage("row has 4 cells but the header has 7: a row runs on at the end of the header's line (a line"
                        + " break left out?)");
        Read narrow = read("id,concerns,notes\nP-1,pores,x,y,z\nP-2,pores\n");
        assertThat(catchThrowableOfType(() -> narrow.header().profile(narrow.row()), InvalidInputException.class))
                .as("fewer than four columns: commas too many").hasMessage("row has 5 cells but the header has 3");
        assertThat(catchThrowableOfType(() -> narrow.header().profile(narrow.row()), InvalidInputException.class))
                .as("or too few").hasMessage("row has 2 cells but the header has 3");
    }

    /** A row its quotes broke is named by the cells read before the break, only when the id cell is among them. */
    @Test
    void aBrokenRowIsNamedOnlyByAnIdCellReadBeforeTheBreak() throws Exception {
        CsvProfiles header = read("concerns,id,notes\n").header();
        assertThat(header.namedId(List.of("pores", "P-1"))).isEqualTo("P-1");
        assertThat(header.namedId(List.of("pores"))).isNull();
        assertThat(header.namedId(List.of())).isNull();
        assertThat(header.namedId(List.of("pores", " "))).isNull();
    }

    /** Every cell of a row is checked, so that `validate` lists all of a row's errors at once, with its warnings. */
    @Test
    void aSkinTypeCellMayHoldARange() throws Exception {
        Read csv = read("id,concerns,fitzpatrick\nP-1,pores,3/4\nP-2,pores,V\n");
        assertThat(csv.header().profile(csv.row()).profile().fitzpatrick()).hasToString("III-IV");
        assertThat(csv.header().profile(csv.row()).profile().fitzpatrick()).hasToString("V");
    }

    @Test
    void everyErrorInARowIsFoundAtOnceWithTheRowsWarnings() throws Exception {
        Read csv = read("id,concerns,age,fitzpatrick,pregnancy,email\n ,,old,VII,maybe,x\n");
        InvalidInputException e = catchThrowableOfType(() -> csv.header().profile(csv.row()), InvalidInputException.class);
        assertThat(e.all()).extracting(InvalidInputException::located).containsExactly(
                "2:1: `id` must be non-empty text",
                "2:3: `concerns` must name at least one concern",
                "2:4: `age` must be a whole number of years from 0 to 130 written in plain digits",
                "2:8: `fitzpatrick` must be a skin type I-VI (or 1-6) or a range such as III-IV; leave the cell empty when it is not known",
                "2:12: answer to `pregnancy` must be yes, no or unknown; leave the cell empty (or N/A) when it was not asked");
        assertThat(e.warnings()).extracting(IntakeWarning::located)
                .containsExactly("1:39: unknown column `email`: not read, only searched for terms to ask about");
    }

    @Test
    void everyErrorInAHeaderIsFoundAtOnceWithItsWarnings() {
        InvalidInputException e = catchThrowableOfType(() -> read("id,age,notes,age,notes,email\nP1,1,,2,,\n"),
                InvalidInputException.class);
        assertThat(e.all()).extracting(InvalidInputException::located).containsExactly(
                "1:1: the header has no `concerns` column (the first row must name the columns: id, concerns, conditions,"
                        + " medications, and optionally age, fitzpatrick, notes)",
                "1:14: column `age` appears twice in the header",
                "1:18: column `notes` appears twice in the header");
        assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_KEY);
        assertThat(e.warnings()).extracting(IntakeWarning::located)
                .containsExactly("1:24: unknown column `email`: not read, only searched for terms to ask about");
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
                .containsExactly(new UnknownField("pregnant", "yes", "pregnancy"), new UnknownField("column 6", "lidocaine"));
        assertThat(csv.header().profile(csv.row()).profile().unknownFields()).isEmpty();
    }

    @Test
    void aColumnNamedByAScreeningQuestionHoldsItsAnswersAndAnEmptyCellOrNotApplicableIsNoAnswer() throws Exception {
        Read csv = read("id,concerns,pregnancy,blood-thinners\nA,pores,No,yes\nB,pores,N/A,TRUE\nC,pores,FALSE,u\n"
                + "D,pores,maybe,\nE,pores,#N/A,not applicable\nF,pores,-,?\n");
        CsvProfiles header = csv.header();
        assertThat(header.profile(csv.row()).profile().answers())
                .containsExactlyInAnyOrderEntriesOf(Map.of("pregnancy", Answer.NO, "blood-thinners", Answer.YES));
        assertThat(header.profile(csv.row()).profile().answers()).containsExactlyEntriesOf(Map.of("blood-thinners", Answer.YES));
        assertThat(header.profile(csv.row()).profile().answers())
                .containsExactlyInAnyOrderEntriesOf(Map.of("pregnancy", Answer.NO, "blood-thinners", Answer.UNKNOWN));
        InvalidInputException e = catchThrowableOfType(() -> header.profile(csv.row()), InvalidInputException.class);
        assertThat(e.problem()).isEqualTo(Problem.TYPE);
        assertThat(e.getMessage()).isEqualTo("answer to `pregnancy` must be yes, no or unknown; leave the cell empty"
                + " (or N/A) when it was not asked");
        assertThat(new int[] {e.line(), e.column()}).containsExactly(5, 9);
        assertThat(header.profile(csv.row()).profile().answers()).as("N/A and a spreadsheet's #N/A are no answer").isEmpty();
        assertThat(header.profile(csv.row()).profile().answers()).as("- is no answer; ? is unknown")
                .containsExactlyEntriesOf(Map.of("blood-thinners", Answer.UNKNOWN));
    }

    @Test
    void aColumnThatLooksLikeAnAnswerColumnSaysWhichAndIsOnlySearched() throws Exception {
        Read csv = read("id,concerns,pregnant,answers.blood-thinners,medicatons\nA,pores,no,no,\n");
        ReadProfile r = csv.header().profile(csv.row());
        assertThat(r.profile().answers()).isEmpty();
        assertThat(r.profile().unknownFields()).as("a no says no question's yes").containsExactly(
                new UnknownField("pregnant", "no"), new UnknownField("answers.blood-thinners", "no"));
        Read yes = read("id,concerns,Pregnant?\nA,pores,TRUE\n");
        assertThat(yes.header().profile(yes.row()).profile().unknownFields())
                .containsExactly(new UnknownField("Pregnant?", "TRUE", "pregnancy"));
        assertThat(r.warnings()).extracting(IntakeWarning::message).containsExactly(
                "unknown column `pregnant` (did you mean the answer column `pregnancy`?): not read, only searched for"
                        + " terms to ask about",
                "unknown column `answers.blood-thinners` (an answer column is named by its question's id alone:"
                        + " `blood-thinners`): not read, only searched for terms to ask about",
                "unknown column `medicatons` (did you mean `medications`?): not read, only searched for terms to ask about");
    }

    @Test
    void aColumnNamedForTheSkinTypeSaysItGoesInFitzpatrick() throws Exception {
        Read csv = read("id,concerns,skin_type,Phototype\nA,pores,IV,4\n");
        assertThat(csv.header().profile(csv.row()).warnings()).extracting(IntakeWarning::message).containsExactly(
                "unknown column `skin_type` (a skin type I-VI goes in the `fitzpatrick` column): not read, only searched"
                        + " for terms to ask about",
                "unknown column `Phototype` (a skin type I-VI goes in the `fitzpatrick` column): not read, only searched"
                        + " for terms to ask about");
        Read withQuestion = read("id,concerns,skin type\nA,pores,V\n", Set.of("skin-type"));
        assertThat(withQuestion.header().profile(withQuestion.row()).warnings().get(0).message())
                .contains("(a skin type I-VI goes in the `fitzpatrick` column; answers to `skin-type` in an answer column"
                        + " of that name)");
    }

    /** A form's export names its columns in words: the one a column's words name is suggested, never read for it. */
    @Test
    void aColumnWithAnIntakeColumnsNameAmongItsWordsIsAskedToBeRenamed() throws Exception {
        Read csv = read("id,concerns,Medical conditions,Current medication,Age (years),Notes on medications\n"
                + "A,pores,none,warfarin,34,x\n");
        ReadProfile r = csv.header().profile(csv.row());
        assertThat(r.warnings()).extracting(IntakeWarning::message).containsExactly(
                "unknown column `Medical conditions` (rename it `conditions` if that is what it holds): not read, only"
                        + " searched for terms to ask about",
                "unknown column `Current medication` (rename it `medications` if that is what it holds): not read, only"
                        + " searched for terms to ask about",
                "unknown column `Age (years)` (rename it `age` if that is what it holds): not read, only searched for"
                        + " terms to ask about",
                "unknown column `Notes on medications`: not read, only searched for terms to ask about");
        assertThat(r.profile().conditions()).as("still unknown").isNull();
        assertThat(r.profile().medications()).isNull();
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
