package org.skinadvisor.screening;

import java.util.List;
import java.util.Set;

/**
 * The screening result for one patient. {@code recommendation} is the id of the suitable treatment that best
 * addresses the concerns, or null when no treatment is suitable. {@code unmatched} lists condition and
 * medication entries that no rule recognised, so that "no findings" is never mistaken for "checked".
 * {@code notKnown} holds the lists given with an entry that says the answer is not known ("unsure", "?"):
 * like an absent list, such a list rules nothing out.
 */
public record Assessment(String profileId, List<ConcernMatch> concerns, List<Unrecognized> unrecognized,
                         List<TreatmentAssessment> treatments, String recommendation, List<String> unmatched,
                         Set<Field> notKnown) {
}
