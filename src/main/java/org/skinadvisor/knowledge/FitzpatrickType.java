package org.skinadvisor.knowledge;

import java.util.Locale;

/** Fitzpatrick skin phototype, I (always burns) to VI. */
public enum FitzpatrickType {
    I, II, III, IV, V, VI;

    /** Kept, not made per call: `screen` parses a skin type for most of a million records. */
    private static final FitzpatrickType[] TYPES = values();
    private static final String[] NUMBERS = {"1", "2", "3", "4", "5", "6"};

    /** Accepts I-VI (any case) and 1-6, also written "Type IV" as intake forms often do; null for anything else. */
    public static FitzpatrickType parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("TYPE")) {
            t = t.substring(4).trim();
        }
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i].name().equals(t) || NUMBERS[i].equals(t)) {
                return TYPES[i];
            }
        }
        return null;
    }
}
