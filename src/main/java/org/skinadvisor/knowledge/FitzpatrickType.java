package org.skinadvisor.knowledge;

import java.util.Locale;

/** Fitzpatrick skin phototype, I (always burns) to VI. */
public enum FitzpatrickType {
    I, II, III, IV, V, VI;

    /** Accepts I-VI (any case) and 1-6; returns null for anything else. */
    public static FitzpatrickType parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (FitzpatrickType f : values()) {
            if (f.name().equals(t) || String.valueOf(f.ordinal() + 1).equals(t)) {
                return f;
            }
        }
        return null;
    }
}
