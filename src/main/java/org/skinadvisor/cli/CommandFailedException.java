package org.skinadvisor.cli;

/** Ends a command with an exit code after its message was printed; not an internal error. */
final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode code;

    CommandFailedException(ExitCode code) {
        super(null, null, false, false);
        this.code = code;
    }

    ExitCode code() {
        return code;
    }
}
