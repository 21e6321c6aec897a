package org.skinadvisor.screening;

import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.Treatment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One treatment's verdict, the concerns it addresses, and every contraindication as checked. */
public record TreatmentAssessment(Treatment treatment, Verdict verdict, List<Indication> addresses, List<Check> checks) {

    /** Contraindications that matched or probably matched. */
    public List<Check> findings() {
        return checks.stream().filter(c -> c.status() == CheckStatus.MATCHED || c.status() == CheckStatus.PROBABLE).toList();
    }

    /**
     * For each open check (unknown or probable) whose answer would change the verdict, the verdict if its question
     * were answered yes or no, the others staying open; the questions whose yes weighs most come first,
     * knowledge-base order otherwise. Under review every open question counts; under caution only those whose yes
     * makes it contraindicated, since a caution with an absolute contraindication still open is not settled. A no
     * leaves a probable finding that it does not settle as it is (what the record shows wins over an answer): "no ->
     * suitable" had been promised for "warfrin" beside a recorded no that left the verdict review.
     */
    public List<WhatIf> whatIf() {
        if (verdict != Verdict.REVIEW && verdict != Verdict.CAUTION) {
            return List.of();
        }
        List<WhatIf> out = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (c.status() == CheckStatus.UNKNOWN || c.status() == CheckStatus.PROBABLE) {
                Verdict ifYes = Screener.verdict(addresses, checks, i, CheckStatus.MATCHED);
                Verdict ifNo = c.status() == CheckStatus.PROBABLE && !Check.settledByNo(c.evidence()) ? verdict
                        : Screener.verdict(addresses, checks, i, CheckStatus.CLEAR);
                if (ifYes != verdict || ifNo != verdict) {
                    out.add(new WhatIf(c.contraindication().question(), c.contraindication().id(), ifYes, ifNo));
                }
            }
        }
        out.sort(Comparator.comparing((WhatIf w) -> w.ifYes().ordinal()));
        return out;
    }

    /**
     * A caution an open question's yes would make contraindicated: read as "go ahead with care" while an absolute
     * contraindication is not ruled out.
     */
    public boolean notSettled() {
        return verdict == Verdict.CAUTION && !whatIf().isEmpty();
    }

    /** Contraindications the record could not rule out. */
    public List<Check> unknowns() {
        return checks.stream().filter(c -> c.status() == CheckStatus.UNKNOWN).toList();
    }

    /** Contraindications {@linkplain Check#clearedByAnswer() ruled out by an answer no alone}. */
    public List<Check> clearedByAnswer() {
        return checks.stream().filter(Check::clearedByAnswer).toList();
    }
}
