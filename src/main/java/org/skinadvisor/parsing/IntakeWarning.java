package org.skinadvisor.parsing;

/** Something in the record that was not used, e.g. a misspelt field; line 0 when unknown. */
public record IntakeWarning(String message, int line, int column) {
    public String located() {
        return line > 0 ? line + ":" + column + ": " + message : message;
    }
}
