package org.skinadvisor.intake;

import java.util.Locale;

/** An explicit answer to a screening question. */
public enum Answer {
    YES, NO, UNKNOWN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An answer as a spreadsheet cell writes it: also a checkbox's TRUE or FALSE, and ? for unknown. */
    public static Answer parseCell(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> YES;
            case "false" -> NO;
            case "?" -> UNKNOWN;
            default -> parse(text);
        };
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
