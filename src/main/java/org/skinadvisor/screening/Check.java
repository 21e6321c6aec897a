package org.skinadvisor.screening;

import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Contraindication;

import java.util.List;
import java.util.Set;

/**
 * One contraindication checked for one treatment: its status, the evidence, the fields that were missing, and
 * whether the record's answers said no to its question. Without a finding, that no clears the check, and so it does
 * a probable finding whose doubt is the question's ({@link Evidence#settledByNo()}: "no keloids", "mole"); on any
 * other finding what the record shows (its lists, its skin type) contradicts it and wins, and reports say so, so that
 * an answer is never set aside in silence.
 */
public record Check(Contraindication contraindication, Applicability applicability, CheckStatus status,
                    List<Evidence> evidence, Set<Field> missing, boolean answeredNo) {

    /**
     * Ruled out by an answer no alone: the lists or skin type it needs were not recorded, or said not known, or an
     * entry probably names it. A verdict that rests on the record's answers says so, rather than reading as checked
     * lists.
     */
    public boolean clearedByAnswer() {
        return status == CheckStatus.CLEAR && answeredNo && (!missing.isEmpty() || !evidence.isEmpty());
    }

    /** Whether a recorded no rules out a probable finding made of this evidence: each piece says so. */
    public static boolean settledByNo(List<Evidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            if (!evidence.get(i).settledByNo()) {
                return false;
            }
        }
        return true;
    }
}
