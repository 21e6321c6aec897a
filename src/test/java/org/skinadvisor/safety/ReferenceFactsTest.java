package org.skinadvisor.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Verdict;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skinadvisor.screening.Profiles.assess;
import static org.skinadvisor.screening.Profiles.clean;
import static org.skinadvisor.screening.Profiles.verdict;
import static org.skinadvisor.screening.Profiles.with;
import static org.skinadvisor.screening.Profiles.withFitzpatrick;

/**
 * The reference sheet's summary of the facts to encode (clinical-references.md section 8), checked for both
 * treatments on a record that is otherwise clear: the contraindications, then the indications. The per-treatment
 * lists of its section 3 had left two of them milder than the summary: a bleeding disorder left microdermabrasion
 * suitable (fact 9), and high-dose steroids were only a caution for microneedling (fact 10). Where a summary fact is
 * softer than the article, the article's stricter verdict stands, and the row says so.
 */
class ReferenceFactsTest {
    @ParameterizedTest(name = "fact {0}: {2} ({1}) -> microneedling {3}, microdermabrasion {4}")
    @CsvSource({
        "6, conditions, cold sores, CONTRAINDICATED, CONTRAINDICATED",
        "6, conditions, impetigo, CONTRAINDICATED, CONTRAINDICATED",
        "6, conditions, molluscum, CONTRAINDICATED, CONTRAINDICATED",
        "7, conditions, active acne, CONTRAINDICATED, CAUTION",
        "7, conditions, open wound, CONTRAINDICATED, CONTRAINDICATED",
        "7, conditions, rash, CONTRAINDICATED, CONTRAINDICATED",
        "7, conditions, rosacea, CAUTION, CAUTION",
        "8, conditions, changing mole, CONTRAINDICATED, CONTRAINDICATED",
        "8, conditions, skin cancer, CONTRAINDICATED, CONTRAINDICATED",
        "8, conditions, actinic keratosis, CONTRAINDICATED, CONTRAINDICATED",
        "9, conditions, haemophilia, CONTRAINDICATED, CAUTION",
        "9, conditions, clotting disorder, CONTRAINDICATED, CAUTION",
        "9, medications, warfarin, CONTRAINDICATED, CAUTION",
        "9, medications, clopidogrel, CONTRAINDICATED, CAUTION",
        "10, conditions, chemotherapy, CONTRAINDICATED, SUITABLE",
        "10, conditions, radiotherapy, CONTRAINDICATED, SUITABLE",
        "10, conditions, high-dose corticosteroids, CONTRAINDICATED, SUITABLE",
        "10, medications, adalimumab, CAUTION, SUITABLE",
        "10, medications, ciclosporin, CAUTION, SUITABLE",
        // The summary says warn, not block; the article lists acne medicines as not a good choice for microneedling.
        "11, medications, isotretinoin, CONTRAINDICATED, CAUTION",
        "12, conditions, keloids, CONTRAINDICATED, CAUTION",
        "12, conditions, psoriasis, CONTRAINDICATED, CAUTION",
        "12, conditions, lichen planus, CAUTION, SUITABLE",
        "12, conditions, vitiligo, CAUTION, SUITABLE",
        "13, fitzpatrick, V, CAUTION, CAUTION",
        "14, medications, tazarotene, CONTRAINDICATED, CAUTION",
        "14, medications, aspirin, CONTRAINDICATED, CAUTION",
        "14, medications, tranexamic acid, SUITABLE, SUITABLE"
    })
    void eachSummaryFactGivesItsVerdictForBothTreatments(int fact, String field, String input, Verdict microneedling,
                                                         Verdict microdermabrasion) {
        IntakeProfile p = switch (field) {
            case "conditions" -> with(clean("fine lines"), List.of(input), List.of());
            case "medications" -> with(clean("fine lines"), List.of(), List.of(input));
            default -> withFitzpatrick(clean("fine lines"), FitzpatrickType.valueOf(input));
        };
        Assessment a = assess(p);
        assertThat(a.unmatched()).as("fact %d", fact).isEmpty();
        assertThat(verdict(a, "microneedling")).as("fact %d, microneedling", fact).isEqualTo(microneedling);
        assertThat(verdict(a, "microdermabrasion")).as("fact %d, microdermabrasion", fact).isEqualTo(microdermabrasion);
    }

    /** The indication facts: which treatment each concern is for, and which one a clear record is recommended. */
    @ParameterizedTest(name = "fact {0}: {1} -> microneedling {2}, microdermabrasion {3}, recommended {4}")
    @CsvSource({
        "1, enlarged pores, SUITABLE, SUITABLE, microdermabrasion",
        "2, acne scars, SUITABLE, SUITABLE, microneedling",
        "3, stretch marks, SUITABLE, SUITABLE, microneedling",
        "4, alopecia areata, SUITABLE, NOT_INDICATED, microneedling",
        "4, excessive sweating, SUITABLE, NOT_INDICATED, microneedling",
        "5, melasma, SUITABLE, SUITABLE, microneedling"
    })
    void eachIndicationFactGivesItsVerdictsAndRecommendation(int fact, String concern, Verdict microneedling,
                                                            Verdict microdermabrasion, String recommended) {
        Assessment a = assess(clean(concern));
        assertThat(a.unrecognized()).as("fact %d", fact).isEmpty();
        assertThat(verdict(a, "microneedling")).as("fact %d, microneedling", fact).isEqualTo(microneedling);
        assertThat(verdict(a, "microdermabrasion")).as("fact %d, microdermabrasion", fact).isEqualTo(microdermabrasion);
        assertThat(a.recommendation()).as("fact %d", fact).isEqualTo(recommended);
    }
}
