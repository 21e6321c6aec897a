package org.skinadvisor.matching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTest {
    @Test
    void foldsCaseAccentsPunctuationSpacingAndPlurals() {
        assertThat(Terms.words("  Acne-SCARS,  rosacée ")).containsExactly("acne", "scar", "rosacee");
        assertThat(Terms.words("allergies; crow's feet")).containsExactly("allergy", "crow", "feet");
    }

    @Test
    void keepsWordsThatOnlyLookPlural() {
        assertThat(Terms.words("psoriasis herpes stress")).containsExactly("psoriasis", "herpe", "stress");
    }

    @Test
    void findsAPhraseInsideLongerText() {
        PhraseIndex<String> index = PhraseIndex.<String>builder().add("benzoyl peroxide", "bpo").add("warfarin", "w").build();
        assertThat(index.find(Terms.words("Warfarin 5 mg daily, benzoyl-peroxide 5%")))
                .extracting(PhraseIndex.Hit::value).containsExactly("w", "bpo");
        assertThat(index.find(List.of("benzoyl"))).isEmpty();
    }

    @Test
    void editDistanceCountsAnAdjacentSwapAsOneEdit() {
        assertThat(EditDistance.between("psoraisis", "psoriasis", 2)).isEqualTo(1);
        assertThat(EditDistance.between("warfrin", "warfarin", 2)).isEqualTo(1);
        assertThat(EditDistance.between("aspirin", "heparin", 1)).isEqualTo(2);
    }
}
