package org.skinadvisor.parsing;

/**
 * Input that cannot be read as what it should be. The message never quotes the patient's data;
 * line and column are 1-based, 0 when unknown.
 */
public final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Problem problem;
    private final int line;
    private final int column;

    public InvalidInputException(Problem problem, String message, int line, int column) {
        super(message, null, false, false);
        this.problem = problem;
        this.line = line;
        this.column = column;
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

    /** "line:col: message", or just the message when the position is unknown. */
    public String located() {
        return line > 0 ? line + ":" + column + ": " + getMessage() : getMessage();
    }
}
