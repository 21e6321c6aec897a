package org.skinadvisor.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.intake.UnknownField;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.skinadvisor.screening.Profiles.assess;
import static org.skinadvisor.screening.Profiles.clean;
import static org.skinadvisor.screening.Profiles.treatment;
import static org.skinadvisor.screening.Profiles.verdict;
import static org.skinadvisor.screening.Profiles.with;
import static org.skinadvisor.screening.Profiles.withAnswers;
import static org.skinadvisor.screening.Profiles.withUnknownFields;

class ScreenerTest {
    private static final String MN = "microneedling";
    private static final String MDA = "microdermabrasion";

    @Test
    void fullyAskedProfileWithNothingToReportIsSuitableAndScarsPreferMicroneedling() {
        Assessment a = assess(clean("acne scars"));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.SUITABLE);
        assertThat(verdict(a, MDA)).isEqualTo(Verdict.SUITABLE);
        assertThat(a.recommendation()).isEqualTo(MN);
        assertThat(treatment(a, MN).checks()).allMatch(c -> c.status() == CheckStatus.CLEAR);
    }

    @Test
    void enlargedPoresPreferTheLessInvasiveMicrodermabrasion() {
        assertThat(assess(clean("enlarged pores")).recommendation()).isEqualTo(MDA);
    }

    @Test
    void alopeciaIsNotIndicatedForMicrodermabrasionButContraindicationsAreStillChecked() {
        Assessment a = assess(with(clean("alopecia areata"), List.of("eczema"), List.of()));
        TreatmentAssessment mda = treatment(a, MDA);
        assertThat(mda.verdict()).isEqualTo(Verdict.NOT_INDICATED);
        assertThat(mda.findings()).extracting(c -> c.contraindication().id()).containsExactly("psoriasis-eczema");
        assertThat(verdict(a, MN)).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(a.recommendation()).isNull();
    }

    @ParameterizedTest(name = "{0} makes microneedling contraindicated ({1})")
    @CsvSource({
        "haemophilia, blood-disorders, conditions",
        "bleeding disorder, blood-disorders, conditions",
        "Eliquis, anticoagulants, medications",
        "warfarin 5 mg daily, anticoagulants, medications",
        "Coumadin, anticoagulants, medications",
        "clopidogrel 75mg, anticoagulants, medications",
        "low-dose Aspirin, anticoagulants, medications",
        "keloids, keloid-tendency, conditions",
        "changing mole on cheek, changing-skin-lesions, conditions",
        "changing skin tags, changing-skin-lesions, conditions",
        "suspicious mole, changing-skin-lesions, conditions",
        "breast cancer on chemotherapy, cancer-therapy, conditions",
        "radiation therapy, cancer-therapy, conditions",
        "psoriasis, psoriasis-eczema, conditions",
        "Eczema (flexural), psoriasis-eczema, conditions",
        "active acne, active-acne, conditions",
        "Accutane, acne-medication, medications",
        "isotretinoin 20mg, acne-medication, medications",
        "tretinoin cream, acne-medication, medications",
        "benzoyl peroxide wash, acne-medication, medications",
        "cold sores, active-infection, conditions",
    })
    void everyArticleItemIsAnAbsoluteContraindicationForMicroneedling(String entry, String id, String field) {
        IntakeProfile p = field.equals("conditions") ? with(clean("acne scars"), List.of(entry), List.of())
                : with(clean("acne scars"), List.of(), List.of(entry));
        TreatmentAssessment mn = treatment(assess(p), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
        Check finding = mn.findings().stream().filter(c -> c.contraindication().id().equals(id)).findFirst().orElseThrow();
        assertThat(finding.status()).isEqualTo(CheckStatus.MATCHED);
        assertThat(finding.evidence()).anySatisfy(e -> {
            assertThat(e.input()).isEqualTo(entry);
            assertThat(e.field().word()).isEqualTo(field);
        });
        assertThat(finding.applicability().sources()).isNotEmpty();
    }

    @Test
    void anticoagulantsAreOnlyACautionForMicrodermabrasion() {
        Assessment a = assess(with(clean("fine lines"), List.of(), List.of("Xarelto 20 mg")));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(verdict(a, MDA)).isEqualTo(Verdict.CAUTION);
        assertThat(a.recommendation()).isNull();
    }

    /** A bleeding disorder had left microdermabrasion suitable beside a blood thinner's caution (reference fact 9). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"haemophilia", "clotting disorder"})
    void aBleedingDisorderIsABruisingCautionForMicrodermabrasionAsABloodThinnerIs(String condition) {
        Assessment a = assess(with(clean("fine lines"), List.of(condition), List.of()));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.CONTRAINDICATED);
        TreatmentAssessment mda = treatment(a, MDA);
        assertThat(mda.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(mda.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("blood-disorders");
            assertThat(c.applicability().sources()).containsExactly("S36", "S34");
        });
    }

    /** High-dose steroids had been a caution under immunosuppression; the device IFU puts them with chemotherapy. */
    @Test
    void highDoseSteroidsContraindicateMicroneedlingAndASteroidOfUnstatedDoseIsAsked() {
        TreatmentAssessment high = treatment(assess(with(clean("acne scars"), List.of("on high-dose steroids"),
                List.of())), MN);
        assertThat(high.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(high.findings()).extracting(c -> c.contraindication().id())
                .containsExactly("high-dose-corticosteroids");
        TreatmentAssessment unstated = treatment(assess(with(clean("acne scars"), List.of(),
                List.of("prednisone 5 mg"))), MN);
        assertThat(unstated.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(unstated.whatIf()).singleElement().satisfies(w -> {
            assertThat(w.question().id()).isEqualTo("high-dose-steroids");
            assertThat(w.ifYes()).isEqualTo(Verdict.CONTRAINDICATED);
        });
        assertThat(verdict(assess(with(clean("acne scars"), List.of(), List.of("adalimumab"))), MN))
                .as("an immunosuppressant stays a caution").isEqualTo(Verdict.CAUTION);
    }

    @Test
    void acneScarsInTheHistoryAreNotActiveAcne() {
        Assessment a = assess(with(clean("acne scars"), List.of("acne scars since 2015", "history of acne"), List.of()));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.SUITABLE);
    }

    /**
     * Acne scars written apart or in another order may be the concern, not active acne: asked, never certain (that had
     * made microneedling contraindicated for its best indication), and never cleared.
     */
    @ParameterizedTest(name = "concerns: {0} -> active acne probable")
    @ValueSource(strings = {"scars from acne", "acne and burn scars", "Scars from acne or burns", "scars (acne)",
        "scarring from old acne", "acne/burn scars"})
    void acneScarsWrittenApartMakeActiveAcneProbableNotCertain(String concern) {
        for (IntakeProfile p : List.of(clean(concern), with(clean("stretch marks"), List.of(concern), List.of()))) {
            Assessment a = assess(p);
            assertThat(verdict(a, MN)).as("%s", p).isEqualTo(Verdict.REVIEW);
            assertThat(treatment(a, MN).findings()).as("%s", p).singleElement().satisfies(c -> {
                assertThat(c.contraindication().id()).isEqualTo("active-acne");
                assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
                assertThat(c.evidence().get(0).confirm()).startsWith("the entry may mean `acne scar")
                        .endsWith("Does the patient have active (inflamed) acne in the treatment area?");
            });
        }
    }

    @ParameterizedTest(name = "concerns: {0} -> active acne certain")
    @ValueSource(strings = {"acne", "acne scars, acne", "scars from active acne", "acne scars/acne marks"})
    void acneBesideItsScarsWrittenAsSuchIsStillActiveAcne(String concern) {
        Assessment a = assess(clean(concern));
        assertThat(treatment(a, MN).findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("active-acne");
            assertThat(c.status()).isEqualTo(CheckStatus.MATCHED);
        });
    }

    /** Only an exception that is a concern's term is read apart: "after acne" is not, so acne that flares is acne. */
    @Test
    void anExceptionThatIsNoConcernsTermIsNotReadApart() {
        Assessment a = assess(with(clean("stretch marks"), List.of("acne flares after my period"), List.of()));
        assertThat(treatment(a, MN).findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("active-acne");
            assertThat(c.status()).isEqualTo(CheckStatus.MATCHED);
        });
    }

    /** A concern that says where it came from names a condition that may be past: asked, not certain. */
    @ParameterizedTest(name = "concerns: {0} -> {1} probable")
    @CsvSource({
        "hair loss after chemo, cancer-therapy",
        "chemo-induced hair loss, cancer-therapy",
        "hyperpigmentation from acne, active-acne",
        "stretch marks from pregnancy, pregnancy",
        "scarring from eczema, psoriasis-eczema",
        "pigmentation following a sunburn, sunburn",
        "post chemotherapy hair loss, cancer-therapy",
        "hair loss (after chemo), cancer-therapy",
        "'Hair loss - after chemo', cancer-therapy",
        "melasma pregnancy-related, pregnancy",
        "acne scars left by acne, active-acne",
        "'acne scars, pigmentation from acne', active-acne"})
    void aConditionAConcernSaysItCameFromIsProbableNotCertain(String concern, String id) {
        TreatmentAssessment mn = treatment(assess(clean(concern)), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo(id);
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence().get(0).confirm()).isEqualTo("the entry may name its concern's cause, not a present"
                    + " condition: " + c.contraindication().question().text());
        });
    }

    /**
     * Only a concern's own cause is read so: a condition written as there now, in an item of its own, in a concern
     * naming no concern (a concern's term inside the condition's is no other: "hypertrophic scarring"), or in the
     * conditions, is the patient's.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2} certain")
    @CsvSource({
        "concerns, scars from active acne, active-acne",
        "concerns, hair loss after chemo still ongoing, cancer-therapy",
        "concerns, 'hyperpigmentation from acne, acne', active-acne",
        "concerns, 'hair loss after chemo, eczema', psoriasis-eczema",
        "concerns, rash after shaving, open-wound-rash",
        "concerns, after chemo, cancer-therapy",
        "concerns, after hypertrophic scarring, keloid-tendency",
        "concerns, 'acne scars, eczema since childhood', psoriasis-eczema",
        "concerns, acne since I was 14 and enlarged pores, active-acne",
        "conditions, hair loss after chemo, cancer-therapy"})
    void aConditionThatIsThereNowOrNamedAloneStaysCertain(String field, String entry, String id) {
        IntakeProfile p = field.equals("concerns") ? clean(entry) : with(clean("fine lines"), List.of(entry), List.of());
        assertThat(treatment(assess(p), MN).findings()).filteredOn(c -> c.contraindication().id().equals(id))
                .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.MATCHED));
    }

    /**
     * A scar the device IFU needs to be 6 months old, named by what left it, is asked about: "scar from surgery 2
     * months ago" had been suitable for microneedling, and "wound scar" an open wound.
     */
    @ParameterizedTest(name = "concerns: {0}")
    @ValueSource(strings = {"surgical scar", "scar from surgery 2 months ago", "C-section scar", "caesarean scars",
        "wound scar on knee"})
    void aScarNamedByWhatLeftItIsAskedHowOldItIs(String concern) {
        TreatmentAssessment mn = treatment(assess(clean(concern)), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("recent-procedure-or-scar");
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence().get(0).confirm()).isEqualTo("Is the scar younger than 6 months?");
        });
    }

    @Test
    void tranexamicAcidIsRecognisedAndIsNotABloodThinner() {
        Assessment a = assess(with(clean("melasma"), List.of(), List.of("tranexamic acid 250 mg")));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.SUITABLE);
        assertThat(a.unmatched()).isEmpty();
    }

    @Test
    void anAbsentMedicationListIsUnknownNeverNone() {
        Assessment a = assess(with(clean("stretch marks"), List.of(), null));
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.unknowns()).extracting(c -> c.contraindication().id())
                .contains("anticoagulants", "acne-medication", "immunosuppression");
        assertThat(mn.unknowns()).allSatisfy(c -> assertThat(c.missing()).containsExactly(Field.MEDICATIONS));
        assertThat(a.recommendation()).isNull();
        assertThat(a.notKnown()).as("absent, not recorded as not known").containsOnly(entry(Field.MEDICATIONS, NotKnown.NOT_RECORDED));
    }

    @ParameterizedTest(name = "medications: [{0}]")
    @CsvSource({"unknown", "Not sure", "don't know", "'?'", "'-'", "see notes", "'metformin, not sure of the rest'",
        "yes", "various", "refused", "patient declined", "declined to answer", "pending", "awaiting GP letter",
        "to follow", "not disclosed", "illegible", "x", "TRUE", "see attached list", "see GP letter", "see referral",
        "as above", "NA", "NaN", "NULL", "'#N/A'", "'#REF!'", "'#VALUE!'", "'#DIV/0!'", "'#NAME?'", "' #n/a '",
        "Err:502", "can't recall", "no idea", "dunno", "forgotten", "will bring list", "need to check", "check with GP",
        "unk", "not certain", "maybe", "some tablets", "Tablets", "on medication", "takes medication", "meds", "others",
        "multiple", "lots", "a few", "see overleaf", "see page 2", "see separate sheet", "listed separately",
        "on file"})
    void aMedicationEntryThatSaysItIsNotKnownRulesNothingOut(String entry) {
        Assessment a = assess(with(clean("stretch marks"), List.of(), List.of(entry)));
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.unknowns()).extracting(c -> c.contraindication().id())
                .containsExactly("anticoagulants", "high-dose-corticosteroids", "acne-medication", "immunosuppression");
        assertThat(mn.unknowns()).allSatisfy(c -> assertThat(c.missing()).containsExactly(Field.MEDICATIONS));
        assertThat(a.notKnown()).containsOnly(entry(Field.MEDICATIONS, NotKnown.RECORDED_AS_NOT_KNOWN));
    }

    /** A condition still being found out rules nothing out: "under investigation" had given suitable. */
    @ParameterizedTest(name = "conditions: [{0}]")
    @CsvSource({"under investigation", "lump under investigation", "being investigated", "undiagnosed",
        "waiting for results", "results awaited", "GP to review", "referred to dermatology", "rule out melanoma",
        "'r/o melanoma'"})
    void aConditionEntryStillBeingFoundOutRulesNothingOut(String entry) {
        Assessment a = assess(with(clean("stretch marks"), List.of(entry), List.of()));
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.unknowns()).extracting(c -> c.contraindication().id()).contains("blood-disorders",
                "keloid-tendency", "changing-skin-lesions");
        assertThat(a.notKnown()).containsOnly(entry(Field.CONDITIONS, NotKnown.RECORDED_AS_NOT_KNOWN));
    }

    @Test
    void aListThatIsPartlyNotKnownStillShowsWhatItNamesAndAnswersStillClearIt() {
        Assessment both = assess(with(clean("acne scars"), List.of("unsure"), List.of("Eliquis", "others unknown")));
        assertThat(verdict(both, MN)).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(both.notKnown()).containsOnly(entry(Field.CONDITIONS, NotKnown.RECORDED_AS_NOT_KNOWN),
                entry(Field.MEDICATIONS, NotKnown.RECORDED_AS_NOT_KNOWN));
        assertThat(treatment(both, MN).unknowns()).extracting(c -> c.contraindication().id()).contains("keloid-tendency");
        IntakeProfile answered = Profiles.withAnswers(with(clean("acne scars"), List.of(), List.of("?")), Map.of(
                "blood-thinners", Answer.NO, "acne-medication", Answer.NO, "high-dose-steroids", Answer.NO,
                "immunosuppression", Answer.NO));
        assertThat(verdict(assess(answered), MN)).isEqualTo(Verdict.SUITABLE);
        // Entries no rule recognises, not entries saying the answer is not known.
        assertThat(assess(with(clean("acne scars"), List.of(), List.of("metformin"))).notKnown())
                .containsOnly(entry(Field.MEDICATIONS, NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY));
        assertThat(assess(with(clean("acne scars"), List.of("yes, asthma"), List.of())).notKnown()).as("yes, and what")
                .containsOnly(entry(Field.CONDITIONS, NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY));
        assertThat(assess(with(clean("acne scars"), List.of(), List.of("other creams: Eliquis", "metformin tablets")))
                .notKnown()).as("a bare word, not one in a longer entry")
                .containsOnly(entry(Field.MEDICATIONS, NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY));
        assertThat(assess(with(clean("acne scars"), List.of("multiple sclerosis"), List.of())).notKnown())
                .containsOnly(entry(Field.CONDITIONS, NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY));
    }

    @Test
    void anAbsentConditionListIsUnknown() {
        TreatmentAssessment mn = treatment(assess(with(clean("wrinkles"), null, List.of())), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.unknowns()).extracting(c -> c.contraindication().question().id()).contains("bleeding-disorder", "keloids");
    }

    @Test
    void aMissingSkinTypeIsUnknownForTheDarkerSkinCaution() {
        TreatmentAssessment mda = treatment(assess(Profiles.withFitzpatrick(clean("pores"), null)), MDA);
        assertThat(mda.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mda.unknowns()).extracting(c -> c.contraindication().id()).containsExactly("darker-skin-pih");
    }

    @Test
    void darkerSkinIsACautionForBoth() {
        Assessment a = assess(Profiles.withFitzpatrick(clean("acne scars"), FitzpatrickType.V));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.CAUTION);
        assertThat(verdict(a, MDA)).isEqualTo(Verdict.CAUTION);
    }

    /**
     * A range a clinician could not narrow ("III-IV") is screened, never refused: decided where every type in it
     * decides alike, and asked where they do not.
     */
    @ParameterizedTest(name = "fitzpatrick {0}: {1}")
    @CsvSource({"I-II, SUITABLE", "II-III, SUITABLE", "V-VI, CAUTION", "IV-VI, CAUTION", "III-IV, REVIEW", "I-VI, REVIEW"})
    void aRangeOfSkinTypesIsDecidedWhereItsTypesAgreeAndAskedWhereTheyDoNot(String range, Verdict verdict) {
        TreatmentAssessment mn = treatment(assess(Profiles.withSkinType(clean("acne scars"), SkinType.parse(range))), MN);
        assertThat(mn.verdict()).isEqualTo(verdict);
        if (verdict == Verdict.REVIEW) {
            assertThat(mn.findings()).singleElement().satisfies(c -> {
                assertThat(c.contraindication().id()).isEqualTo("darker-skin-pih");
                assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
                assertThat(c.evidence().get(0).confirm()).isEqualTo("the record gives a range of skin types, " + range
                        + ", of which " + (range.equals("I-VI") ? "IV, V, VI are" : "IV is") + " listed: "
                        + c.contraindication().question().text());
            });
        }
    }

    @Test
    void aNoToTheSkinTypeQuestionSettlesARangeThatReachesTheListedTypes() {
        IntakeProfile p = Profiles.withSkinType(clean("acne scars"), SkinType.parse("III-IV"));
        TreatmentAssessment answered = treatment(assess(withAnswers(p, Map.of("skin-type", Answer.NO))), MN);
        assertThat(answered.verdict()).isEqualTo(Verdict.SUITABLE);
        assertThat(answered.clearedByAnswer()).extracting(c -> c.contraindication().id()).containsExactly("darker-skin-pih");
        assertThat(treatment(assess(withAnswers(p, Map.of("skin-type", Answer.YES))), MN).verdict())
                .isEqualTo(Verdict.CAUTION);
    }

    @Test
    void aMisspeltDrugIsAProbableMatchAndNeverCleared() {
        Assessment a = assess(with(clean("acne scars"), List.of(), List.of("warfrin")));
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        Check c = mn.findings().get(0);
        assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
        assertThat(c.evidence().get(0).term()).isEqualTo("warfarin");
        assertThat(c.evidence().get(0).confirm()).contains("misspelling of warfarin");
        assertThat(c.evidence().get(0).via()).startsWith("possibly warfarin, ");
    }

    @ParameterizedTest(name = "{0} may be {2}")
    @CsvSource({
        "clopid 75 mg, anticoagulants, clopidogrel",
        "Apixab., anticoagulants, apixaban",
        "spirono, acne-medication, spironolactone",
        "Doxycyc 100mg, acne-medication, doxycycline",
        "methotrex weekly, immunosuppression, methotrexate",
        "tretin cream, acne-medication, tretinoin"
    })
    void aDrugNameCutShortIsAProbableMatchAndNeverCleared(String medication, String id, String term) {
        Evidence e = probableFinding(List.of(), List.of(medication), id).evidence().stream()
                .filter(x -> x.term().equals(term)).findFirst().orElseThrow();
        assertThat(e.confirm()).endsWith(" may be " + term + " cut short: confirm");
        assertThat(e.via()).startsWith("possibly " + term + ", ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"psoria", "warf", "clopidogrelx"})
    void onlyTheBeginningOfADrugNameOfSixLettersAndHalfTheNameIsItCutShortNeverAConditionsWord(String entry) {
        Assessment a = assess(with(clean("acne scars"), List.of(), List.of(entry)));
        assertThat(treatment(a, MN).findings()).noneMatch(c -> c.evidence().stream()
                .anyMatch(e -> e.confirm() != null && e.confirm().contains("cut short")));
    }

    @ParameterizedTest(name = "an unknown field {0}: {1} asks about {2}")
    @CsvSource({
        "pregnant, yes, pregnancy, Is the patient pregnant or breastfeeding?",
        "pregnant, no, pregnancy, Is the patient pregnant or breastfeeding?",
        "allergies, lidocaine, anaesthetic-or-metal-allergy, Is the patient allergic to topical anaesthetics",
        "medicatons, warfarin 5mg, anticoagulants, Does the patient take a blood thinner",
        "history, moles on back, changing-skin-lesions, Are any moles changing in size or shape",
    })
    void aTermInAFieldTheIntakeDoesNotHaveIsAskedAboutNeverCertainNeverCleared(String name, String text, String id,
                                                                                String question) {
        IntakeProfile p = withUnknownFields(clean("acne scars"), new UnknownField("email", "jo@example.org"),
                new UnknownField(name, text));
        TreatmentAssessment mn = treatment(assess(p), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo(id);
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo(Field.UNKNOWN_FIELD);
                assertThat(e.input()).isEqualTo(name + ": " + text);
                assertThat(e.confirm()).startsWith("the field `" + name + "` is not one the rules read: " + question);
            });
        });
        IntakeProfile answeredNo = withAnswers(p, Map.of(mn.findings().get(0).contraindication().question().id(), Answer.NO));
        assertThat(verdict(assess(answeredNo), MN)).as("an answer does not clear what the record holds")
                .isEqualTo(Verdict.REVIEW);
    }

    @Test
    void aYesUnderANameNearAQuestionsIdIsAProbableYesToItNeverCertainNeverCleared() {
        IntakeProfile p = withUnknownFields(clean("acne scars"), new UnknownField("answers.skin-typ", "yes", "skin-type"));
        TreatmentAssessment mn = treatment(assess(p), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        Check c = mn.findings().get(0);
        assertThat(c.contraindication().id()).isEqualTo("darker-skin-pih");
        assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
        assertThat(c.evidence()).singleElement().satisfies(e -> {
            assertThat(e.input()).isEqualTo("answers.skin-typ: yes");
            assertThat(e.via()).isEqualTo("possibly a yes to skin-type");
            assertThat(e.confirm()).startsWith("`skin-typ` may be the question skin-type, which the rules read only under"
                    + " that name: Is the patient's skin Fitzpatrick type IV-VI");
        });
        assertThat(verdict(assess(withAnswers(p, Map.of("skin-type", Answer.NO))), MN)).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void anAnswerUnknownKeepsItsQuestionOpenWhateverTheListsSayButNeverHidesAMatch() {
        IntakeProfile p = withAnswers(clean("acne scars"), Map.of("pregnancy", Answer.UNKNOWN));
        TreatmentAssessment mn = treatment(assess(p), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.unknowns()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("pregnancy");
            assertThat(c.missing()).containsExactly(Field.ANSWERS);
        });
        assertThat(assess(p).questions()).extracting(q -> q.id()).containsExactly("pregnancy");
        IntakeProfile matched = withAnswers(with(clean("acne scars"), List.of(), List.of("warfarin")),
                Map.of("blood-thinners", Answer.UNKNOWN));
        assertThat(verdict(assess(matched), MN)).isEqualTo(Verdict.CONTRAINDICATED);
    }

    /** Reports say why each part rules nothing out; a script reading JSON had only the open rules' ids. */
    @Test
    void whyEachPartOfTheRecordRulesNothingOutIsKnown() {
        Assessment absent = assess(Profiles.withFitzpatrick(with(clean("acne scars"), null, List.of("unsure")), null));
        assertThat(absent.notKnown()).containsExactly(entry(Field.CONDITIONS, NotKnown.NOT_RECORDED),
                entry(Field.MEDICATIONS, NotKnown.RECORDED_AS_NOT_KNOWN), entry(Field.FITZPATRICK, NotKnown.NOT_RECORDED));
        Assessment answered = assess(withAnswers(clean("acne scars"), Map.of("pregnancy", Answer.UNKNOWN)));
        assertThat(answered.notKnown()).containsExactly(entry(Field.ANSWERS, NotKnown.ANSWERED_UNKNOWN));
        Assessment settled = assess(withAnswers(with(clean("acne scars"), List.of(), List.of("warfarin")),
                Map.of("blood-thinners", Answer.UNKNOWN)));
        assertThat(settled.notKnown()).as("an answer unknown the list settles leaves nothing open").isEmpty();
        assertThat(assess(clean("acne scars")).notKnown()).isEmpty();
    }

    @Test
    void anUnknownFieldThatNamesNoTermOrOnlyAnExceptionLeavesTheVerdict() {
        IntakeProfile p = withUnknownFields(clean("acne scars"), new UnknownField("email", "jo@example.org"),
                new UnknownField("phone", "+44 20 7946 0000"), new UnknownField("previous treatment", "chemical peel for scars"), new UnknownField("skin history", "acne scars"));
        Assessment a = assess(p);
        assertThat(verdict(a, MN)).isEqualTo(Verdict.SUITABLE);
        assertThat(a.unmatched()).as("its text is not an entry of a list").isEmpty();
    }

    @Test
    void aLongUnknownFieldIsSearchedInPiecesToItsEndEachTermShownOnce() {
        String values = String.join(", ", Collections.nCopies(4_000, "mole on back"));
        IntakeProfile p = withUnknownFields(clean("acne scars"), new UnknownField("history", values + ", pregnant now"),
                new UnknownField("other", "x ".repeat(12_000) + "pregnant"));
        TreatmentAssessment mn = treatment(assess(p), MN);
        assertThat(mn.findings()).extracting(c -> c.contraindication().id())
                .containsExactly("changing-skin-lesions", "pregnancy");
        assertThat(mn.findings().get(0).evidence()).singleElement()
                .satisfies(e -> assertThat(e.input()).startsWith("history: mole on back, ").hasSizeLessThanOrEqualTo(10_000));
        assertThat(mn.findings().get(1).evidence()).extracting(Evidence::input)
                .satisfiesExactly(first -> assertThat(first).endsWith("mole on back, pregnant now"),
                        second -> assertThat(second).endsWith("x pregnant").hasSizeLessThanOrEqualTo(10_000));
    }

    @Test
    void aPieceOfAnUnknownFieldEndsAfterTheLastSeparatorThatFitsElseAtTheLimit() {
        int piece = TriggerVocabulary.PIECE;
        String values = "x".repeat(piece - 4) + ", yy, zz";
        assertThat(TriggerVocabulary.pieceEnd(values, 0)).isEqualTo(piece - 2);
        assertThat(TriggerVocabulary.pieceEnd("x".repeat(piece - 2) + ", yy", 0)).isEqualTo(piece);
        assertThat(TriggerVocabulary.pieceEnd("x".repeat(piece - 1) + ", yy", 0)).as("no separator fits").isEqualTo(piece);
        assertThat(TriggerVocabulary.pieceEnd("x".repeat(piece), 0)).as("the rest fits").isEqualTo(piece);
        assertThat(TriggerVocabulary.pieceEnd("x".repeat(piece - 4) + ", yy", 0)).as("the rest fits, separators and all")
                .isEqualTo(piece);
        assertThat(TriggerVocabulary.pieceEnd(", " + "x".repeat(piece), 0)).as("a separator at the start is no end")
                .isEqualTo(piece);
        assertThat(TriggerVocabulary.pieceEnd("x".repeat(piece + 1), 0)).isEqualTo(piece);
        assertThat(TriggerVocabulary.pieceEnd("x".repeat(piece + 7), 5)).isEqualTo(piece + 5);
        assertThat(TriggerVocabulary.pieceEnd("x".repeat(piece + 7), 7)).isEqualTo(piece + 7);
    }

    @Test
    void anUnknownFieldNeverMatchesByNearSpelling() {
        IntakeProfile p = withUnknownFields(clean("acne scars"), new UnknownField("surname", "Warfrin"));
        assertThat(verdict(assess(p), MN)).isEqualTo(Verdict.SUITABLE);
    }

    @Test
    void aCertainFindingStaysCertainBesideAnUnknownFieldThatNamesItToo() {
        IntakeProfile p = withUnknownFields(with(clean("acne scars"), List.of(), List.of("warfarin")),
                new UnknownField("blood thinners", "yes"));
        Check c = treatment(assess(p), MN).findings().get(0);
        assertThat(c.status()).isEqualTo(CheckStatus.MATCHED);
        assertThat(c.evidence()).extracting(Evidence::field).containsExactly(Field.MEDICATIONS, Field.UNKNOWN_FIELD);
    }

    @ParameterizedTest(name = "{0} may be a form of {2}")
    @CsvSource({
        "psoriatic, psoriasis-eczema, psoriasis",
        "eczematous skin, psoriasis-eczema, eczema",
        "infected spot on chin, active-infection, infection",
        "sunburned last week, sunburn, sunburn"
    })
    void anotherFormOfAListedWordIsAProbableMatchAndNeverCleared(String condition, String id, String term) {
        Evidence e = probableFinding(condition, id).evidence().get(0);
        assertThat(e.confirm()).endsWith("may be a form of " + term + ": confirm");
        assertThat(e.via()).isEqualTo("condition");
    }

    /**
     * A word found near a term is not found again joined to the next word: "psoriatic arthritis" had also said
     * "`psoriaticarthritis` may be a form of psoriasis", and "Warfarns 5mg" "`warfarn5` may be a form of warfarin".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "conditions | psoriatic arthritis | psoriasis-eczema | `psoriatic` may be a form of psoriasis: confirm",
        "conditions | infected spot | active-infection | `infected` may be a form of infection: confirm",
        "medications | Warfarns 5mg | anticoagulants | `warfarn` may be a misspelling of warfarin: confirm",
        "medications | prednisolone 40mg | high-dose-corticosteroids | `prednisolone` may be a misspelling of prednisone: confirm"
    })
    void anEntryThatNamesATermOnceIsOneMatchHoweverManyWaysItIsRead(String field, String entry, String id,
                                                                    String confirm) {
        List<String> one = List.of(entry);
        Check c = field.equals("conditions") ? probableFinding(one, List.of(), id) : probableFinding(List.of(), one, id);
        assertThat(c.evidence()).singleElement().extracting(Evidence::confirm).isEqualTo(confirm);
    }

    /**
     * The finding of contraindication {@code id} for microneedling, given one condition: probable, so review, and the
     * condition recognised (not listed as unmatched).
     */
    private static Check probableFinding(String condition, String id) {
        return probableFinding(List.of(condition), List.of(), id);
    }

    private static Check probableFinding(List<String> conditions, List<String> medications, String id) {
        Assessment a = assess(with(clean("acne scars"), conditions, medications));
        assertThat(a.unmatched()).isEmpty();
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        Check found = mn.findings().stream().filter(c -> c.contraindication().id().equals(id)).findFirst().orElseThrow();
        assertThat(found.status()).isEqualTo(CheckStatus.PROBABLE);
        return found;
    }

    @ParameterizedTest(name = "{0} may mean {2}")
    @CsvSource({
        "allergic to local anaesthetic, anaesthetic-or-metal-allergy, anaesthetic allergy",
        "allergic to steel that is stainless, anaesthetic-or-metal-allergy, stainless steel allergy",
        "'steroids, high dose', high-dose-corticosteroids, high dose steroid",
        "'scar, hypertrophic', keloid-tendency, hypertrophic scar",
        "'skin: a cancerous spot', changing-skin-lesions, skin cancer",
        "burn from the sun, sunburn, sun burn",
        "lichen planis, koebner-prone, lichen planus",
        "lichen plannus, koebner-prone, lichen planus"
    })
    void theWordsOfATermInAnotherOrderFormOrSpellingAreAProbableMatchAndNeverCleared(String condition, String id,
                                                                                   String term) {
        assertThat(probableFinding(condition, id).evidence()).singleElement().satisfies(e -> {
            assertThat(e.term()).isEqualTo(term);
            assertThat(e.confirm()).isEqualTo("the words of " + term + " appear in another order, form or spelling: confirm");
        });
    }

    @ParameterizedTest(name = "{0} may mean {2}")
    @CsvSource(delimiter = '|', value = {
        "benzoyl peroxyde | acne-medication | benzoyl peroxide | the words of benzoyl peroxide appear in another order, form or spelling: confirm",
        "benzol peroxide | acne-medication | benzoyl peroxide | the words of benzoyl peroxide appear in another order, form or spelling: confirm",
        "benzol peroxyde gel | acne-medication | benzoyl peroxide | the words of benzoyl peroxide appear in another order, form or spelling: confirm",
        "acetyl salicylic acid 100 mg | anticoagulants | acetylsalicylic acid | `acetyl salicylic acid` may be acetylsalicylic acid written apart: confirm",
        "acetyl salicilic acid 75 mg | anticoagulants | acetylsalicylic acid | the words of acetylsalicylic acid appear in another order, form or spelling: confirm",
        "acetylsalicylicacid | anticoagulants | acetylsalicylic acid | `acetylsalicylicacid` may be acetylsalicylic acid written together: confirm"
    })
    void aDrugNameOfSeveralWordsMisspeltOrWrittenApartIsAProbableMatchAndNeverCleared(String medication, String id,
                                                                                    String term, String confirm) {
        assertThat(probableFinding(List.of(), List.of(medication), id).evidence()).singleElement().satisfies(e -> {
            assertThat(e.term()).isEqualTo(term);
            assertThat(e.via()).startsWith("possibly " + term + ", ");
            assertThat(e.confirm()).isEqualTo(confirm);
        });
    }

    @ParameterizedTest(name = "{0} may be {2}")
    @CsvSource({
        "mycophenolate, immunosuppression, mycophenolic acid, `mycophenolate` may be a form of mycophenolic acid",
        "mycophenolate mofetil 500mg, immunosuppression, mycophenolic acid, `mycophenolate` may be a form of mycophenolic acid",
        "benzoyl wash, acne-medication, benzoyl peroxide, `benzoyl` may be benzoyl peroxide"
    })
    void theFirstWordOfADrugNameOfSeveralWordsIsAProbableMatchAndNeverCleared(String medication, String id,
                                                                            String term, String confirm) {
        assertThat(probableFinding(List.of(), List.of(medication), id).evidence()).singleElement().satisfies(e -> {
            assertThat(e.term()).isEqualTo(term);
            assertThat(e.confirm()).isEqualTo(confirm + ": confirm");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "family history of skin cancer, changing-skin-lesions, 'the entry says `family history`: Does the patient have moles, skin tags, freckles or other growths that change in size or shape, a mole or wart in the treatment area, or skin cancer in the area?'",
        "skin cancer runs in the family, changing-skin-lesions, 'the entry says `runs in the family`: Does the patient have moles, skin tags, freckles or other growths that change in size or shape, a mole or wart in the treatment area, or skin cancer in the area?'",
        "FHx keloids, keloid-tendency, 'the entry says `fhx`: Does the patient form keloids or hypertrophic scars?'",
        "family hx of diabetes, uncontrolled-diabetes, Is the diabetes well controlled? (the entry says `family hx`)",
        "keloid scarring in family, keloid-tendency, 'the entry says `family`: Does the patient form keloids or hypertrophic scars?'",
        "mother has psoriasis, psoriasis-eczema, 'the entry says `mother`: Does the patient have psoriasis, eczema or dermatitis?'",
        "Mum's cold sores, active-infection, 'the entry says `mum`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "skin cancer (father), changing-skin-lesions, 'the entry says `father`: Does the patient have moles, skin tags, freckles or other growths that change in size or shape, a mole or wart in the treatment area, or skin cancer in the area?'",
        "both sisters have eczema, psoriasis-eczema, 'the entry says `sister`: Does the patient have psoriasis, eczema or dermatitis?'",
        "husband has cold sores, active-infection, 'the entry says `husband`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "nursing mother: no, pregnancy, 'the entry says `no`: Is the patient pregnant or breastfeeding?'",
        "shingles vaccination 2020, active-infection, 'the entry says `vaccination`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "no keloids, keloid-tendency, 'the entry says `no`: Does the patient form keloids or hypertrophic scars?'",
        "not pregnant, pregnancy, 'the entry says `not`: Is the patient pregnant or breastfeeding?'",
        "denies cold sores, active-infection, 'the entry says `denies`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "never had eczema, psoriasis-eczema, 'the entry says `never`: Does the patient have psoriasis, eczema or dermatitis?'",
        "completed chemotherapy in 2023, cancer-therapy, 'the entry says `completed`: Is the patient receiving radiation therapy or chemotherapy for cancer, or within 4 weeks of a course (before it starts or after it ends)?'",
        "history of shingles, active-infection, 'the entry says `history of`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "resolved eczema, psoriasis-eczema, 'the entry says `resolved`: Does the patient have psoriasis, eczema or dermatitis?'",
        "may be pregnant, pregnancy, 'the entry says `may be`: Is the patient pregnant or breastfeeding?'",
        "unsure if pregnant, pregnancy, 'the entry says `unsure`: Is the patient pregnant or breastfeeding?'",
        "pregnancy status unknown, pregnancy, 'the entry says `unknown`: Is the patient pregnant or breastfeeding?'",
        "planning a pregnancy, pregnancy, 'the entry says `planning`: Is the patient pregnant or breastfeeding?'",
        "suspected lupus, collagen-vascular-disease, 'the entry says `suspected`: Does the patient have a collagen vascular disease such as scleroderma or lupus?'",
        "query eczema, psoriasis-eczema, 'the entry says `query`: Does the patient have psoriasis, eczema or dermatitis?'",
        "possible psoriasis, psoriasis-eczema, 'the entry says `possible`: Does the patient have psoriasis, eczema or dermatitis?'",
        "rule out shingles, active-infection, 'the entry says `rule out`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "pregnancy ruled out, pregnancy, 'the entry says `ruled out`: Is the patient pregnant or breastfeeding?'",
        "pregnancy excluded (test 3/11), pregnancy, 'the entry says `excluded`: Is the patient pregnant or breastfeeding?'",
        "free of cold sores since 2022, active-infection, 'the entry says `free of`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "recovered from shingles, active-infection, 'the entry says `recovered from`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "used to get cold sores, active-infection, 'the entry says `used to`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "'eczema - none now', psoriasis-eczema, 'the entry says `none`: Does the patient have psoriasis, eczema or dermatitis?'",
        "eczema as a child, psoriasis-eczema, 'the entry says `as a child`: Does the patient have psoriasis, eczema or dermatitis?'",
        "eczema in childhood, psoriasis-eczema, 'the entry says `in childhood`: Does the patient have psoriasis, eczema or dermatitis?'",
        "psoriasis in my teens, psoriasis-eczema, 'the entry says `in my teens`: Does the patient have psoriasis, eczema or dermatitis?'",
        "grew out of eczema, psoriasis-eczema, 'the entry says `grew out of`: Does the patient have psoriasis, eczema or dermatitis?'"
    })
    void aConditionThatTheEntrySaysMayNotApplyIsAProbableMatchNotACertainOne(String condition, String id, String confirm) {
        assertThat(probableFinding(condition, id).evidence()).singleElement()
                .satisfies(e -> assertThat(e.confirm()).isEqualTo(confirm));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "shingles vaccine, active-infection, 'the entry says `vaccine`: Does the patient have an active skin infection in the area (cold sores, herpes, impetigo, warts, molluscum)?'",
        "stopped aspirin 2 weeks ago, anticoagulants, 'the entry says `stopped`: Does the patient take a blood thinner (an anticoagulant or antiplatelet, including aspirin)?'",
        "not on warfarin, anticoagulants, 'the entry says `not`: Does the patient take a blood thinner (an anticoagulant or antiplatelet, including aspirin)?'",
        "isotretinoin (finished 3 months ago), acne-medication, 'the entry says `finished`: Is the patient taking, or has recently taken, any acne medicine (isotretinoin, a topical retinoid, benzoyl peroxide, an oral antibiotic or spironolactone for acne)?'",
        "due to start warfarin, anticoagulants, 'the entry says `to start`: Does the patient take a blood thinner (an anticoagulant or antiplatelet, including aspirin)?'",
        "will start Accutane in June, acne-medication, 'the entry says `will start`: Is the patient taking, or has recently taken, any acne medicine (isotretinoin, a topical retinoid, benzoyl peroxide, an oral antibiotic or spironolactone for acne)?'",
        "considering Roaccutane, acne-medication, 'the entry says `considering`: Is the patient taking, or has recently taken, any acne medicine (isotretinoin, a topical retinoid, benzoyl peroxide, an oral antibiotic or spironolactone for acne)?'",
        "quit Accutane in May, acne-medication, 'the entry says `quit`: Is the patient taking, or has recently taken, any acne medicine (isotretinoin, a topical retinoid, benzoyl peroxide, an oral antibiotic or spironolactone for acne)?'",
        "used to take warfarin, anticoagulants, 'the entry says `used to`: Does the patient take a blood thinner (an anticoagulant or antiplatelet, including aspirin)?'",
        "off warfarin since Jan, anticoagulants, 'the entry says `off`: Does the patient take a blood thinner (an anticoagulant or antiplatelet, including aspirin)?'",
        "'warfarin - held 5 days', anticoagulants, 'the entry says `held`: Does the patient take a blood thinner (an anticoagulant or antiplatelet, including aspirin)?'",
        "clopidogrel on hold, anticoagulants, 'the entry says `on hold`: Does the patient take a blood thinner (an anticoagulant or antiplatelet, including aspirin)?'",
        "'Accutane (paused)', acne-medication, 'the entry says `paused`: Is the patient taking, or has recently taken, any acne medicine (isotretinoin, a topical retinoid, benzoyl peroxide, an oral antibiotic or spironolactone for acne)?'"
    })
    void aMedicineThatTheEntrySaysMayNotApplyIsAProbableMatchNotACertainOne(String medication, String id, String confirm) {
        assertThat(probableFinding(List.of(), List.of(medication), id).evidence()).singleElement()
                .satisfies(e -> assertThat(e.confirm()).isEqualTo(confirm));
    }

    /** A concern says what the patient wants; the condition it names is the patient's own, found for certain. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"want to calm my rosacea", "hoping to reduce rosacea redness", "would like rosacea treated"})
    void aGoalWrittenInAConcernLeavesItsConditionACertainMatch(String concern) {
        TreatmentAssessment mn = treatment(assess(with(clean("acne scars", concern), List.of(), List.of())), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(mn.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("rosacea");
            assertThat(c.status()).isEqualTo(CheckStatus.MATCHED);
        });
    }

    /**
     * A stopped medicine still counts within its rule's time window, so the ask is the rule's own question: asking
     * whether Roaccutane "applies to the patient now" invited a no for a patient who stopped it three months ago.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "roaccutane stopped 3 months ago, isotretinoin, 'the entry says `stopped`: Has the patient taken isotretinoin (e.g. Accutane, Roaccutane, Absorica) in the last 12 months?'",
        "stopped tretinoin cream, topical-retinoids, 'the entry says `stopped`: Does the patient use a topical retinoid (e.g. tretinoin, adapalene, tazarotene), an AHA or other keratolytic, or benzoyl peroxide, or has used one in the last 5 days?'"
    })
    void aStoppedMedicineIsAskedAboutWithinItsRulesTimeWindow(String medication, String id, String confirm) {
        TreatmentAssessment mda = treatment(assess(with(clean("acne scars"), List.of(), List.of(medication))), MDA);
        assertThat(mda.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mda.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo(id);
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence()).singleElement().satisfies(e -> assertThat(e.confirm()).isEqualTo(confirm));
        });
    }

    /** Six letters is the shortest first word that stands for its drug's name (the bundled names' are longer). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"abcdef gh, abcdef, true", "abcde fgh, abcde, false"})
    void theFirstWordOfADrugNameStandsForItFromSixLetters(String drug, String medication, boolean probable)
            throws Exception {
        Screener s = oneTreatment("""
                drugClasses: [{id: d, name: D, sources: [s], drugs: [{name: %s, sources: [s]}]}]
                contraindications:
                  - {id: x, name: X, triggers: {drugClasses: [d]}, question: {id: q, text: Q}, sources: [s],
                     treatments: {t: {severity: absolute, explanation: e, sources: [s]}}}
                """.formatted(drug));
        Assessment a = s.assess(new IntakeProfile("p", List.of("cee"), List.of(), List.of(medication), null, null, null,
                Map.of()));
        assertThat(a.treatments().get(0).findings()).hasSize(probable ? 1 : 0);
        assertThat(a.unmatched()).hasSize(probable ? 0 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hydrogen peroxide", "salicylic acid", "benzyl benzoate"})
    void aMedicineSharingOnlyAGenericWordWithAListedDrugIsNotTakenForIt(String medication) {
        Assessment a = assess(with(clean("acne scars"), List.of(), List.of(medication)));
        assertThat(treatment(a, MN).findings()).isEmpty();
        assertThat(a.unmatched()).containsExactly(medication);
    }

    @Test
    void aWordThatOnlyBeginsLikeAListedOneDoesNotCompleteATermInAnotherOrder() {
        Assessment a = assess(with(clean("acne scars"), List.of("hypertension, scar from appendectomy"), List.of()));
        assertThat(treatment(a, MN).findings()).isEmpty();
        assertThat(a.unmatched()).containsExactly("hypertension, scar from appendectomy");
    }

    @Test
    void wordsShorterThanThreeLettersAreNotNeededForATermInAnotherOrder() throws Exception {
        Screener s = oneTreatment("""
                drugClasses: []
                contraindications:
                  - {id: x, name: X, triggers: {conditions: [allergy to gold]}, question: {id: q, text: Q}, sources: [s],
                     treatments: {t: {severity: absolute, explanation: e, sources: [s]}}}
                """);
        Assessment a = s.assess(new IntakeProfile("p", List.of("cee"), List.of("gold allergy"), List.of(), null, null, null, Map.of()));
        assertThat(a.treatments().get(0).findings()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence().get(0).term()).isEqualTo("allergy to gold");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Eli quis, eliquis", "war farin 5 mg daily, warfarin"})
    void aDrugNameSplitByATypedSpaceIsAProbableMatchAndNeverCleared(String medication, String term) {
        Assessment a = assess(with(clean("acne scars"), List.of(), List.of(medication)));
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("anticoagulants");
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence().get(0).confirm()).endsWith("written apart: confirm");
        });
        assertThat(a.unmatched()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sun-burned face, sunburn, `sunburned` may be a form of sunburn: confirm",
            "sun burning on nose, sunburn, `sunburning` may be a form of sunburn: confirm",
            "in fected spot, active-infection, `infected` may be a form of infection: confirm",
            "Eli-quiss, anticoagulants, `eliquiss` may be a misspelling of Eliquis: confirm"})
    void aListedWordWrittenApartInAnotherFormOrSpellingIsAProbableMatchAndNeverCleared(String condition, String id,
                                                                                     String confirm) {
        assertThat(probableFinding(condition, id).evidence()).extracting(Evidence::confirm).contains(confirm);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"coldsores, conditions, active-infection, cold sore, together",
            "recurrent coldsores, conditions, active-infection, cold sore, together",
            "col dsores, conditions, active-infection, cold sore, apart",
            "Herpessimplex on lip, conditions, active-infection, herpes simplex, together",
            "skincancer 2019, conditions, changing-skin-lesions, skin cancer, together",
            "activeacne, conditions, active-acne, active acne, together",
            "lichenplanus, conditions, koebner-prone, lichen planus, together",
            "highdose steroids, medications, high-dose-corticosteroids, high dose steroid, together",
            "bloodthinner, medications, anticoagulants, blood thinner, together"})
    void aTermOfSeveralWordsWrittenTogetherIsAProbableMatchAndNeverCleared(String entry, String list, String id, String term,
                                                                          String how) {
        boolean condition = list.equals("conditions");
        Assessment a = assess(with(clean("acne scars"), condition ? List.of(entry) : List.of(), condition ? List.of() : List.of(entry)));
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo(id);
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence().get(0).term()).isEqualTo(term);
            assertThat(c.evidence().get(0).confirm()).endsWith(" may be " + term + " written " + how + ": confirm");
        });
        assertThat(a.unmatched()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bruiseseasily", "bruiseeasily", "bruise seasily"})
    void aTermWhoseWordsChangeWhenMadeSingularIsFoundWrittenTogetherEitherWay(String entry) throws Exception {
        Screener s = oneTreatment("""
                drugClasses: []
                contraindications:
                  - {id: x, name: X, triggers: {conditions: [bruises easily]}, question: {id: q, text: Q}, sources: [s],
                     treatments: {t: {severity: absolute, explanation: e, sources: [s]}}}
                """);
        Assessment a = s.assess(new IntakeProfile("p", List.of("cee"), List.of(entry), List.of(), null, null, null, Map.of()));
        assertThat(a.treatments().get(0).findings()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence().get(0).confirm()).contains(" may be bruises easily written ");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"scoldsore", "coldsoreness", "bloodthinnerx", "cold", "skincare"})
    void onlyWholeWordsWrittenTogetherMakeATermNeverPartOfAWord(String entry) {
        Assessment a = assess(with(clean("acne scars"), List.of(entry), List.of()));
        assertThat(treatment(a, MN).findings()).isEmpty();
        assertThat(a.unmatched()).containsExactly(entry);
    }

    /** Everyday words a near spelling or another form had read as a listed term: each had made the entry review. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"insulin injections", "B12 injection", "canker sores", "retinopathy",
        "skin injections", "injection into the skin"})
    void anEverydayWordNearAListedTermIsNotTakenForIt(String entry) {
        for (Assessment a : List.of(assess(with(clean("acne scars"), List.of(entry), List.of())),
                assess(with(clean("acne scars"), List.of(), List.of(entry))))) {
            assertThat(a.treatments()).allSatisfy(t -> assertThat(t.findings()).isEmpty());
            assertThat(a.unmatched()).containsExactly(entry);
        }
    }

    @Test
    void anEverydayWordBesideAListedTermLeavesThatTermFound() {
        Assessment a = assess(with(clean("acne scars"), List.of("diabetic retinopathy"), List.of()));
        assertThat(treatment(a, MN).findings()).singleElement()
                .satisfies(c -> assertThat(c.contraindication().id()).isEqualTo("uncontrolled-diabetes"));
        assertThat(treatment(a, MDA).findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stretch marks after pregnancy", "post-pregnancy stretch marks", "striae since my pregnancies"})
    void stretchMarksLeftByAPastPregnancyAreNotAPregnancy(String concern) {
        Assessment a = assess(clean(concern));
        assertThat(a.concerns()).singleElement().satisfies(c -> assertThat(c.concern()).isEqualTo("stretch-marks"));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.SUITABLE);
        assertThat(verdict(a, MDA)).isEqualTo(Verdict.SUITABLE);
    }

    @Test
    void stretchMarksDuringAPregnancyStillNameThePregnancy() {
        TreatmentAssessment mn = treatment(assess(clean("stretch marks during pregnancy")), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(mn.findings()).singleElement()
                .satisfies(c -> assertThat(c.contraindication().id()).isEqualTo("pregnancy"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"skin rashes", "rashes on the cheeks"})
    void rashesInThePluralAreARash(String condition) {
        TreatmentAssessment mn = treatment(assess(with(clean("acne scars"), List.of(condition), List.of())), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(mn.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("open-wound-rash");
            assertThat(c.status()).isEqualTo(CheckStatus.MATCHED);
        });
    }

    @Test
    void hyperpigmentationAfterAcneIsNotActiveAcne() {
        TreatmentAssessment mn = treatment(assess(with(clean("acne scars"), List.of("PIH after acne"), List.of())), MN);
        assertThat(mn.findings()).extracting(c -> c.contraindication().id()).containsExactly("darker-skin-pih");
    }

    @Test
    void breastCancerIsNotTakenForBreastfeeding() {
        TreatmentAssessment mda = treatment(assess(with(clean("enlarged pores"),
                List.of("breast cancer, radiation therapy 2019"), List.of())), MDA);
        assertThat(mda.findings()).isEmpty();
        assertThat(mda.verdict()).isEqualTo(Verdict.SUITABLE);
    }

    /** Erythromycin is the acne antibiotic the ATC's note names beside the tetracyclines (S57); it had been unmatched. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"doxycycline 100mg, doxycycline", "erythromycin 500mg twice daily, erythromycin"})
    void anAntibioticUsedForAcneAsksWhetherItIsTakenForAcne(String medication, String drug) {
        Assessment a = assess(with(clean("acne scars"), List.of(), List.of(medication)));
        Check c = treatment(a, MN).findings().get(0);
        assertThat(c.contraindication().id()).isEqualTo("acne-medication");
        assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
        assertThat(c.evidence().get(0).confirm()).isEqualTo("Is " + drug + " taken for acne?");
        assertThat(verdict(a, MN)).isEqualTo(Verdict.REVIEW);
        assertThat(a.unmatched()).isEmpty();
    }

    @Test
    void aMoleThatIsNotSaidToChangeIsAQuestionNotAClearance() {
        TreatmentAssessment mn = treatment(assess(with(clean("acne scars"), List.of("mole on left cheek"), List.of())), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mn.findings().get(0).evidence().get(0).confirm()).contains("changing in size or shape");
    }

    @Test
    void cautionOutranksReview() {
        Assessment a = assess(with(clean("acne scars"), List.of("rosacea"), null));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.CAUTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'war\u00ADfarin', a soft hyphen pasted from a PDF",
        "'Eli\u200Bquis', a zero-width space pasted from a web page",
        "'warfarin5mg', the dose written without a space",
        "'Eliquis2.5mg', the dose written without a space"
    })
    void aBloodThinnerWrittenWithAnInvisibleCharacterOrAGluedDoseIsStillFound(String medication, String how) {
        Assessment a = assess(with(clean("acne scars"), List.of(), List.of(medication)));
        assertThat(verdict(a, MN)).as(how).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(treatment(a, MN).findings()).extracting(c -> c.contraindication().id()).containsExactly("anticoagulants");
    }

    @Test
    void unknownMedicinesAreListedAsUnmatchedSoTheyCanBeCheckedByHand() {
        Assessment a = assess(with(clean("acne scars"), List.of("appendectomy 2010"), List.of("metformin")));
        assertThat(a.unmatched()).containsExactly("appendectomy 2010", "metformin");
        assertThat(a.notKnown()).containsOnly(entry(Field.CONDITIONS, NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY),
                entry(Field.MEDICATIONS, NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY));
    }

    /**
     * No source names von Willebrand disease, yet it is a bleeding disorder: an entry the rules cannot read may
     * name what they screen for, so it leaves every check of its list that found nothing open, and had given
     * suitable. Answers settle those checks, as they do for a list not recorded.
     */
    @Test
    void anEntryNoRuleRecognisesRulesNothingOutThatItsListDoesNotName() {
        IntakeProfile vonWillebrand = with(clean("acne scars"), List.of("von Willebrand disease"), List.of());
        Assessment a = assess(vonWillebrand);
        assertThat(verdict(a, MN)).isEqualTo(Verdict.REVIEW);
        assertThat(verdict(a, MDA)).isEqualTo(Verdict.REVIEW);
        assertThat(a.recommendation()).isNull();
        assertThat(treatment(a, MN).unknowns()).extracting(c -> c.contraindication().id())
                .contains("blood-disorders", "cancer-therapy", "pregnancy");
        assertThat(treatment(a, MN).unknowns()).allSatisfy(c -> assertThat(c.missing()).containsOnly(Field.CONDITIONS));
        assertThat(treatment(a, MDA).unknowns()).extracting(c -> c.contraindication().id())
                .doesNotContain("isotretinoin", "topical-retinoids");

        Map<String, Answer> allNo = new HashMap<>();
        a.questions().forEach(q -> allNo.put(q.id(), Answer.NO));
        Assessment answered = assess(withAnswers(vonWillebrand, allNo));
        assertThat(verdict(answered, MN)).isEqualTo(Verdict.SUITABLE);
        assertThat(treatment(answered, MN).clearedByAnswer()).isNotEmpty();
        assertThat(answered.unmatched()).containsExactly("von Willebrand disease");

        Assessment found = assess(with(clean("acne scars"), List.of("von Willebrand disease"), List.of("Eliquis")));
        assertThat(verdict(found, MN)).as("a finding still decides").isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(verdict(found, MDA)).isEqualTo(Verdict.CAUTION);
        assertThat(found.notKnown()).containsOnly(entry(Field.CONDITIONS, NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY));

        Assessment unsure = assess(with(clean("acne scars"), List.of("von Willebrand disease", "unsure"), List.of()));
        assertThat(unsure.notKnown()).as("not known says more than not recognised")
                .containsOnly(entry(Field.CONDITIONS, NotKnown.RECORDED_AS_NOT_KNOWN));
    }

    /**
     * One entry holding a list ("acne scars and von Willebrand disease") was recognised by its one known item, and the
     * other item was never read: a bleeding disorder beside acne scars, or a blood thinner beside tranexamic acid,
     * gave suitable. Each item of such an entry must be recognised, or be words of how much, when or where.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "acne scars and von Willebrand disease | ",
        "history of acne, von Willebrand disease | ",
        "eczema; rosacea; Sjogren's | ",
        "rosacea plus MS | ",
        "eczema (also Sjogren) | ",
        "Acne scars. Von Willebrand disease. | ",
        "acne scars - von Willebrand disease | ",
        "rosacea, scar | ",
        "acne scars and melasma | ",
        " | tranexamic acid 650mg (for melasma)",
        " | tranexamic acid and Marcoumar",
        " | tranexamic acid, Marcoumar",
        " | tranexamic acid + something for BP",
        " | stopped Accutane, now Marcoumar",
        " | warfarin/Marcoumar",
        " | Eliquis & metformin"
    })
    void anItemNoRuleRecognisesInAListWrittenAsOneEntryRulesNothingOut(String condition, String medication) {
        assertTheEntryLeavesItsListOpen(condition, medication);
    }

    /**
     * An entry that names only what contraindicates nothing (acne scars, tranexamic acid) rules its list clear alone,
     * so every other word of it must name nothing: "acne scars von Willebrand disease" was suitable.
     */
    @ParameterizedTest(name = "{0}{1}")
    @CsvSource(delimiter = '|', value = {
        "acne scars von Willebrand disease | ",
        "history of acne von Willebrand | ",
        " | tranexamic acid Marcoumar",
        " | tranexamic acid for heavy periods"
    })
    void anEntryNamingOnlyWhatContraindicatesNothingMustNameNothingElse(String condition, String medication) {
        assertTheEntryLeavesItsListOpen(condition, medication);
    }

    private static void assertTheEntryLeavesItsListOpen(String condition, String medication) {
        Assessment a = withOneEntry(condition, medication);
        assertThat(a.unmatched()).containsExactly(condition == null ? medication : condition);
        Field list = condition == null ? Field.MEDICATIONS : Field.CONDITIONS;
        assertThat(a.notKnown()).containsOnly(entry(list, NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY));
        for (TreatmentAssessment t : a.treatments()) {
            assertThat(t.verdict()).isNotEqualTo(Verdict.SUITABLE);
            assertThat(t.unknowns()).isNotEmpty().allSatisfy(c -> assertThat(c.missing()).containsOnly(list));
        }
    }

    /** Items that say how much, how often, since when, how bad or where are not items the rules must recognise. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "type 2 diabetes, well controlled | ",
        "eczema (flare on hands) | ",
        "psoriasis, no flare for a year | ",
        "eczema on arms, eczema on face | ",
        "breast cancer, radiation therapy 2019 | ",
        "eczema, mild, since childhood | ",
        " | Roaccutane (stopped 3 months ago)",
        " | warfarin 5 mg/day",
        " | Xarelto and aspirin",
        " | tretinoin cream 0.05%, at night",
        " | prednisolone, high dose, 2 weeks ago",
        " | Warfarin 2.5 mg. Daily.",
        "Eczema. Mild. | ",
        "cold sores, last one 2 years ago | ",
        "breastfeeding, baby 6 months | ",
        " | Roaccutane 20mg, started Jan",
        "acne scars on face since 2015 | ",
        "history of acne as a teenager | ",
        "post acne scarring | ",
        " | tranexamic acid 250 mg twice daily"
    })
    void anItemOfDoseTimeSeverityOrPlaceLeavesTheEntryRecognised(String condition, String medication) {
        Assessment a = withOneEntry(condition, medication);
        assertThat(a.unmatched()).isEmpty();
        assertThat(a.notKnown()).isEmpty();
    }

    /** Acne scars, with the one entry given as the conditions or as the medications, and the other list empty. */
    private static Assessment withOneEntry(String condition, String medication) {
        return assess(with(clean("acne scars"), condition == null ? List.of() : List.of(condition),
                medication == null ? List.of() : List.of(medication)));
    }

    @Test
    void unrecognisedConcernsAreListedWithASuggestion() {
        Assessment a = assess(clean("sweating a lot", "xyzzy"));
        assertThat(a.unrecognized()).containsExactly(new Unrecognized("sweating a lot", "hyperhidrosis"),
                new Unrecognized("xyzzy", null));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.NOT_INDICATED);
        assertThat(a.recommendation()).isNull();
    }

    /** An item of a concern entry that names no concern was never reported: the entry was recognised by the rest. */
    @ParameterizedTest(name = "{0} -> {1} not recognised")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "acne scars and sweating | sweating | hyperhidrosis",
        "acne scars and spots | spots | discoloration",
        "melasma and some redness | some redness | null",
        "wrinkles, sagging | sagging | null",
        "scars from acne and chickenpox | chickenpox | null",
        "stretch marks; xyzzy | xyzzy | null"})
    void anItemOfAConcernEntryThatNamesNoConcernIsListedAsUnrecognised(String entry, String item, String suggestion) {
        Assessment a = assess(clean(entry));
        assertThat(a.concerns()).as("the rest of the entry still counts").isNotEmpty();
        assertThat(a.unrecognized()).containsExactly(new Unrecognized(item, suggestion));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"acne and burn scars", "scars from acne and burns", "Scars from acne or burns",
        "acne and chickenpox scars", "deep and rolling scars", "enlarged/open pores", "brown and age spots",
        "ice pick and boxcar scars", "stretch marks on thighs and stomach", "acne scars (cheeks)",
        "hyperhidrosis, enlarged pores", "fine lines and wrinkles"})
    void anItemThatSaysHowOrWhereOrBorrowsAConcernWordOfTheEntryIsNoUnrecognisedConcern(String entry) {
        Assessment a = assess(clean(entry));
        assertThat(a.concerns()).isNotEmpty();
        assertThat(a.unrecognized()).isEmpty();
    }

    @Test
    void concernMatchingIgnoresCaseSpacingPunctuationAndPlurals() {
        Assessment a = assess(clean("  STRETCH-Marks ", "Fine  lines.", "Excessive sweating", "striae"));
        assertThat(a.concerns()).extracting(ConcernMatch::concern)
                .containsExactly("stretch-marks", "fine-lines-wrinkles", "hyperhidrosis", "stretch-marks");
    }

    @Test
    void aConcernThatIsItselfAContraindicationIsScreenedToo() {
        Assessment a = assess(clean("acne scars", "active acne"));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(treatment(a, MN).findings().get(0).evidence().get(0).field()).isEqualTo(Field.CONCERNS);
    }

    @Test
    void anAnsweredNoClearsWhatAnAbsentListLeftUnknown() {
        IntakeProfile p = with(clean("acne scars"), List.of(), null);
        Map<String, Answer> no = Map.of("blood-thinners", Answer.NO, "acne-medication", Answer.NO,
                "high-dose-steroids", Answer.NO, "immunosuppression", Answer.NO);
        assertThat(verdict(assess(Profiles.withAnswers(p, no)), MN)).isEqualTo(Verdict.SUITABLE);
    }

    @Test
    void anAnsweredYesMatchesAndAnAnsweredNoNeverOverridesTheRecord() {
        IntakeProfile yes = Profiles.withAnswers(clean("acne scars"), Map.of("keloids", Answer.YES));
        assertThat(verdict(assess(yes), MN)).isEqualTo(Verdict.CONTRAINDICATED);
        IntakeProfile conflict = Profiles.withAnswers(with(clean("acne scars"), List.of(), List.of("Eliquis")),
                Map.of("blood-thinners", Answer.NO));
        assertThat(verdict(assess(conflict), MN)).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(treatment(assess(conflict), MN).findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("anticoagulants");
            assertThat(c.answeredNo()).isTrue();
        });
        IntakeProfile unanswered = with(clean("acne scars"), List.of(), List.of("Eliquis"));
        assertThat(treatment(assess(unanswered), MN).findings()).singleElement()
                .satisfies(c -> assertThat(c.answeredNo()).isFalse());
    }

    /**
     * A probable finding whose doubt is the one the rule's question asks is ruled out by a recorded no, and named as
     * ruled out by it: "no keloids" answered no to keloids had stayed review, "settle it with the patient".
     */
    @ParameterizedTest(name = "{1}: {2} answered no to {3}")
    @CsvSource({
        "conditions, no keloids, keloid-tendency, keloids",
        "conditions, pregnancy ruled out, pregnancy, pregnancy",
        "conditions, benign mole on back, changing-skin-lesions, changing-lesions",
        "conditions, type 2 diabetes, uncontrolled-diabetes, diabetes",
        "medications, doxycycline 100mg, acne-medication, acne-medication",
        "medications, stopped aspirin, anticoagulants, blood-thinners",
        "concerns, scars from acne, active-acne, active-acne",
        "concerns, hair loss after chemo, cancer-therapy, cancer-therapy"})
    void aNoRulesOutAProbableFindingWhoseDoubtItsQuestionAsks(String field, String entry, String id, String question) {
        IntakeProfile p = switch (field) {
            case "concerns" -> clean(entry);
            case "conditions" -> with(clean("acne scars"), List.of(entry), List.of());
            default -> with(clean("acne scars"), List.of(), List.of(entry));
        };
        assertThat(treatment(assess(p), MN).findings()).extracting(c -> c.contraindication().id()).containsExactly(id);
        TreatmentAssessment answered = treatment(assess(withAnswers(p, Map.of(question, Answer.NO))), MN);
        assertThat(answered.verdict()).isEqualTo(Verdict.SUITABLE);
        assertThat(answered.clearedByAnswer()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo(id);
            assertThat(c.evidence()).extracting(Evidence::input).containsExactly(entry);
        });
    }

    /**
     * The question a no settles a probable finding with must ask all its doubt: the device IFU excludes moles in the
     * area, changing or not, and "Does the patient have moles that change in size or shape?" answered no had cleared
     * a stable mole on the cheek.
     */
    @Test
    void aNoToTheLesionQuestionSaysThereIsNoMoleInTheTreatmentArea() {
        IntakeProfile p = with(clean("acne scars"), List.of("mole on cheek"), List.of());
        assertThat(treatment(assess(p), MN).findings()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence().get(0).confirm()).contains("in the treatment area");
            assertThat(c.contraindication().question().text()).contains("a mole or wart in the treatment area");
        });
    }

    /** A near spelling's doubt is which drug or condition it is: a patient on warfarin may not know it thins blood. */
    @ParameterizedTest(name = "{1}: {2} answered no to {3}")
    @CsvSource({
        "medications, warfrin, anticoagulants, blood-thinners",
        "conditions, psoraisis, psoriasis-eczema, psoriasis-eczema",
        "medications, Eli quis, anticoagulants, blood-thinners"})
    void aNoLeavesANearSpellingAsItIsBesideTheAnswer(String field, String entry, String id, String question) {
        IntakeProfile p = field.equals("conditions") ? with(clean("acne scars"), List.of(entry), List.of())
                : with(clean("acne scars"), List.of(), List.of(entry));
        TreatmentAssessment answered = treatment(assess(withAnswers(p, Map.of(question, Answer.NO))), MN);
        assertThat(answered.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(answered.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo(id);
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.answeredNo()).isTrue();
        });
        assertThat(answered.clearedByAnswer()).isEmpty();
    }

    @Test
    void aHistoryOfAcneScarsDoesNotHideActiveAcneInTheSameEntry() {
        Assessment a = assess(with(clean("acne scars"), List.of("acne scars, now active acne again"), List.of()));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.CONTRAINDICATED);
    }

    @Test
    void anExactDrugIsOneCertainPieceOfEvidenceNotAlsoANearMatch() {
        Check c = treatment(assess(with(clean("acne scars"), List.of(), List.of("warfarin"))), MN).findings().get(0);
        assertThat(c.evidence()).singleElement().satisfies(e -> assertThat(e.confirm()).isNull());
    }

    @Test
    void aMisspeltDrugCountsAsRecognisedNotUnmatched() {
        assertThat(assess(with(clean("acne scars"), List.of(), List.of("warfrin"))).unmatched()).isEmpty();
    }

    @Test
    void equalEvidenceRecommendsTheFirstTreatmentInTheKnowledgeBase() {
        Assessment a = assess(clean("fine lines", "enlarged pores"));
        assertThat(verdict(a, MN)).isEqualTo(Verdict.SUITABLE);
        assertThat(verdict(a, MDA)).isEqualTo(Verdict.SUITABLE);
        assertThat(a.recommendation()).isEqualTo(MN);
    }

    @Test
    void unrecognisedConcernsGetTheClosestSuggestion() {
        Assessment a = assess(clean("striea", "hair thinning", "wrinkly", "pie", "zzzzzzzzz"));
        assertThat(a.unrecognized()).containsExactly(new Unrecognized("striea", "stretch-marks"),
                new Unrecognized("hair thinning", "alopecia"), new Unrecognized("wrinkly", "fine-lines-wrinkles"),
                new Unrecognized("pie", null), new Unrecognized("zzzzzzzzz", null));
    }

    @Test
    void aConcernWrittenWithoutItsSpacesIsSuggestedNotRecognised() {
        Assessment a = assess(clean("acnescars", "Finelines", "hairloss on crown", "enlarged pores", "unevenskintone"));
        assertThat(a.concerns()).extracting(ConcernMatch::concern).containsExactly("enlarged-pores");
        assertThat(a.unrecognized()).containsExactly(new Unrecognized("acnescars", "scars"),
                new Unrecognized("Finelines", "fine-lines-wrinkles"), new Unrecognized("hairloss on crown", "alopecia"),
                new Unrecognized("unevenskintone", "discoloration"));
    }

    @Test
    void theScreenerRecognisesAndSuggestsConcernsForTheGuidedCheck() {
        Screener s = new Screener(Profiles.KB);
        assertThat(s.recognise("acne scars and wrinkles")).containsExactly("scars", "fine-lines-wrinkles");
        assertThat(s.recognise("sweaty")).isEmpty();
        assertThat(s.suggest("striea")).isEqualTo("stretch-marks");
        assertThat(s.suggest("qqqqqq")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"oily skin, ", "loose skin, ", "dull skin, ", "uneven complexion, discoloration",
        "unevenskintone, discoloration"})
    void theWordSkinSuggestsNoConcernButTheWordsBesideItDo(String concern, String suggestion) {
        assertThat(assess(clean(concern)).unrecognized()).containsExactly(new Unrecognized(concern, suggestion));
    }

    /** "acne" had been met with "did you mean acne scars?" beside its own finding, active acne. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"acne, active-acne", "acne breakouts, active-acne", "sunburn, sunburn", "open wound, open-wound-rash"})
    void aConcernThatNamesAContraindicationIsThatFindingWithNoConcernSuggested(String concern, String id) {
        Assessment a = assess(clean(concern));
        assertThat(a.unrecognized()).containsExactly(new Unrecognized(concern, null));
        assertThat(treatment(a, MN).findings()).extracting(c -> c.contraindication().id()).containsExactly(id);
        assertThat(new Screener(Profiles.KB).suggest(concern)).as("nor in the guided check").isNull();
    }

    @Test
    void aDiabeticPatientIsAskedWhetherTheDiabetesIsControlledAsAPatientWithDiabetesIs() {
        for (String condition : List.of("diabetes", "Diabetic", "diabetic since 2010")) {
            TreatmentAssessment mn = treatment(assess(with(clean("acne scars"), List.of(condition), List.of())), MN);
            assertThat(mn.verdict()).as(condition).isEqualTo(Verdict.REVIEW);
            assertThat(mn.findings()).as(condition).singleElement().satisfies(c -> {
                assertThat(c.contraindication().id()).isEqualTo("uncontrolled-diabetes");
                assertThat(c.evidence().get(0).confirm()).isEqualTo("Is the diabetes well controlled?");
            });
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"allergic to metal, anaesthetic-or-metal-allergy, MATCHED",
        "allergy to metal, anaesthetic-or-metal-allergy, MATCHED", "Koebner phenomenon, koebner-prone, MATCHED",
        "open sore on the chin, open-wound-rash, MATCHED", "nursing mother, pregnancy, MATCHED",
        "expecting a baby in May, pregnancy, MATCHED", "changing lesion on the back, changing-skin-lesions, MATCHED",
        "suspicious pigmented lesion, changing-skin-lesions, MATCHED",
        "allergic to numbing cream, anaesthetic-or-metal-allergy, MATCHED",
        "nickel sensitivity, anaesthetic-or-metal-allergy, PROBABLE", "bleeding problems, blood-disorders, PROBABLE",
        "clotting problems, blood-disorders, PROBABLE", "oral steroids, high-dose-corticosteroids, PROBABLE",
        "steroid tablets since March, high-dose-corticosteroids, PROBABLE",
        "systemic corticosteroids, high-dose-corticosteroids, PROBABLE",
        "high-dose corticosteroids, high-dose-corticosteroids, MATCHED", "dark skin, darker-skin-pih, PROBABLE",
        "skin of colour, darker-skin-pih, PROBABLE", "bruises easily, anticoagulants, PROBABLE",
        "easy bruising on the legs, anticoagulants, PROBABLE", "radiation, cancer-therapy, PROBABLE"})
    void theWordingsOfAListedConditionThatItsRuleDidNotListAreFound(String condition, String id, CheckStatus status) {
        Assessment a = assess(with(clean("acne scars"), List.of(condition), List.of()));
        assertThat(a.unmatched()).isEmpty();
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.findings()).extracting(c -> c.contraindication().id()).containsExactly(id);
        assertThat(mn.findings().get(0).status()).isEqualTo(status);
    }

    /** The device IFU's intervals after fillers, plastic surgery and new scars (S49); clinics' collagen vascular diseases (S51). */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({"recent filler in the lips, recent-procedure-or-scar, MATCHED, CAUTION",
        "new scar from an operation, recent-procedure-or-scar, MATCHED, CAUTION",
        "lip filler 2 years ago, recent-procedure-or-scar, PROBABLE, REVIEW",
        "plastic surgery, recent-procedure-or-scar, PROBABLE, REVIEW",
        "scleroderma, collagen-vascular-disease, MATCHED, CAUTION",
        "systemic lupus erythematosus, collagen-vascular-disease, MATCHED, CAUTION"})
    void recentProceduresInTheAreaAndCollagenVascularDiseaseAreNeverSuitableForMicroneedling(String condition, String id,
            CheckStatus status, Verdict verdict) {
        Assessment a = assess(with(clean("acne scars"), List.of(condition), List.of()));
        TreatmentAssessment mn = treatment(a, MN);
        assertThat(mn.verdict()).isEqualTo(verdict);
        assertThat(mn.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo(id);
            assertThat(c.status()).isEqualTo(status);
        });
        assertThat(treatment(a, MDA).verdict()).isEqualTo(Verdict.SUITABLE);
    }

    /** S37 and S51: topical retinoids, AHAs and other keratolytics, and benzoyl peroxide stop before microdermabrasion. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"AHA serum, suitable", "alpha hydroxy acid toner, suitable", "keratolytic cream, suitable",
        "benzoyl peroxide wash, contraindicated", "Epiduo, contraindicated"})
    void whatIsStoppedBeforeMicrodermabrasionIsACautionForIt(String medication, String microneedling) {
        Assessment a = assess(with(clean("fine lines"), List.of(), List.of(medication)));
        TreatmentAssessment md = treatment(a, MDA);
        assertThat(md.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(md.findings()).extracting(c -> c.contraindication().id()).containsExactly("topical-retinoids");
        assertThat(treatment(a, MN).verdict().word()).isEqualTo(microneedling);
    }

    @Test
    void aFindingLeadsWithItsCertainEvidenceAndNamesEachMatchOnce() {
        Check cancer = treatment(assess(with(clean("acne scars"),
                List.of("breast cancer, radiation therapy 2019"), List.of())), MN).findings().get(0);
        assertThat(cancer.status()).isEqualTo(CheckStatus.MATCHED);
        assertThat(cancer.evidence()).extracting(Evidence::term, Evidence::certain).containsExactly(
                tuple("radiation therapy", true), tuple("cancer", false), tuple("radiation", false));

        Check acrossEntries = treatment(assess(with(clean("acne scars"), List.of("cancer survivor", "chemo"),
                List.of())), MN).findings().get(0);
        assertThat(acrossEntries.evidence()).extracting(Evidence::input).containsExactly("chemo", "cancer survivor");

        Check twice = treatment(assess(with(clean("acne scars"), List.of("eczema on arms, eczema on face"),
                List.of())), MN).findings().get(0);
        assertThat(twice.evidence()).singleElement().extracting(Evidence::term).isEqualTo("eczema");
    }

    @Test
    void pockMarksWrittenApartAreScarsAsPockmarksAre() {
        Screener s = new Screener(Profiles.KB);
        assertThat(s.recognise("pock marks")).containsExactly("scars");
        assertThat(s.recognise("pockmarks")).containsExactly("scars");
    }

    @Test
    void solarLentigoIsDiscolorationInTheSingularAsInThePluralTheSourceUses() {
        Screener s = new Screener(Profiles.KB);
        assertThat(s.recognise("solar lentigines")).containsExactly("discoloration");
        assertThat(s.recognise("Solar lentigo")).containsExactly("discoloration");
    }

    @Test
    void whatIfPutsTheMostDecisiveQuestionFirst() {
        TreatmentAssessment mn = treatment(assess(Profiles.withFitzpatrick(with(clean("acne scars"), List.of(), null), null)), MN);
        List<WhatIf> w = mn.whatIf();
        assertThat(w).extracting(WhatIf::contraindication)
                .containsExactly("anticoagulants", "high-dose-corticosteroids", "acne-medication", "immunosuppression",
                        "darker-skin-pih");
        assertThat(w.get(0).ifYes()).isEqualTo(Verdict.CONTRAINDICATED);
        assertThat(w.get(4).ifYes()).isEqualTo(Verdict.CAUTION);
        assertThat(w).allSatisfy(x -> assertThat(x.ifNo()).isEqualTo(Verdict.REVIEW));
        TreatmentAssessment single = treatment(assess(with(clean("acne scars"), List.of(), List.of("doxycycline"))), MN);
        assertThat(single.whatIf()).as("a no settles whether doxycycline is for acne").singleElement().satisfies(x -> {
            assertThat(x.ifYes()).isEqualTo(Verdict.CONTRAINDICATED);
            assertThat(x.ifNo()).isEqualTo(Verdict.SUITABLE);
        });
        TreatmentAssessment misspelt = treatment(assess(with(clean("acne scars"), List.of(), List.of("warfrin"))), MN);
        assertThat(misspelt.whatIf()).as("a no leaves a near spelling as it is").singleElement().satisfies(x -> {
            assertThat(x.ifYes()).isEqualTo(Verdict.CONTRAINDICATED);
            assertThat(x.ifNo()).isEqualTo(Verdict.REVIEW);
        });
        assertThat(treatment(assess(clean("acne scars")), MN).whatIf()).isEmpty();
    }

    @Test
    void aCautionWithAnAbsoluteContraindicationStillOpenSaysThatItsYesWouldMakeItContraindicated() {
        IntakeProfile darkerSkinMedicationsNotAsked = Profiles.withFitzpatrick(with(clean("acne scars"), List.of(), null),
                FitzpatrickType.V);
        TreatmentAssessment mn = treatment(assess(darkerSkinMedicationsNotAsked), MN);
        assertThat(mn.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(mn.unknowns()).extracting(c -> c.contraindication().id())
                .containsExactly("anticoagulants", "high-dose-corticosteroids", "acne-medication", "immunosuppression");
        assertThat(mn.whatIf()).as("only the open questions whose yes changes a caution")
                .extracting(WhatIf::contraindication, WhatIf::ifYes, WhatIf::ifNo)
                .containsExactly(tuple("anticoagulants", Verdict.CONTRAINDICATED, Verdict.CAUTION),
                        tuple("high-dose-corticosteroids", Verdict.CONTRAINDICATED, Verdict.CAUTION),
                        tuple("acne-medication", Verdict.CONTRAINDICATED, Verdict.CAUTION));

        IntakeProfile onlyARelativeOpen = withAnswers(Profiles.withFitzpatrick(clean("acne scars"), FitzpatrickType.V),
                Map.of("pregnancy", Answer.UNKNOWN));
        TreatmentAssessment relative = treatment(assess(onlyARelativeOpen), MN);
        assertThat(relative.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(relative.unknowns()).extracting(c -> c.contraindication().id()).containsExactly("pregnancy");
        assertThat(relative.whatIf()).as("a yes to a relative one leaves a caution").isEmpty();
    }

    @Test
    void whatIfRanksAnAbsoluteQuestionBeforeARelativeOneThatComesEarlierInTheKnowledgeBase() {
        List<String> order = treatment(assess(with(clean("acne scars"), null, List.of())), MN).whatIf().stream()
                .map(WhatIf::contraindication).toList();
        assertThat(order.indexOf("anaesthetic-or-metal-allergy")).isLessThan(order.indexOf("sunburn"));
        assertThat(order.get(order.size() - 1)).isIn("koebner-prone", "rosacea", "uncontrolled-diabetes", "pregnancy", "sunburn", "darker-skin-pih");
    }

    @Test
    void aBrandOfADrugClassNoRuleUsesIsRecognisedAndCleared() throws Exception {
        Screener s = oneTreatment("""
                drugClasses:
                  - {id: k, name: K, sources: [s], drugs: [{name: harmless, brands: [Calmex], sources: [s]}]}
                  - {id: j, name: J, sources: [s], drugs: [{name: thinnerol, sources: [s]}]}
                contraindications:
                  - {id: x, name: X, triggers: {drugClasses: [j]}, question: {id: q, text: Q}, sources: [s],
                     treatments: {t: {severity: absolute, explanation: e, sources: [s]}}}
                """);
        Assessment a = s.assess(new IntakeProfile("p", List.of("cee"), List.of(), List.of("Calmex 10 mg", "harmless"), null, null, null, Map.of()));
        assertThat(a.unmatched()).isEmpty();
        assertThat(a.treatments().get(0).verdict()).isEqualTo(Verdict.SUITABLE);
    }

    @Test
    void aSkinTypeListedByTwoRulesIsEvidenceForBoth() throws Exception {
        Screener s = oneTreatment("""
                drugClasses: []
                contraindications:
                  - {id: x, name: X, triggers: {fitzpatrick: [V, VI]}, question: {id: q, text: Q}, sources: [s],
                     treatments: {t: {severity: relative, explanation: e, sources: [s]}}}
                  - {id: y, name: Y, triggers: {fitzpatrick: [VI]}, question: {id: q2, text: Q2}, sources: [s],
                     treatments: {t: {severity: absolute, explanation: e, sources: [s]}}}
                """);
        Assessment darkest = s.assess(new IntakeProfile("p", List.of("cee"), List.of(), List.of(), null, SkinType.of(FitzpatrickType.VI), null, Map.of()));
        assertThat(darkest.treatments().get(0).findings()).extracting(c -> c.contraindication().id()).containsExactly("x", "y");
        assertThat(darkest.treatments().get(0).verdict()).isEqualTo(Verdict.CONTRAINDICATED);
        Assessment type5 = s.assess(new IntakeProfile("p", List.of("cee"), List.of(), List.of(), null, SkinType.of(FitzpatrickType.V), null, Map.of()));
        assertThat(type5.treatments().get(0).findings()).extracting(c -> c.contraindication().id()).containsExactly("x");
        Assessment yes = s.assess(new IntakeProfile("p", List.of("cee"), List.of(), List.of(), null, SkinType.of(FitzpatrickType.V), null,
                Map.of("q2", Answer.YES)));
        assertThat(yes.treatments().get(0).findings()).extracting(c -> c.contraindication().id()).containsExactly("x", "y");
    }

    /** An expectant mother had been unmatched, so `suitable`; a breastfeeding mother is one wording, "mother" in it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"expectant mother", "breastfeeding mother", "breast-feeding mother", "lactating mother"})
    void aMothersOwnPregnancyOrBreastfeedingIsACertainMatch(String condition) {
        Assessment a = assess(with(clean("acne scars"), List.of(condition), List.of()));
        assertThat(a.unmatched()).isEmpty();
        for (TreatmentAssessment t : a.treatments()) {
            assertThat(t.verdict()).as(t.treatment().id()).isEqualTo(Verdict.CAUTION);
            assertThat(t.findings()).singleElement().satisfies(c -> {
                assertThat(c.contraindication().id()).isEqualTo("pregnancy");
                assertThat(c.status()).isEqualTo(CheckStatus.MATCHED);
            });
        }
    }

    /**
     * A condition of pregnancy, a stage of it or its care had left microdermabrasion `suitable` ("gestational
     * diabetes" found only the diabetes rule, which is microneedling's): the entry may be of a past pregnancy, so it
     * asks.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "gestational diabetes, a condition of pregnancy",
        "gestational hypertension, a condition of pregnancy",
        "2nd trimester, a stage of pregnancy",
        "34 weeks gestation, a stage of pregnancy",
        "antenatal check-ups, pregnancy care",
        "prenatal vitamins, pregnancy care"
    })
    void anEntryOfPregnancyAsksWhetherThePatientIsPregnantOrBreastfeedingNow(String condition, String names) {
        Assessment a = assess(with(clean("acne scars"), List.of(condition), List.of()));
        TreatmentAssessment mda = treatment(a, MDA);
        assertThat(mda.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(mda.findings()).singleElement().satisfies(c -> {
            assertThat(c.contraindication().id()).isEqualTo("pregnancy");
            assertThat(c.status()).isEqualTo(CheckStatus.PROBABLE);
            assertThat(c.evidence()).singleElement().satisfies(e -> assertThat(e.confirm())
                    .isEqualTo("Is the patient pregnant or breastfeeding now (the entry names " + names + ")?"));
        });
    }

    /** A screener over a knowledge base of one concern `c` (synonym "cee") and one treatment `t` for it. */
    private static Screener oneTreatment(String drugClassesAndContraindications) throws Exception {
        String kb = """
                version: "1"
                date: "2026-01-01"
                sources: [{id: s, tier: A, title: t}]
                concerns: [{id: c, name: C, synonyms: [cee], sources: [s]}]
                treatments: [{id: t, name: T, sources: [s], indications: [{concern: c, strength: good, sources: [s]}]}]
                """ + drugClassesAndContraindications;
        return new Screener(KnowledgeBaseLoader.parse(kb.getBytes(StandardCharsets.UTF_8), "kb"));
    }
}
