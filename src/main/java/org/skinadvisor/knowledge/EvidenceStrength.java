package org.skinadvisor.knowledge;

/** How well a treatment addresses a concern, weakest first (the reference sheet's grading). */
public enum EvidenceStrength implements Worded {
    LIMITED("limited"),
    LIMITED_MODERATE("limited-moderate"),
    MODERATE("moderate"),
    GOOD("good");

    private final String word;

    EvidenceStrength(String word) {
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

    public static EvidenceStrength fromWord(String word) {
        return Worded.fromWord(EvidenceStrength.class, word);
    }
}
