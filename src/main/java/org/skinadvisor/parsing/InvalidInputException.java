package org.skinadvisor.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Input that cannot be read as what it should be. The message never quotes the patient's data;
 * line and column are 1-based, 0 when unknown. A record with several problems is one exception: the one that
 * decided how far the record was read, with the other errors ({@link #alsoFound()}) and the warnings found in it,
 * so that `validate` lists them all at once.
 */
public final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Errors in the order of their places in the input. */
    private static final Comparator<InvalidInputException> BY_PLACE =
            Comparator.comparingInt(InvalidInputException::line).thenComparingInt(InvalidInputException::column);
    private final Problem problem;
    private final int line;
    private final int column;
    private final transient List<InvalidInputException> alsoFound;
    private final transient List<IntakeWarning> warnings;

    public InvalidInputException(Problem problem, String message, int line, int column) {
        this(problem, message, line, column, List.of(), List.of());
    }

    private InvalidInputException(Problem problem, String message, int line, int column,
                                  List<InvalidInputException> alsoFound, List<IntakeWarning> warnings) {
        super(message, null, false, false);
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.alsoFound = List.copyOf(alsoFound);
        this.warnings = List.copyOf(warnings);
    }

    /** A record's errors as one: the first found, carrying the rest and the record's warnings. */
    public static InvalidInputException firstOf(List<InvalidInputException> errors, List<IntakeWarning> warnings) {
        return errors.get(0).withOthers(errors.subList(1, errors.size()), warnings);
    }

    /** This problem, with the other errors and the warnings found in the same record. */
    public InvalidInputException withOthers(List<InvalidInputException> alsoFound, List<IntakeWarning> warnings) {
        return new InvalidInputException(problem, getMessage(), line, column, alsoFound, warnings);
    }

    /** This problem said and placed anew, with the same other errors and warnings. */
    public InvalidInputException reworded(String message, int line, int column) {
        return new InvalidInputException(problem, message, line, column, alsoFound, warnings);
    }

    public Problem problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The record's other errors, in the order found; each has none of its own. */
    public List<InvalidInputException> alsoFound() {
        return alsoFound;
    }

    /** This error and the others, in the order of their places in the input. */
    public List<InvalidInputException> all() {
        if (alsoFound.isEmpty()) {
            return List.of(this);
        }
        List<InvalidInputException> all = new ArrayList<>(alsoFound.size() + 1);
        all.add(this);
        all.addAll(alsoFound);
        all.sort(BY_PLACE);
        return all;
    }

    /** The record's other errors, in the order of their places in the input: an error record lists them after this. */
    public List<InvalidInputException> othersByPlace() {
        List<InvalidInputException> others = new ArrayList<>(alsoFound);
        others.sort(BY_PLACE);
        return others;
    }

    /** What in the record would have been a warning had it been read (an unknown field, a misspelt question). */
    public List<IntakeWarning> warnings() {
        return warnings;
    }

    /** "line:col: message", or just the message when the position is unknown. */
    public String located() {
        return line > 0 ? line + ":" + column + ": " + getMessage() : getMessage();
    }
}
