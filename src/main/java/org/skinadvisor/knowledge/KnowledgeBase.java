package org.skinadvisor.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clinical rules: concerns, treatments, drug classes and contraindications, each citing its sources.
 * {@code contentHash} is the SHA-256 of the file it was read from, so every report can name the exact rules used.
 */
public record KnowledgeBase(String version, String date, String contentHash, List<Source> sources,
                            List<Concern> concerns, List<Treatment> treatments, List<DrugClass> drugClasses,
                            List<Contraindication> contraindications, List<Example> examples) {

    /** The ids of the screening questions: the keys an intake profile's `answers` may use. */
    public Set<String> questionIds() {
        return contraindications.stream().map(c -> c.question().id()).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Concern> concern(String id) {
        return concerns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<DrugClass> drugClass(String id) {
        return drugClasses.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
