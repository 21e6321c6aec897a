package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PatientIdsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "{\"id\":\"P-7\",\"concerns\":\"pores\"}                | P-7",
        "{\"concerns\":[\"acne\"],\"id\":\" P-8 \"}              | P-8",
        "{\"id\":\"P-9\",\"concerns\":[\"acne                     | P-9",
        "{\"id\":12,\"concerns\":1}                              | 12",
        "{\"id\":\"A\",\"concerns\":[],\"id\":\"B\"}             | none",
        "{\"id\":\"A\",\"medications\":\"x\",\"id\":\"B\"}       | none",
        "{\"id\":\" \",\"concerns\":1}                           | none",
        "{\"id\":[\"P-1\"]}                                      | none",
        "{\"id\":1.5}                                            | none",
        "{\"answers\":{\"id\":\"Q\"},\"concerns\":1}             | none",
        "{\"concerns\":[\"acne\" \"id\":\"P-2\"}                 | none",
        "[{\"id\":\"P-3\"}]                                      | none",
        "not json                                                | none",
        "''                                                      | none"
    })
    void theIdIsTheOneTopLevelIdReadBeforeTheRecordEndsOrBreaks(String json, String id) {
        assertThat(PatientIds.inJson(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(id);
    }

    @Test
    void aYamlDocumentOrAnArrayElementIsReadFromItsOwnStart() {
        byte[] yaml = "id: Y-1\nconcerns: [pores]\n---\nid: Y-2\nconcerns: [pores\n---\nid: 7\nid: 8\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(PatientIds.inYaml(yaml, 0, 26)).isEqualTo("Y-1");
        assertThat(PatientIds.inYaml(yaml, 26, 55)).isEqualTo("Y-2");
        assertThat(PatientIds.inYaml(yaml, 55, yaml.length)).isNull();
        byte[] array = "[{\"id\":\"J-1\"},{\"id\":\"J-2\",\"concerns\":".getBytes(StandardCharsets.UTF_8);
        assertThat(PatientIds.inJson(array, 1, array.length)).isEqualTo("J-1");
        assertThat(PatientIds.inJson(array, 14, array.length)).isEqualTo("J-2");
    }
}
