package org.skinadvisor.screening;

import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.Treatment;

import java.util.List;

/** One treatment's verdict, the concerns it addresses, and every contraindication as checked. */
public record TreatmentAssessment(Treatment treatment, Verdict verdict, List<Indication> addresses, List<Check> checks) {

    /** Contraindications that matched or probably matched. */
    public List<Check> findings() {
        return checks.stream().filter(c -> c.status() == CheckStatus.MATCHED || c.status() == CheckStatus.PROBABLE).toList();
    }

    /** Contraindications the record could not rule out. */
    public List<Check> unknowns() {
        return checks.stream().filter(c -> c.status() == CheckStatus.UNKNOWN).toList();
    }
}
