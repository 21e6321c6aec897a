package org.skinadvisor.knowledge;

public enum Severity implements Worded {
    /** Contraindicated. */
    ABSOLUTE("absolute"),
    /** Caution. */
    RELATIVE("relative");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }

    public static Severity fromWord(String word) {
        return Worded.fromWord(Severity.class, word);
    }
}
