package org.skinadvisor.intake;

import java.util.Locale;

/** An explicit answer to a screening question. */
public enum Answer {
    YES, NO, UNKNOWN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** yes/no/unknown, also y/n/u; null for anything else. */
    public static Answer parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes": case "y": return YES;
            case "no": case "n": return NO;
            case "unknown": case "u": return UNKNOWN;
            default: return null;
        }
    }
}
