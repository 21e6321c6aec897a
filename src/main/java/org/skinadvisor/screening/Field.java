package org.skinadvisor.screening;

import org.skinadvisor.intake.IntakeProfile;

import java.util.Set;

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

    /**
     * Whether this part of the record rules nothing out (hazard H2): absent, or a list that says it is not known
     * ({@code saidNotKnown}, as {@link Assessment#notKnown()} holds it).
     */
    public boolean rulesNothingOut(IntakeProfile p, Set<Field> saidNotKnown) {
        return saidNotKnown.contains(this) || switch (this) {
            case CONDITIONS -> p.conditions() == null;
            case MEDICATIONS -> p.medications() == null;
            case FITZPATRICK -> p.fitzpatrick() == null;
            case CONCERNS, ANSWERS, UNKNOWN_FIELD -> false;
        };
    }
}
