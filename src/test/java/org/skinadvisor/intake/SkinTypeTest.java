package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skinadvisor.knowledge.FitzpatrickType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkinTypeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "IV | IV", "4 | IV", "Type iv | IV",
        "III-IV | III-IV", "3-4 | III-IV", "III/IV | III-IV", "III to IV | III-IV", "iii - iv | III-IV",
        "Type III-IV | III-IV", "III\u2013IV | III-IV", "IV-III | III-IV", "II-V | II-V", "III-III | III", "Type III - Type IV | III-IV"})
    void readsATypeOrARangeOfTwo(String text, String read) {
        assertThat(SkinType.parse(text)).hasToString(read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "VII", "III-VII", "II-III-IV", "III-", "-IV", "III or IV", "III/", "3 4", "III--IV"})
    void anythingElseIsNotASkinType(String text) {
        assertThat(SkinType.parse(text)).isNull();
    }

    @Test
    void aRangeIncludesTheTypesFromItsLowestToItsHighest() {
        SkinType range = SkinType.parse("III-V");
        assertThat(range.isRange()).isTrue();
        assertThat(range.includes(FitzpatrickType.II)).isFalse();
        assertThat(range.includes(FitzpatrickType.III)).isTrue();
        assertThat(range.includes(FitzpatrickType.IV)).isTrue();
        assertThat(range.includes(FitzpatrickType.V)).isTrue();
        assertThat(range.includes(FitzpatrickType.VI)).isFalse();
        assertThat(range.types()).containsExactly(FitzpatrickType.III, FitzpatrickType.IV, FitzpatrickType.V);
        assertThat(SkinType.of(FitzpatrickType.IV).isRange()).isFalse();
        assertThat(SkinType.of(FitzpatrickType.IV)).isSameAs(SkinType.parse("4"));
        assertThatThrownBy(() -> new SkinType(FitzpatrickType.V, FitzpatrickType.III))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
