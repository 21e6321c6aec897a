package org.skinadvisor.knowledge;

/** The screening question to ask when the record is silent; {@code id} keys the intake's answers. */
public record Question(String id, String text) {
}
