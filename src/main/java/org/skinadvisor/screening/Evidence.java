package org.skinadvisor.screening;

/**
 * What in the record matched a rule: the patient's entry ({@code input}, in {@code field}), the knowledge
 * base term it matched, what that term stands for ({@code via}, e.g. "apixaban, Anticoagulants (ATC B01A)"),
 * and, for a probable match, the question that would confirm it. {@code settledByNo}: a probable match of a term
 * written as such, whose doubt is the one the rule's question asks (the entry says it may not apply, "no keloids";
 * the knowledge base asks to confirm it, "mole"), so that a recorded no rules it out. A near spelling's doubt is
 * which drug or condition it is, which the rule's question does not ask: a patient on "warfrin" may not know that
 * warfarin is a blood thinner.
 */
public record Evidence(Field field, String input, String term, String via, String confirm, boolean settledByNo) {
    public Evidence(Field field, String input, String term, String via, String confirm) {
        this(field, input, term, via, confirm, false);
    }

    public boolean certain() {
        return confirm == null;
    }
}
