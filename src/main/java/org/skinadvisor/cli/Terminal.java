package org.skinadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output and standard error are terminals, each on its own. System.console() answers for
 * standard input and output together: with input piped (`cat export.csv | skinadvisor screen -`) it says no
 * although the report goes to a terminal, and with output redirected (`> report.jsonl`) it says no although
 * standard error, where progress goes, is one.
 */
record Terminal(boolean stdout, boolean stderr) {
    /** In-process runs (tests) write to captured streams. */
    static final Terminal NONE = new Terminal(false, false);

    static Terminal ofThisProcess() {
        return new Terminal(isTerminal(1), isTerminal(2));
    }

    private static boolean isTerminal(int descriptor) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // no /proc (not Linux): the JVM's own, joint test
        }
    }
}
