package org.skinadvisor.screening;

import java.util.List;

/**
 * The screening result for one patient. {@code recommendation} is the id of the suitable treatment that best
 * addresses the concerns, or null when no treatment is suitable. {@code unmatched} lists condition and
 * medication entries that no rule recognised, so that "no findings" is never mistaken for "checked".
 */
public record Assessment(String profileId, List<ConcernMatch> concerns, List<Unrecognized> unrecognized,
                         List<TreatmentAssessment> treatments, String recommendation, List<String> unmatched) {
}
