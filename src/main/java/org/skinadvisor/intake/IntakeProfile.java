package org.skinadvisor.intake;

import org.skinadvisor.knowledge.FitzpatrickType;

import java.util.List;
import java.util.Map;

/**
 * One patient's intake. A {@code null} list means the question was not asked (unknown); an empty list
 * means it was asked and the answer is none. {@code age}, {@code fitzpatrick} and {@code notes} may be null.
 */
public record IntakeProfile(String id, List<String> concerns, List<String> conditions, List<String> medications,
                            Integer age, FitzpatrickType fitzpatrick, String notes, Map<String, Answer> answers) {
    public IntakeProfile {
        concerns = List.copyOf(concerns);
        conditions = conditions == null ? null : List.copyOf(conditions);
        medications = medications == null ? null : List.copyOf(medications);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
