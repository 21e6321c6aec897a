package org.skinadvisor.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The errors found in one record, in the order found. The first found is the record's error; when something stops
 * the reading, that is, since it says how far the record was read. The first {@value #KEPT} are kept; those after
 * them are counted and said in one more error, placed at the first of them. A record can hold an error per list
 * entry (a megabyte line of numbers held half a million, which ran a batch out of memory), and each kept one is
 * written in the record's report.
 */
public final class RecordErrors {
    public static final int KEPT = 100;
    private List<InvalidInputException> kept; // made only for a record that has one: most have none
    private InvalidInputException firstLeftOut;
    private int leftOut;

    public void add(InvalidInputException e) {
        if (kept == null) {
            kept = new ArrayList<>(2);
        }
        if (kept.size() < KEPT) {
            kept.add(e);
        } else if (leftOut++ == 0) {
            firstLeftOut = e;
        }
    }

    public boolean isEmpty() {
        return kept == null;
    }

    /** The record's error: the one that stopped its reading, with those found before it. */
    public InvalidInputException stoppedBy(InvalidInputException e, List<IntakeWarning> warnings) {
        return e.withOthers(list(), warnings);
    }

    public void throwIfAny(List<IntakeWarning> warnings) throws InvalidInputException {
        if (kept != null) {
            throw InvalidInputException.firstOf(list(), warnings);
        }
    }

    private List<InvalidInputException> list() {
        if (leftOut == 0) {
            return kept == null ? List.of() : kept;
        }
        List<InvalidInputException> all = new ArrayList<>(kept);
        all.add(new InvalidInputException(Problem.LIMIT_EXCEEDED, String.format(Locale.ROOT, "%,d", leftOut)
                + (leftOut == 1 ? " more error" : " more errors")
                + " from here on, not listed (a record lists its first " + KEPT + "): fix those and read it again",
                firstLeftOut.line(), firstLeftOut.column()));
        return all;
    }
}
