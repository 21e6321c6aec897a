package org.skinadvisor.screening;

/** A treatment's verdict for one patient, in the order the rules test them after the indication. */
public enum Verdict {
    NOT_INDICATED("not-indicated"),
    CONTRAINDICATED("contraindicated"),
    CAUTION("caution"),
    REVIEW("review"),
    SUITABLE("suitable");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
