package org.skinadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;

/**
 * A usage error in a few lines: what was wrong, picocli's suggestions for a misspelt option or subcommand, the
 * synopsis, and where the full help is. picocli's default prints the whole help after the message, which scrolls
 * the one line that matters off a terminal.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        List<String> unmatched = cmd.getUnmatchedArguments();
        if (ex instanceof MissingParameterException && !unmatched.isEmpty()) {
            // picocli reports a missing parameter before an unknown option (`screen --formt`): both are said,
            // the misspelt option first, with the options it may have meant.
            UnmatchedArgumentException unknown = new UnmatchedArgumentException(cmd, unmatched);
            err.println(cmd.getColorScheme().errorText(unknown.getMessage()));
            UnmatchedArgumentException.printSuggestions(unknown, err);
        }
        err.println(cmd.getColorScheme().errorText(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(cmd.getHelp().fullSynopsis());
        err.printf("Try '%s --help' for more information.%n", cmd.getCommandSpec().qualifiedName());
        err.flush();
        return ExitCode.USAGE.code();
    }
}
