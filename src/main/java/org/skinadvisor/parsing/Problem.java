package org.skinadvisor.parsing;

/** The kinds of invalid input, as stable codes that scripts can rely on. */
public enum Problem {
    EMPTY("empty"),
    SYNTAX("syntax"),
    ENCODING("encoding"),
    DUPLICATE_KEY("duplicate_key"),
    UNSUPPORTED_YAML("unsupported_yaml"),
    LIMIT_EXCEEDED("limit_exceeded"),
    TYPE("type"),
    MISSING_FIELD("missing_field"),
    MULTIPLE_DOCUMENTS("multiple_documents"),
    UNREADABLE("unreadable"),
    UNSUPPORTED_FORMAT("unsupported_format"),
    NOT_READ("not_read"),
    INTERNAL("internal");

    private final String code;

    Problem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
