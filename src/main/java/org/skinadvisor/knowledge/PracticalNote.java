package org.skinadvisor.knowledge;

import java.util.List;

/** Advice for a suitable patient; {@code concern} is set when the note applies to one concern only. */
public record PracticalNote(String concern, String text, List<String> sources) {
}
