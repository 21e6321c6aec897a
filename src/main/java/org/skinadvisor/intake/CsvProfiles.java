package org.skinadvisor.intake;

import org.skinadvisor.matching.EditDistance;
import org.skinadvisor.matching.Terms;
import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.RecordErrors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns CSV rows into profiles. The CSV reading of the absent-vs-empty rule: a missing column means unknown,
 * an empty cell means asked, none. List cells are separated by ';'. A column named by a screening question's id
 * holds the answers to it, an empty cell no answer.
 */
public final class CsvProfiles {
    /** The intake's columns, in the order a template writes them. */
    public static final List<String> COLUMNS = List.of("id", "concerns", "conditions", "medications", "age", "fitzpatrick", "notes");
    private static final List<String> REQUIRED = List.of("id", "concerns");
    private static final String NAMES = "id, concerns, conditions, medications, and optionally age, fitzpatrick, notes";

    private final Map<String, Integer> column = new HashMap<>();
    private final int width;
    private final List<IntakeWarning> warnings = new ArrayList<>();
    /**
     * Columns whose header cell is empty: a spreadsheet saves them after the last one used, or once a cell out
     * there held something. Their empty cells say nothing; a cell with text in one is a warning on its record.
     */
    private final Set<Integer> nameless = new LinkedHashSet<>(); // a set: each row asks of every column whether it is one
    /** Columns the intake does not have, by position: their text is searched for what to ask (H29). */
    private final Map<Integer, String> unknown = new LinkedHashMap<>();

    /** Answer columns, named by the id of the screening question they answer ("pregnancy"), by position. */
    private final Map<Integer, String> answerColumns = new LinkedHashMap<>();
    private final Set<String> questionIds;

    /**
     * Checks the header: id and concerns are required; a column named by one of {@code questionIds} holds answers;
     * a repeated column is an error; others are warnings. Every error is found, with the warnings, in one reading.
     */
    public CsvProfiles(CsvRows.Row header, Set<String> questionIds) throws InvalidInputException {
        this.questionIds = questionIds;
        width = header.cells().size();
        RecordErrors errors = new RecordErrors();
        CsvRows.CellPlaces places = header.places();
        for (int i = 0; i < width; i++) {
            String name = header.cells().get(i).strip();
            if (name.isEmpty()) {
                nameless.add(i);
                continue;
            }
            if (column.containsKey(name)) {
                errors.add(places.problemInCell(i, Problem.DUPLICATE_KEY, "column `" + name + "` appears twice in the header"));
                continue;
            }
            column.put(name, i);
            if (questionIds.contains(name)) {
                answerColumns.put(i, name);
            } else if (!COLUMNS.contains(name)) {
                unknown.put(i, name);
                warnings.add(places.warningInCell(i, "unknown column `" + name + "`"
                        + unknownColumnHint(name, questionIds) + ": " + ProfileBinder.NOT_READ));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new InvalidInputException(Problem.MISSING_FIELD, "the header has no `" + String.join("` or `", missing)
                    + "` column" + hint(header.cells(), missing), header.line(), 1));
        }
        errors.throwIfAny(warnings);
    }

    /** A column the name looks like: an intake column, or an answer column (one an export of JSON named `answers.x`). */
    private static String unknownColumnHint(String name, Set<String> questionIds) {
        String hint = ProfileBinder.didYouMean(name, COLUMNS);
        if (!hint.isEmpty()) {
            return hint;
        }
        if (ProfileBinder.namesSkinType(name)) {
            String question = EditDistance.nearest(name, questionIds);
            return " (a skin type I-VI goes in the `fitzpatrick` column"
                    + (question == null ? ")" : "; answers to `" + question + "` in an answer column of that name)");
        }
        String rename = ProfileBinder.renameHint(name, COLUMNS);
        if (!rename.isEmpty()) {
            return rename;
        }
        String key = UnknownField.answerKey(name);
        if (key != null && questionIds.contains(key)) {
            return " (an answer column is named by its question's id alone: `" + key + "`)";
        }
        String question = EditDistance.nearest(name, questionIds);
        return question == null ? "" : " (did you mean the answer column `" + question + "`?)";
    }

    /** What a spreadsheet's export put in place of the required columns, or else what the first row must be. */
    private static String hint(List<String> cells, List<String> missing) {
        String changed = changedHeader(cells, missing);
        if (!changed.isEmpty()) {
            return changed;
        }
        List<String> renames = new ArrayList<>();
        for (String required : missing) {
            String name = namedInWords(cells, required);
            if (name != null) {
                renames.add("`" + name + "` to `" + required + "`");
            }
        }
        return renames.isEmpty() ? " (the first row must name the columns: " + NAMES + ")"
                : " (rename " + String.join(" and ", renames) + " if that is what "
                        + (renames.size() == 1 ? "it holds" : "they hold") + "; the columns are " + NAMES + ")";
    }

