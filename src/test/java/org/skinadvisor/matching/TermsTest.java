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

    @Test
    void shortWordsKeepTheirEnding() {
        assertThat(Terms.words("ties gas pies")).containsExactly("tie", "gas", "pie");
        assertThat(Terms.words("allergies")).containsExactly("allergy");
    }

    @Test
    void aMisspellingIsToleratedOnlyInLongerWords() {
        assertThat(EditDistance.tolerance(5)).isZero();
        assertThat(EditDistance.tolerance(6)).isEqualTo(1);
        assertThat(EditDistance.tolerance(9)).isEqualTo(1);
        assertThat(EditDistance.tolerance(10)).isEqualTo(2);
        assertThat(EditDistance.between("warfarin", "warfarinxx", 2)).isEqualTo(2);
        assertThat(EditDistance.between("warfarin", "warfarinxxx", 2)).isEqualTo(3);
        assertThat(EditDistance.between("abcdef", "uvwxyz", 1)).isEqualTo(2);
        assertThat(EditDistance.between("abcdef", "f", 10)).isEqualTo(5);
        assertThat(EditDistance.between("f", "abcdef", 10)).isEqualTo(5);
    }

    @Test
    void aHitCoversOnlyHitsInsideIt() {
        PhraseIndex.Hit<String> outer = new PhraseIndex.Hit<>(1, 3, "a");
        assertThat(outer.covers(new PhraseIndex.Hit<>(1, 3, "b"))).isTrue();
        assertThat(outer.covers(new PhraseIndex.Hit<>(2, 3, "b"))).isTrue();
        assertThat(outer.covers(new PhraseIndex.Hit<>(0, 2, "b"))).isFalse();
        assertThat(outer.covers(new PhraseIndex.Hit<>(2, 4, "b"))).isFalse();
    }
}
