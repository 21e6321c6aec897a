package org.skinadvisor.intake;

/**
 * A field (or CSV column) of the record that is not one of the intake's, with the text it holds: its values, and
 * the keys of a mapping in it, in order ("pregnant: yes" is name {@code pregnant}, text {@code yes}). The rules
 * never read it as a list; a contraindication's term in it is only asked about (hazard H29).
 */
public record UnknownField(String name, String text) {
}
