package org.skinadvisor.knowledge;

import java.util.List;

public record DrugClass(String id, String name, List<String> sources, List<Drug> drugs) {
}
