package org.skinadvisor.screening;

import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Contraindication;

import java.util.List;
import java.util.Set;

/**
 * One contraindication checked for one treatment: its status, the evidence, the fields that were missing, and
 * whether the record's answers said no to its question. Without a finding, that no clears the check; on a finding
 * the lists contradict it and win, and reports say so, so that an answer is never silently set aside.
 */
public record Check(Contraindication contraindication, Applicability applicability, CheckStatus status,
                    List<Evidence> evidence, Set<Field> missing, boolean answeredNo) {
}
