package org.skinadvisor.knowledge;

/** A reference a clinical fact comes from; tier A (guideline-grade) to C (clinic practice only). */
public record Source(String id, String tier, String title, String ref) {
}
