package org.skinadvisor.knowledge;

import java.util.List;
import java.util.Optional;

public record Treatment(String id, String name, String summary, List<String> sources,
                        List<Indication> indications, List<PracticalNote> notes) {

    public Optional<Indication> indicationFor(String concernId) {
        return indications.stream().filter(i -> i.concern().equals(concernId)).findFirst();
    }
}
