package org.skinadvisor.knowledge;

/**
 * A phrase that, found in the record, matches a contraindication. With {@code confirm} set the match is only
 * probable (e.g. "diabetes" for uncontrolled diabetes) and the question is asked instead of deciding.
 */
public record Trigger(String phrase, String confirm) {
}
