package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.report.SafeText;

import java.io.PrintWriter;
import java.util.Map;

/** Error messages on stderr: one line each, input-derived text neutralised, never a stack trace. */
final class Reporting {
    private Reporting() {
    }

    /** Each of the record's errors on a line of its own, in the order of their places. */
    static void invalid(PrintWriter err, String source, InvalidInputException e) {
        for (InvalidInputException each : e.all()) {
            // FILE:LINE:COL: message, or FILE: message when the problem has no place in the file
            err.println("skinadvisor: " + SafeText.terminal(source) + (each.line() > 0 ? ":" : ": ")
                    + SafeText.terminal(each.located()) + " [" + each.problem().code() + "]");
        }
        err.flush();
    }

    static void brokenKnowledgeBase(PrintWriter err, KnowledgeBaseException e) {
        err.println("skinadvisor: " + SafeText.terminal(e.getMessage()) + "; refusing to use it:");
        e.problems().forEach(p -> err.println("  " + SafeText.terminal(p)));
        err.flush();
    }

    /** "1 record", "2 records": a summary read by people as well as scripts. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "3 files skipped": what a walk left out is counted, and its reasons listed, never silently dropped. */
    static String skipped(Map<String, Integer> skipped) {
        return count(skipped.values().stream().mapToInt(Integer::intValue).sum(), "file") + " skipped";
    }

    /** A line per reason a walk skipped files, under the summary line. */
    static void skipReasons(PrintWriter err, Map<String, Integer> skipped) {
        skipped.forEach((why, n) -> err.printf("  skipped %d: %s%n", n, why));
    }
}
