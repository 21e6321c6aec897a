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
     * For each open check (unknown or probable), the verdict if its question were answered yes or no, the others
     * staying open; the questions whose yes weighs most come first, knowledge-base order otherwise (every no gives
     * the same verdict: review while another question stays open). Empty unless the verdict is review.
     */
    public List<WhatIf> whatIf() {
        if (verdict != Verdict.REVIEW) {
            return List.of();
        }
        List<WhatIf> out = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (c.status() == CheckStatus.UNKNOWN || c.status() == CheckStatus.PROBABLE) {
                out.add(new WhatIf(c.contraindication().question(), c.contraindication().id(),
                        Screener.verdict(addresses, checks, i, CheckStatus.MATCHED),
                        Screener.verdict(addresses, checks, i, CheckStatus.CLEAR)));
            }
        }
        out.sort(Comparator.comparing((WhatIf w) -> w.ifYes().ordinal()));
        return out;
    }

    /** Contraindications the record could not rule out. */
    public List<Check> unknowns() {
        return checks.stream().filter(c -> c.status() == CheckStatus.UNKNOWN).toList();
    }
}
