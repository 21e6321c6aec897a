package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YamlDocumentsTest {
    private static List<String> documents(String yaml, int from) {
        byte[] data = yaml.getBytes(StandardCharsets.UTF_8);
        List<Integer> starts = YamlDocuments.withMistypedSeparators(data, YamlDocuments.starts(data), from);
        return starts.stream().map(s -> yaml.substring(s, yaml.indexOf('\n', s))).toList();
    }

    @Test
    void aSeparatorMistypedStartsADocumentFromTheFirstOneGivenOn() {
        String yaml = "id: a\n--\nid: b\n---\nid: c\n-----\nid: d\n---id: e\nnotes: f---\nid: g\n";
        assertThat(documents(yaml, 0)).containsExactly("id: a", "id: b", "---", "id: d", "id: e", "id: g");
        assertThat(documents(yaml, 1)).as("from the second on").containsExactly("id: a", "---", "id: d", "id: e", "id: g");
    }

    @Test
    void separatorsAndTextWithDashesAreNotMistypedOnes() {
        String yaml = "id: a\n--x: 1\nconcerns:\n- pores\n-\nnotes: |\n  ok --- \n  --x\n  ----\n  - -\n  a-b---c\n  ----- more\n--- # next\nid: b\n";
        assertThat(documents(yaml, 0)).containsExactly("id: a", "--- # next");
        assertThat(documents("--\nid: a\n---\nid: b\n", 0)).as("a document's own first line").containsExactly("--", "---");
        assertThat(documents("---id: a\n---\nid: b\n", 0)).containsExactly("---id: a", "---");
    }
}
