package org.skinadvisor.screening;

import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Contraindication;

import java.util.List;
import java.util.Set;

/** One contraindication checked for one treatment: its status, the evidence, and the fields that were missing. */
public record Check(Contraindication contraindication, Applicability applicability, CheckStatus status,
                    List<Evidence> evidence, Set<Field> missing) {
}
