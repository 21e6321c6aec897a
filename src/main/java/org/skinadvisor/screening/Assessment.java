package org.skinadvisor.screening;

import org.skinadvisor.knowledge.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The screening result for one patient. {@code recommendation} is the id of the suitable treatment that best
 * addresses the concerns, or null when no treatment is suitable. {@code unmatched} lists condition and
 * medication entries that no rule recognised, the conditions' first ({@code unmatchedConditions} of them): each
 * leaves its list ruling out nothing it does not name, so that "no findings" is never mistaken for "checked".
 * {@code notKnown} says why each part of the record that rules nothing out does, in {@link NotKnown#PARTS} order:
 * absent, given with an entry that says the answer is not known ("unsure", "?"), given with an entry no rule
 * recognised, or answered unknown where the lists did not settle a question. Every part an open check
 * {@linkplain Check#missing() misses} has its reason there, so that a report can always say why a question is open.
 */
public record Assessment(String profileId, List<ConcernMatch> concerns, List<Unrecognized> unrecognized,
                         List<TreatmentAssessment> treatments, String recommendation, List<String> unmatched,
                         int unmatchedConditions, Map<Field, NotKnown> notKnown) {

    /** The entries of one list ({@code CONDITIONS} or {@code MEDICATIONS}) that no rule recognised. */
    public List<String> unmatched(Field list) {
        return switch (list) {
            case CONDITIONS -> unmatched.subList(0, unmatchedConditions);
            case MEDICATIONS -> unmatched.subList(unmatchedConditions, unmatched.size());
            default -> List.of();
        };
    }

    /** The questions that would settle an unknown check, each once, in the order the treatments need them. */
    public List<Question> questions() {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (TreatmentAssessment ta : treatments) {
            for (Check c : ta.checks()) {
                if (c.status() == CheckStatus.UNKNOWN) {
                    Question q = c.contraindication().question();
                    questions.putIfAbsent(q.id(), q);
                }
            }
        }
        return List.copyOf(questions.values());
    }

    /**
     * The ids of the questions the record answered no while its lists or skin type show what they ask about, each
     * once, in the order the treatments list them: the record contradicts itself, and the finding stands until a
     * clinician settles it with the patient.
     */
    public Set<String> contradictedAnswers() {
        Set<String> questions = new LinkedHashSet<>();
        for (TreatmentAssessment ta : treatments) {
            for (Check c : ta.findings()) {
                if (c.answeredNo()) {
                    questions.add(c.contraindication().question().id());
                }
            }
        }
        return questions;
    }

    /** The ids of the treatments whose caution is {@linkplain TreatmentAssessment#notSettled() not settled}. */
    public List<String> notSettled() {
        List<String> ids = new ArrayList<>();
        for (TreatmentAssessment ta : treatments) {
            if (ta.notSettled()) {
                ids.add(ta.treatment().id());
            }
        }
        return ids;
    }
}
