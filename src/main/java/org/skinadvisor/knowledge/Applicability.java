package org.skinadvisor.knowledge;

import java.util.List;

/** How one contraindication applies to one treatment, and why. */
public record Applicability(String treatment, Severity severity, String explanation, List<String> sources) {
}
