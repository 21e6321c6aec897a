package org.skinadvisor.report;

/**
 * Neutralises text from the input before it reaches a terminal: control characters (C0, DEL, C1) and
 * invisible format characters such as right-to-left overrides become visible \\uXXXX escapes, so an intake
 * file cannot clear the screen, forge lines or reorder what the clinician reads.
 */
public final class SafeText {
    private SafeText() {
    }

    public static String terminal(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                    || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c) && !validPair(s, i);
            if (unsafe) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
