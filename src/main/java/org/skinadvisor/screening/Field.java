package org.skinadvisor.screening;

/** The part of the intake record a piece of evidence came from. */
public enum Field {
    CONCERNS("concerns"),
    CONDITIONS("conditions"),
    MEDICATIONS("medications"),
    FITZPATRICK("fitzpatrick"),
    ANSWERS("answers"),
    /** A field or column the intake does not have: searched only for what to ask, never read as a list (H29). */
    UNKNOWN_FIELD("unknown field");

    private final String word;

    Field(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
