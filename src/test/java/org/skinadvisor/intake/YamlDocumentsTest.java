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
    void eachDocumentStartsAtItsSeparatorOrItsFirstLineOfTextAndIsHashedAlone() {
        byte[] data = "# intake\n%YAML 1.2\n---\nid: a\n...\nid: b\n---".getBytes(StandardCharsets.UTF_8);
        List<Integer> starts = YamlDocuments.starts(data);
        assertThat(starts).as("a comment and a directive start none; text after an end marker does")
                .containsExactly(19, 33, 39);
        assertThat(YamlDocuments.startOfDocumentAt(starts, 33)).isEqualTo(33);
        assertThat(YamlDocuments.startOfDocumentAt(starts, 32)).isEqualTo(19);
        assertThat(YamlDocuments.startOfDocumentAt(starts, 5)).isZero();
        assertThat(YamlDocuments.hash(data, starts, 1)).isEqualTo(Hashes.sha256Prefix(data, 33, 6));
        assertThat(YamlDocuments.hash(data, starts, 3)).isNull();
        assertThat(YamlDocuments.starts("id: a\n...\n\t\r\n \t\r\n".getBytes(StandardCharsets.UTF_8)))
                .as("blank lines of tabs and carriage returns after the end").containsExactly(0);
    }

    @Test
    void aDocumentOfNothingButItsMarkersCommentsAndBlankLinesIsEmpty() {
        String yaml = "\uFEFF# intake\n---\n---  # none yet\n\t\r\n...\n--- ~\n---\n# x\n  id: a\n--- {id: b}\n---\n";
        byte[] data = yaml.getBytes(StandardCharsets.UTF_8);
        List<Integer> starts = YamlDocuments.starts(data);
        assertThat(starts).hasSize(6);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6)).filteredOn(i -> YamlDocuments.isEmpty(data, starts, i))
                .as("text on a --- line is content (~ is null written), a comment is not; no seventh document")
                .containsExactly(0, 1, 5);
        byte[] unmarked = "# only a comment\n\n".getBytes(StandardCharsets.UTF_8);
        assertThat(YamlDocuments.isEmpty(unmarked, List.of(0), 0)).isTrue();
        byte[] unterminated = "---\n~".getBytes(StandardCharsets.UTF_8);
        assertThat(YamlDocuments.isEmpty(unterminated, List.of(0), 0)).as("a last line without its line break").isFalse();
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
        assertThat(documents("id: a\n--\n---\nid: b\n----\n", 0)).as("nothing after it").containsExactly("id: a", "---");
    }

    @Test
    void aSeparatorRunOnToTheEndOfALineIsFoundInShortAndCrlfLinesToo() {
        assertThat(documents("id: a\nx---\nid: b\n", 0)).containsExactly("id: a", "id: b");
        assertThat(documents("id: a\r\nnotes: f--- \r\nid: b\r\n", 0)).containsExactly("id: a\r", "id: b\r");
    }
}
