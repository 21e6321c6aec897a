package org.skinadvisor.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every exit status the tool uses; listed in --help and pinned by tests. */
public enum ExitCode {
    OK(0, "every record was assessed and the report printed"),
    INVALID_INPUT(1, "an intake record is invalid or unreadable (the message names the file, line and column)"),
    USAGE(2, "usage error: unknown option, missing input, or a --conditions file that is unreadable or invalid"),
    INTERNAL(70, "internal error: a bug in skinadvisor (run with --debug for the trace and report it)"),
    OUTPUT_FAILED(74, "a file could not be written (output closed early, disk full): screen's report, where an"
            + " --output file is left as it was, or check's --save file");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** Codes right-aligned in three columns. Padded by hand: String.format would load locale data at every start. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode e : values()) {
            String code = Integer.toString(e.code);
            list.put("   ".substring(code.length()) + code, e.meaning);
        }
        return list;
    }
}