    /**
     * The first header cell, not a column this reader knows, with the required name among its words: a form's
     * "Patient ID" or "Skin concerns". Only ever suggested: such a column is never read in the required one's place.
     */
    private static String namedInWords(List<String> cells, String required) {
        String word = Terms.words(required).get(0);
        for (String cell : cells) {
            String name = cell.strip();
            if (!name.isEmpty() && !COLUMNS.contains(name) && Terms.words(name).contains(word)) {
                return name;
            }
        }
        return null;
    }

    /**
     * What a spreadsheet changed in a header that names the required columns, when the header shows it for each of
     * them: their lookalikes, so that one reading says everything to change.
     */
    private static String changedHeader(List<String> cells, List<String> missing) {
        List<String> found = new ArrayList<>();
        List<String> named = new ArrayList<>();
        boolean caseOnly = true;
        for (String required : missing) {
            for (String cell : cells) {
                String name = cell.strip();
                if (!ProfileBinder.didYouMean(name, List.of(required)).isEmpty()) {
                    found.add("`" + name + "`");
                    named.add("`" + required + "`");
                    caseOnly &= name.equalsIgnoreCase(required);
                    break;
                }
                if (name.contains(";") || name.contains("\t")) {
                    return " (`" + name + "` holds a " + (name.contains(";") ? "semicolon" : "tab") + " between commas:"
                            + " separate all the columns by commas, or all by semicolons or tabs)";
                }
            }
        }
        if (found.size() < missing.size()) {
            return ""; // the renames hint names them all
        }
        String foundText = " (found " + String.join(" and ", found) + ": ";
        return caseOnly ? foundText + "column names are written exactly, in lower case)"
                : foundText + (named.size() == 1 ? "the column is named " : "the columns are named ")
                        + String.join(" and ", named) + ", written exactly)";
    }

    public ReadProfile profile(CsvRows.Row row) throws InvalidInputException {
        int bad = row.raw().indexOf('\uFFFD');
        if (bad >= 0) {
            // Excel's plain "CSV" is saved in the computer's own code page (Windows-1252 in western Europe): every
            // row with an accented name fails, so say which save option makes UTF-8.
            throw row.problemAt(bad, Problem.ENCODING, "not valid UTF-8 text (a spreadsheet's plain CSV is often"
                    + " in a Windows code page: save it as \"CSV UTF-8\")");
        }
        int cells = row.cells().size();
        if (cells != width) {
            // One line break left out joins two lines' cells, the last of one with the first of the other; with
            // fewer than four columns, a comma too many or too few is as likely.
            String joined = width >= 4 && cells == 2 * width - 1
                    ? ": two rows run together on this line (a line break left out?)"
                    : cells >= 4 && width == 2 * cells - 1
                    ? ": a row runs on at the end of the header's line (a line break left out?)" : "";
            throw new InvalidInputException(Problem.TYPE, "row has " + cells + " cells but the header has " + width
                    + joined, row.line(), 1);
        }
        // Every cell is checked, so that one reading finds all of a row's errors.
        List<InvalidInputException> errors = new ArrayList<>(0);
        String id = cell(row, "id");
        if (id == null || id.isBlank()) {
            errors.add(problem(row, "id", "`id` must be non-empty text"));
        }
        List<String> concerns = list(row, "concerns");
        if (concerns == null || concerns.isEmpty()) {
            errors.add(problem(row, "concerns", "`concerns` must name at least one concern"));
        }
        Integer age = null;
        String ageText = cell(row, "age");
        if (ageText != null && !ageText.isBlank()) {
            if (!ageText.strip().matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(ageText.strip()) > 130) {
                errors.add(problem(row, "age", "`age` must be a whole number of years from 0 to 130 written in plain digits"));
            } else {
                age = Integer.parseInt(ageText.strip());
            }
        }
        SkinType type = null;
        String typeText = cell(row, "fitzpatrick");
        if (typeText != null && !typeText.isBlank()) {
            type = SkinType.parse(typeText);
            if (type == null) {
                errors.add(problem(row, "fitzpatrick",
                        "`fitzpatrick` must be a skin type I-VI (or 1-6) or a range such as III-IV; leave the cell empty when it is not known"));
            }
        }
        Map<String, Answer> answers = answers(row, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.firstOf(errors, warnings(row));
        }
        String notes = cell(row, "notes");
        return new ReadProfile(new IntakeProfile(id.strip(), concerns, list(row, "conditions"), list(row, "medications"),
                age, type, notes == null || notes.isBlank() ? null : notes, answers, unknownFields(row)),
                warnings(row));
    }

