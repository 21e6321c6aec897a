package org.skinadvisor.knowledge;

import java.util.List;

/** A cosmetic concern group, with the words clinicians use for it. */
public record Concern(String id, String name, List<String> synonyms, List<String> sources) {
}
