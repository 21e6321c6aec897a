package org.skinadvisor.screening;

/**
 * What in the record matched a rule: the patient's entry ({@code input}, in {@code field}), the knowledge
 * base term it matched, what that term stands for ({@code via}, e.g. "apixaban, Anticoagulants (ATC B01A)"),
 * and, for a probable match, the question that would confirm it.
 */
public record Evidence(Field field, String input, String term, String via, String confirm) {
    public boolean certain() {
        return confirm == null;
    }
}
