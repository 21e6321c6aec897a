package org.skinadvisor.report;

/** Word-wrapping to an 80-column terminal, continuing under the first line's text. */
final class Columns {
    static final int WIDTH = 80;

    private Columns() {
    }

    static void wrap(StringBuilder out, String prefix, String text) {
        wrap(out, prefix, " ".repeat(prefix.length()), text);
    }

    /** Wraps with {@code indent} starting each continuation line (e.g. a YAML comment marker). */
    static void wrap(StringBuilder out, String prefix, String indent, String text) {
        StringBuilder current = new StringBuilder(prefix);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && current.length() + 1 + word.length() > WIDTH) {
                out.append(current).append('\n');
                current = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
            empty = false;
        }
        out.append(current).append('\n');
    }
}
