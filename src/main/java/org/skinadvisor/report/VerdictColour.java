package org.skinadvisor.report;

import org.skinadvisor.screening.Verdict;

/** A verdict's colour on a terminal, the same in `check`'s report and `screen`'s table: green, red or yellow. */
final class VerdictColour {
    private VerdictColour() {
    }

    /** The verdict's word in bold and its colour. */
    static String word(Verdict v) {
        return style("1;" + code(v), v.word());
    }

    static String style(String code, String text) {
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    private static String code(Verdict v) {
        return switch (v) {
            case SUITABLE -> "32";
            case CONTRAINDICATED -> "31";
            case CAUTION, REVIEW -> "33";
            case NOT_INDICATED -> "2";
        };
    }
}
