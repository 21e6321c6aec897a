package org.skinadvisor.screening;

import java.util.List;

/** Why a part of the record rules nothing out, in the words every report uses. */
public enum NotKnown {
    /** The list or the skin type is absent (for a CSV export, its column is). */
    NOT_RECORDED("not recorded"),
    /** The list is there, but an entry says the answer is not known ("unsure", "?"). */
    RECORDED_AS_NOT_KNOWN("recorded as not known"),
    /**
     * The list is there, but an entry is one no rule recognises ("von Willebrand disease" where no source names it):
     * the rules cannot tell it is none of what they screen for.
     */
    RECORDED_WITH_UNRECOGNISED_ENTRY("recorded with an entry no rule recognises"),
    /** A screening question the lists did not settle was answered unknown. */
    ANSWERED_UNKNOWN("answered unknown");

    /** The parts of a record that can rule nothing out, in the order reports name them. */
    public static final List<Field> PARTS = List.of(Field.CONDITIONS, Field.MEDICATIONS, Field.FITZPATRICK,
            Field.ANSWERS);

    private final String word;

    NotKnown(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
