package org.skinadvisor.screening;

/** A concern the knowledge base does not know; {@code suggestion} is a concern id, or null. */
public record Unrecognized(String input, String suggestion) {
}
