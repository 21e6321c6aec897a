package org.skinadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which of standard input, output and error are terminals, each on its own, and whether the user refused colour.
 * System.console() answers for standard input and output together: with input piped
 * (`cat export.csv | skinadvisor screen -`) it says no although the report goes to a terminal, and with output
 * redirected (`check -i > report.txt`) it says no although the clinician is typing the answers.
 */
record Terminal(boolean stdin, boolean stdout, boolean stderr, boolean colourRefused) {
    /** In-process runs (tests) read and write captured streams. */
    static final Terminal NONE = new Terminal(false, false, false, false);

    static Terminal ofThisProcess() {
        return new Terminal(isTerminal(0), isTerminal(1), isTerminal(2), colourRefused(System.getenv()));
    }

    /** Colour in the report only when it goes to a terminal whose user has not refused it. */
    boolean colour() {
        return stdout && !colourRefused;
    }

    /** NO_COLOR set and not empty (no-color.org), or a terminal that declares it has no escape codes. */
    static boolean colourRefused(Map<String, String> environment) {
        String noColour = environment.get("NO_COLOR");
        return noColour != null && !noColour.isEmpty() || "dumb".equals(environment.get("TERM"));
    }

    /**
     * The regular file standard output is redirected to (`screen intake/ > intake/report.jsonl`), by its real path;
     * null when it is a terminal, a pipe or a device, or cannot be told (no /proc: not Linux).
     */
    static Path redirectedStdout() {
        Path descriptor = Path.of("/proc/self/fd/1");
        try {
            return Files.isRegularFile(descriptor) ? descriptor.toRealPath() : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
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
