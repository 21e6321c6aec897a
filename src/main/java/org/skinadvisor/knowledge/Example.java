package org.skinadvisor.knowledge;

import java.util.Map;

/**
 * A golden case carried by the knowledge base: an intake profile (as read from the file) and the verdicts it
 * must produce, keyed by treatment id, plus optionally "recommendation" (a treatment id or "none").
 */
public record Example(String name, Map<String, Object> profile, Map<String, String> expect) {
}
