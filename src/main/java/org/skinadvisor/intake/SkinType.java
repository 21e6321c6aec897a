package org.skinadvisor.intake;

import org.skinadvisor.knowledge.FitzpatrickType;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A patient's Fitzpatrick skin type as the record gives it: one type, or a range a clinician could not narrow
 * ("III-IV", "3/4", "III to IV"). A range had made the whole record an error record, never screened.
 */
public record SkinType(FitzpatrickType lowest, FitzpatrickType highest) {
    /** One per type, kept: `screen` reads a skin type for most of a million records. */
    private static final SkinType[] SINGLE = new SkinType[FitzpatrickType.values().length];

    static {
        for (FitzpatrickType t : FitzpatrickType.values()) {
            SINGLE[t.ordinal()] = new SkinType(t, t);
        }
    }

    /** Between the two types of a range: a dash, a slash or "to", with or without spaces. */
    private static final Pattern RANGE = Pattern.compile("\\s*(?:[-\u2013\u2014/]|\\s[Tt][Oo]\\s)\\s*");

    public SkinType {
        if (lowest.compareTo(highest) > 0) {
            throw new IllegalArgumentException("a skin type range runs from the lower type: " + lowest + "-" + highest);
        }
    }

    public static SkinType of(FitzpatrickType type) {
        return SINGLE[type.ordinal()];
    }

    /** One type as {@link FitzpatrickType#parse} reads it, or two of them as a range in either order; else null. */
    public static SkinType parse(String text) {
        FitzpatrickType single = FitzpatrickType.parse(text);
        if (single != null) {
            return of(single);
        }
        String[] ends = RANGE.split(text.strip(), -1);
        if (ends.length != 2) {
            return null;
        }
        FitzpatrickType a = FitzpatrickType.parse(ends[0]);
        FitzpatrickType b = a == null || ends[1].isBlank() ? null : FitzpatrickType.parse(ends[1]);
        if (b == null) {
            return null;
        }
        return a.compareTo(b) <= 0 ? range(a, b) : range(b, a);
    }

    private static SkinType range(FitzpatrickType lowest, FitzpatrickType highest) {
        return lowest == highest ? of(lowest) : new SkinType(lowest, highest);
    }

    public boolean isRange() {
        return lowest != highest;
    }

    public boolean includes(FitzpatrickType type) {
        return lowest.compareTo(type) <= 0 && type.compareTo(highest) <= 0;
    }

    /** The types from the lowest to the highest. */
    public List<FitzpatrickType> types() {
        return Arrays.stream(FitzpatrickType.values()).filter(this::includes).toList();
    }

    /** As a report writes it: "IV", or "III-IV". */
    @Override
    public String toString() {
        return isRange() ? lowest + "-" + highest : lowest.name();
    }
}
