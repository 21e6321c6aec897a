package org.skinadvisor.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A reason not to treat. Triggers are condition phrases, drug classes and Fitzpatrick types; {@code except}
 * phrases cancel a condition match they contain ("acne scars" is not active acne).
 */
public record Contraindication(String id, String name, List<Trigger> conditions, List<String> drugClasses,
                               Set<FitzpatrickType> fitzpatrick, List<String> except, Question question,
                               List<String> sources, List<Applicability> treatments) {

    public Optional<Applicability> forTreatment(String treatmentId) {
        return treatments.stream().filter(a -> a.treatment().equals(treatmentId)).findFirst();
    }
}
