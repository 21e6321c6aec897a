package org.skinadvisor.parsing;

/** Explicit bounds on every document the tool parses: intake records are small and flat. */
public final class Limits {
    /** One intake file or one knowledge base, in bytes. */
    public static final int MAX_FILE_BYTES = 4 << 20;
    /** One YAML document inside a multi-document file, in code points. */
    public static final int MAX_YAML_DOCUMENT_CODE_POINTS = 1 << 20;
    public static final int MAX_NESTING_DEPTH = 16;
    public static final int MAX_STRING_LENGTH = 10_000;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NUMBER_LENGTH = 20;
    /** Keys in one mapping: an intake profile has a few, and so does each mapping of a knowledge base (at most 8). */
    public static final int MAX_KEYS = 1_000;
    /** A file of several records (multi-document YAML, a JSON array), in bytes. */
    public static final int MAX_BATCH_FILE_BYTES = 8 << 20;
    /** One JSON Lines record, in bytes. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private Limits() {
    }
}
