package org.skinadvisor.screening;

/** The part of the intake record a piece of evidence came from. */
public enum Field {
    CONCERNS("concerns"),
    CONDITIONS("conditions"),
    MEDICATIONS("medications"),
    FITZPATRICK("fitzpatrick"),
    ANSWERS("answers");

    private final String word;

    Field(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
