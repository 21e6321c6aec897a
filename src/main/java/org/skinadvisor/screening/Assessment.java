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
 * medication entries that no rule recognised, so that "no findings" is never mistaken for "checked".
 * {@code saidNotKnown} holds the lists given with an entry that says the answer is not known ("unsure", "?"):
 * like an absent list, such a list rules nothing out. {@code notRecorded} holds the lists and skin type absent.
 */
public record Assessment(String profileId, List<ConcernMatch> concerns, List<Unrecognized> unrecognized,
                         List<TreatmentAssessment> treatments, String recommendation, List<String> unmatched,
                         Set<Field> saidNotKnown, Set<Field> notRecorded) {

    /**
     * Why {@code part} of the record rules nothing out, or null when it rules out what it can. Every field an open
     * check is {@linkplain Check#missing() missing} has a reason here, so a report can always say why it is open.
     */
    public NotKnown whyNotKnown(Field part) {
        if (saidNotKnown.contains(part)) {
            return NotKnown.RECORDED_AS_NOT_KNOWN;
        }
        if (notRecorded.contains(part)) {
            return NotKnown.NOT_RECORDED;
        }
        return part == Field.ANSWERS && answeredUnknownLeftOpen() ? NotKnown.ANSWERED_UNKNOWN : null;
    }

    private boolean answeredUnknownLeftOpen() {
        for (TreatmentAssessment ta : treatments) {
            for (Check c : ta.checks()) {
                if (c.status() == CheckStatus.UNKNOWN && c.missing().contains(Field.ANSWERS)) {
                    return true;
                }
            }
        }
        return false;
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
