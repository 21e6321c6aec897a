package org.skinadvisor.intake;

import java.nio.charset.StandardCharsets;

/**
 * Tells the format of standard input from its first bytes: for `screen` when --stdin-format does not say, and
 * for `check`, to send a CSV export on to `screen`.
 */
public final class StdinFormat {
    /** How much of the input is looked at: the first line is what decides. */
    public static final int HEAD = 1 << 16;

    private StdinFormat() {
    }

    /** {@code data}: the input's first bytes, or all of it (`check` holds all of it); only the head is decoded. */
    public static IntakeFormat detect(byte[] data) {
        String text = new String(data, 0, Math.min(data.length, HEAD), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[")) {
            return IntakeFormat.JSON;
        }
        int nl = trimmed.indexOf('\n');
        String firstLine = (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
        if (trimmed.startsWith("{") && IntakeFormat.byContent(data) == IntakeFormat.JSON) {
            return firstLine.endsWith("}") ? IntakeFormat.JSON_LINES : IntakeFormat.JSON;
        }
        // A line of cells, with commas, or with the semicolons or tabs some spreadsheets write, and no colon: as YAML
        // it could only be "expected an intake profile"; read as CSV, its error says what to change (a header to
        // fix, or a missing header row). Never a YAML comment.
        if ((firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t")) && !firstLine.contains(":")
                && !firstLine.startsWith("#")) {
            return IntakeFormat.CSV;
        }
        // Excel's line naming the delimiter (`sep=|`, `sep=` and a tab), which `CsvRows` reads, is never a YAML
        // profile either.
        if (CsvRows.namedSeparator((nl < 0 ? trimmed : trimmed.substring(0, nl)).replace("\r", "")) != -1) {
            return IntakeFormat.CSV;
        }
        return IntakeFormat.YAML;
    }
}
