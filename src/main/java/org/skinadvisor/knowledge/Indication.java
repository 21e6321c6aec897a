package org.skinadvisor.knowledge;

import java.util.List;

/** A concern a treatment addresses, how strongly, and why (note may be empty). */
public record Indication(String concern, EvidenceStrength strength, String note, List<String> sources) {
}