    /**
     * What an export writes in an answer cell for a question that does not apply or was left empty (pregnancy for a
     * man: N/A), or a spreadsheet's error value: no answer, as an empty cell is. It can only leave a question open.
     */
    private static final Set<String> NO_ANSWER = Set.of("n/a", "na", "not applicable", "nan", "null", "-", "--");

    /**
     * The row's answers: yes, no or unknown (also y, n, u, and a spreadsheet's TRUE or FALSE); an empty cell, N/A and
     * the like are none.
     */
    private Map<String, Answer> answers(CsvRows.Row row, List<InvalidInputException> errors) {
        if (answerColumns.isEmpty()) {
            return Map.of();
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        CsvRows.CellPlaces places = null;
        for (Map.Entry<Integer, String> c : answerColumns.entrySet()) {
            String text = row.cells().get(c.getKey()).strip();
            if (text.isEmpty() || NO_ANSWER.contains(text.toLowerCase(Locale.ROOT)) || IntakeProfile.isSpreadsheetError(text)) {
                continue;
            }
            Answer answer = Answer.parseCell(text);
            if (answer == null) {
                places = places == null ? row.places() : places;
                errors.add(places.problemInCell(c.getKey(), Problem.TYPE, "answer to `" + c.getValue()
                        + "` must be yes, no or unknown; leave the cell empty (or N/A) when it was not asked"));
                continue;
            }
            answers.put(c.getValue(), answer);
        }
        return answers;
    }

    /**
     * The columns of each row that are kept as text to search and said in a warning of every row it reports (unknown
     * and nameless ones).
     */
    public int columnsNotRead() {
        return unknown.size() + nameless.size();
    }

    /** The text in the row's unknown and nameless columns; an empty cell says nothing. */
    private List<UnknownField> unknownFields(CsvRows.Row row) {
        if (unknown.isEmpty() && nameless.isEmpty()) {
            return List.of();
        }
        List<UnknownField> fields = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String name = unknown.containsKey(i) ? unknown.get(i) : nameless.contains(i) ? "column " + (i + 1) : null;
            String text = row.cells().get(i).strip();
            if (name != null && !text.isEmpty()) {
                fields.add(UnknownField.of(name, text, questionIds));
            }
        }
        return fields;
    }

    /** The header's warnings, and one for each cell with text in a column without a name. */
    private List<IntakeWarning> warnings(CsvRows.Row row) {
        List<IntakeWarning> all = warnings;
        CsvRows.CellPlaces places = null;
        for (int i : nameless) {
            if (!row.cells().get(i).isBlank()) {
                if (all == warnings) {
                    all = new ArrayList<>(warnings);
                    places = row.places();
                }
                all.add(places.warningInCell(i, "column " + (i + 1) + " has no name in the header: its text is "
                        + ProfileBinder.NOT_READ));
            }
        }
        return all;
    }

    /**
     * The id a row under a header that could not be read names: its cell under the header's one `id` column, not
     * blank, when the row is as wide as the header; else null. A label for the row reported as not read.
     */
    public static String idUnder(CsvRows.Row header, CsvRows.Row row) {
        int at = -1;
        for (int i = 0; i < header.cells().size(); i++) {
            if (header.cells().get(i).strip().equals("id")) {
                if (at >= 0) {
                    return null;
                }
                at = i;
            }
        }
        return at < 0 || row.cells().size() != header.cells().size() ? null : idIn(row.cells().get(at));
    }

    /**
     * The id a row that could not be read names: its id cell, not blank, when the row has the header's width (a
     * row with a cell too many or too few may have its cells shifted); else null.
     */
    public String namedId(CsvRows.Row row) {
        return row.cells().size() == width ? namedId(row.cells()) : null;
    }

    /**
     * The id that cells from a row's start name: those of a row its quotes broke, read before the break, lie where
     * the header says, as the cells after it may not. Null when the id cell is not among them, or is blank.
     */
    public String namedId(List<String> cells) {
        int i = column.get("id");
        return i >= cells.size() ? null : idIn(cells.get(i));
    }

    private static String idIn(String cell) {
        String id = cell.strip();
        return id.isEmpty() || id.indexOf('\uFFFD') >= 0 ? null : id;
    }

    private String cell(CsvRows.Row row, String name) {
        Integer i = column.get(name);
        return i == null ? null : row.cells().get(i);
    }

    /** null when the column is missing (unknown); empty when the cell is empty (asked, none). */
    private List<String> list(CsvRows.Row row, String name) {
        String text = cell(row, name);
        if (text == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return IntakeProfile.noneAware(name, items);
    }

    private InvalidInputException problem(CsvRows.Row row, String name, String message) {
        return row.places().problemInCell(column.get(name), Problem.TYPE, message);
    }
}
