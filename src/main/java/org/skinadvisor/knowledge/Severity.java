package org.skinadvisor.knowledge;

public enum Severity {
    /** Contraindicated. */
    ABSOLUTE("absolute"),
    /** Caution. */
    RELATIVE("relative");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }

    public static Severity fromWord(String word) {
        for (Severity s : values()) {
            if (s.word.equals(word)) {
                return s;
            }
        }
        return null;
    }
}
