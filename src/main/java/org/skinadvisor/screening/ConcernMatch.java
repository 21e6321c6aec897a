package org.skinadvisor.screening;

/** A patient's concern as typed, and the concern group it was recognised as. */
public record ConcernMatch(String input, String concern) {
}
