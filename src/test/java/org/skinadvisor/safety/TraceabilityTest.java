package org.skinadvisor.safety;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Concern;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.Drug;
import org.skinadvisor.knowledge.DrugClass;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Severity;
import org.skinadvisor.knowledge.Treatment;
import org.skinadvisor.knowledge.Trigger;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skinadvisor.screening.Profiles.KB;
import static org.skinadvisor.screening.Profiles.SCREENER;

/**
 * Generated from conditions.yaml itself: every trigger of every contraindication (each condition phrase, each
 * drug's generic and brand names, each skin type) goes through the full assessment and must give the declared
 * verdict for each declared treatment; every rule must cite sources that exist. A new entry without a source, or
 * with a trigger that does not fire, fails the build.
 */
class TraceabilityTest {
    private record Case(Contraindication contraindication, String field, String input, boolean certain) {
    }

    private static List<Case> cases(KnowledgeBase kb) {
        List<Case> cases = new ArrayList<>();
        for (Contraindication c : kb.contraindications()) {
            for (Trigger t : c.conditions()) {
                cases.add(new Case(c, "conditions", t.phrase(), t.confirm() == null));
            }
            for (String classId : c.drugClasses()) {
                DrugClass dc = kb.drugClass(classId).orElseThrow();
                for (Drug d : dc.drugs()) {
                    cases.add(new Case(c, "medications", d.name(), d.confirm() == null));
                    d.brands().forEach(b -> cases.add(new Case(c, "medications", b, d.confirm() == null)));
                }
            }
            c.fitzpatrick().forEach(f -> cases.add(new Case(c, "fitzpatrick", f.name(), true)));
        }
        return cases;
    }

    private static IntakeProfile profile(Case k) {
        List<String> conditions = k.field().equals("conditions") ? List.of(k.input()) : List.of();
        List<String> medications = k.field().equals("medications") ? List.of(k.input()) : List.of();
        FitzpatrickType type = k.field().equals("fitzpatrick") ? FitzpatrickType.valueOf(k.input()) : FitzpatrickType.I;
        return new IntakeProfile("trace", List.of("acne scars"), conditions, medications, null, SkinType.of(type), null, Map.of());
    }

    @TestFactory
    Stream<DynamicTest> everyTriggerGivesTheDeclaredVerdictForEveryDeclaredTreatment() {
        return cases(KB).stream().map(k -> DynamicTest.dynamicTest(
                k.contraindication().id() + " <- " + k.field() + ": " + k.input(), () -> {
                    Assessment a = SCREENER.assess(profile(k));
                    for (Applicability app : k.contraindication().treatments()) {
                        TreatmentAssessment ta = a.treatments().stream()
                                .filter(t -> t.treatment().id().equals(app.treatment())).findFirst().orElseThrow();
                        Check check = ta.checks().stream()
                                .filter(c -> c.contraindication().id().equals(k.contraindication().id())).findFirst().orElseThrow();
                        if (k.certain()) {
                            assertThat(check.status()).isEqualTo(CheckStatus.MATCHED);
                            assertThat(ta.verdict()).isIn(app.severity() == Severity.ABSOLUTE
                                    ? List.of(Verdict.CONTRAINDICATED)
                                    : List.of(Verdict.CAUTION, Verdict.CONTRAINDICATED));
                        } else {
                            assertThat(check.status()).isIn(CheckStatus.PROBABLE, CheckStatus.MATCHED);
                            assertThat(ta.verdict()).isNotEqualTo(Verdict.SUITABLE);
                        }
                        assertThat(check.evidence()).anySatisfy(e -> assertThat(e.input()).isEqualTo(k.input()));
                    }
                }));
    }

    @Test
    void theGeneratedCasesCoverEveryContraindication() {
        assertThat(cases(KB).stream().map(c -> c.contraindication().id()).distinct())
                .containsExactlyInAnyOrderElementsOf(KB.contraindications().stream().map(Contraindication::id).toList());
        assertThat(cases(KB)).hasSizeGreaterThan(150);
    }

    @Test
    void everyRuleCitesSourcesThatExist() {
        List<String> ids = KB.sources().stream().map(s -> s.id()).toList();
        for (Contraindication c : KB.contraindications()) {
            assertThat(c.sources()).as(c.id()).isNotEmpty().allMatch(ids::contains);
            for (Applicability a : c.treatments()) {
                assertThat(a.sources()).as(c.id() + " for " + a.treatment()).isNotEmpty().allMatch(ids::contains);
                assertThat(a.explanation()).as(c.id()).isNotBlank();
            }
        }
        for (Treatment t : KB.treatments()) {
            for (Indication i : t.indications()) {
                assertThat(i.sources()).as(t.id() + " for " + i.concern()).isNotEmpty().allMatch(ids::contains);
            }
            t.notes().forEach(n -> assertThat(n.sources()).as(n.text()).isNotEmpty().allMatch(ids::contains));
        }
        for (Concern c : KB.concerns()) {
            assertThat(c.sources()).as(c.id()).isNotEmpty().allMatch(ids::contains);
        }
        for (DrugClass d : KB.drugClasses()) {
            d.drugs().forEach(drug -> assertThat(drug.sources()).as(drug.name()).isNotEmpty().allMatch(ids::contains));
        }
    }
}
