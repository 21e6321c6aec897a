package org.skinadvisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.skinadvisor.knowledge.Treatment;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.Evidence;
import org.skinadvisor.screening.Field;
import org.skinadvisor.screening.Screener;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Verdict;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skinadvisor.screening.Profiles.KB;
import static org.skinadvisor.screening.Profiles.SCREENER;

/** The codes that let `screen` repeat a part's text, and what happens where a knowledge base is too large for them. */
class JsonReportTest {

    @Test
    void everyPartOfTheBundledKnowledgeBaseHasACode() {
        Assessment a = SCREENER.assess(new IntakeProfile("p", List.of("acne scars"), null, null, null, null, null, Map.of()));
        int checks = 0;
        for (int t = 0; t < a.treatments().size(); t++) {
            assertThat(JsonReport.headingCode(t, a.treatments().get(t))).isNotEqualTo(JsonSink.NO_CODE);
            assertThat(JsonReport.openChecksCode(t, a.treatments().get(t))).isNotEqualTo(JsonSink.NO_CODE);
            checks += a.treatments().get(t).checks().size();
        }
        assertThat(JsonReport.questionsCode(a, checks)).isNotEqualTo(JsonSink.NO_CODE);
    }

    /**
     * Every part a code names differs from every other in what it is, its treatment, its verdict, its addressed
     * concerns or its checks' statuses: equal codes for different text would copy one patient's part into another's.
     */
    @Test
    void differentPartsOfTheBundledKnowledgeBaseNeverShareACode() {
        Map<Long, String> seen = new HashMap<>();
        for (int t = 0; t < KB.treatments().size(); t++) {
            Treatment treatment = KB.treatments().get(t);
            List<Check> template = SCREENER.assess(new IntakeProfile("p", List.of("acne scars"), List.of(), List.of(),
                    null, SkinType.of(FitzpatrickType.I), null, Map.of())).treatments().get(t).checks();
            for (Verdict v : Verdict.values()) {
                List<Indication> indications = treatment.indications();
                for (int subset = 0; subset < 1 << indications.size(); subset++) {
                    List<Indication> addressed = new ArrayList<>();
                    for (int i = 0; i < indications.size(); i++) {
                        if ((subset & 1 << i) != 0) {
                            addressed.add(indications.get(i));
                        }
                    }
                    TreatmentAssessment ta = new TreatmentAssessment(treatment, v, addressed, template);
                    assertThat(seen.put(JsonReport.headingCode(t, ta), "heading " + t + v + addressed)).isNull();
                }
                for (CheckStatus status : CheckStatus.values()) {
                    for (int changed = -1; changed < template.size(); changed++) {
                        List<Check> checks = new ArrayList<>();
                        for (int i = 0; i < template.size(); i++) {
                            Check c = template.get(i);
                            CheckStatus s = i == changed ? CheckStatus.values()[(status.ordinal() + 1) % 4] : status;
                            checks.add(new Check(c.contraindication(), c.applicability(), s, c.evidence(), c.missing(), c.answeredNo()));
                        }
                        TreatmentAssessment ta = new TreatmentAssessment(treatment, v, List.of(), checks);
                        String what = "open checks " + t + v + status + changed;
                        Long code = JsonReport.openChecksCode(t, ta);
                        assertThat(seen.put(code, what)).as(what + " vs " + seen.get(code)).isNull();
                    }
                }
            }
        }
        int expected = 0;
        for (int t = 0; t < KB.treatments().size(); t++) {
            int checks = SCREENER.assess(new IntakeProfile("p", List.of(), null, null, null, null, null, Map.of()))
                    .treatments().get(t).checks().size();
            expected += Verdict.values().length * ((1 << KB.treatments().get(t).indications().size()) + 4 * (checks + 1));
        }
        assertThat(seen).doesNotContainKey(JsonSink.NO_CODE).hasSize(expected);
    }

    /** A probable finding that a no would settle has other what-ifs than one it would not, so another code. */
    @Test
    void probableFindingsThatANoWouldAndWouldNotSettleHaveDifferentOpenChecksCodes() {
        TreatmentAssessment settles = SCREENER.assess(new IntakeProfile("p", List.of("acne scars"), List.of(),
                List.of("doxycycline"), null, SkinType.of(FitzpatrickType.I), null, Map.of())).treatments().get(0);
        TreatmentAssessment stays = SCREENER.assess(new IntakeProfile("p", List.of("acne scars"), List.of(),
                List.of("doxycyclin"), null, SkinType.of(FitzpatrickType.I), null, Map.of())).treatments().get(0);
        assertThat(stays.checks()).extracting(Check::status).containsExactlyElementsOf(
                settles.checks().stream().map(Check::status).toList());
        assertThat(stays.whatIf()).isNotEqualTo(settles.whatIf());
        assertThat(JsonReport.openChecksCode(0, stays)).isNotEqualTo(JsonReport.openChecksCode(0, settles));
    }

    /**
     * Every combination of states of two neighbouring checks and the last (four statuses, and probable that a no would
     * settle) gets its own code, with as many checks as the code holds; one check more gets none, and its parts are
     * written afresh.
     */
    @Test
    void everyStateOfEveryCheckUpToTheCodesCapacityHasItsOwnCode() {
        List<Check> bundled = SCREENER.assess(new IntakeProfile("p", List.of("acne scars"), List.of(), List.of(), null,
                SkinType.of(FitzpatrickType.I), null, Map.of())).treatments().get(0).checks();
        Treatment treatment = KB.treatments().get(0);
        Evidence settles = new Evidence(Field.CONDITIONS, "no keloids", "keloid", "condition", "asked", true);
        Evidence stays = new Evidence(Field.CONDITIONS, "keloyd", "keloid", "condition", "asked", false);
        List<Check> states = new ArrayList<>();
        for (CheckStatus status : CheckStatus.values()) {
            states.add(new Check(bundled.get(0).contraindication(), bundled.get(0).applicability(), status,
                    List.of(stays), Set.of(), false));
        }
        states.add(new Check(bundled.get(0).contraindication(), bundled.get(0).applicability(), CheckStatus.PROBABLE,
                List.of(settles), Set.of(), false));
        Set<Long> codes = new HashSet<>();
        for (Check first : states) {
            for (Check second : states) {
                for (Check last : states) {
                    List<Check> checks = new ArrayList<>(List.of(first, second));
                    while (checks.size() < JsonReport.CODED_CHECKS - 1) {
                        checks.add(bundled.get(checks.size() % bundled.size()));
                    }
                    checks.add(last);
                    codes.add(JsonReport.openChecksCode(0, new TreatmentAssessment(treatment, Verdict.REVIEW, List.of(),
                            checks)));
                }
            }
        }
        assertThat(codes).hasSize(states.size() * states.size() * states.size()).doesNotContain(JsonSink.NO_CODE);
        List<Check> tooMany = new ArrayList<>(bundled);
        while (tooMany.size() <= JsonReport.CODED_CHECKS) {
            tooMany.add(bundled.get(0));
        }
        assertThat(JsonReport.openChecksCode(0, new TreatmentAssessment(treatment, Verdict.REVIEW, List.of(), tooMany)))
                .isEqualTo(JsonSink.NO_CODE);
        assertThat(JsonReport.CODED_CHECKS).isEqualTo(22);
    }

    /** Addresses out of the treatment's order, or another treatment's, are refused: never coded as another heading. */
    @Test
    void addressesOutOfTheTreatmentsOrderAreRefusedNotCoded() {
        Treatment first = KB.treatments().get(0);
        List<Indication> indications = first.indications();
        List<Check> checks = List.of();
        TreatmentAssessment reversed = new TreatmentAssessment(first, Verdict.REVIEW,
                List.of(indications.get(1), indications.get(0)), checks);
        Indication foreign = KB.treatments().get(1).indications().stream()
                .filter(i -> !indications.contains(i)).findFirst().orElseThrow();
        TreatmentAssessment another = new TreatmentAssessment(first, Verdict.REVIEW,
                List.of(indications.get(0), foreign), checks);

        assertThatThrownBy(() -> JsonReport.headingCode(0, reversed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(indications.get(0).concern());
        assertThatThrownBy(() -> JsonReport.headingCode(0, another)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(foreign.concern());
    }

    /**
     * A finding's text is repeated for an equal finding only: equal in treatment, rule, status, the record's
     * answer no and every piece of evidence, compared by value (records assessed apart hold equal evidence in
     * different objects).
     */
    @Test
    void aFindingEqualsOnlyAFindingWithTheSameRuleStatusAnswerAndEvidence() {
        Check template = SCREENER.assess(new IntakeProfile("p", List.of("acne scars"), List.of("keloids"), List.of(),
                null, SkinType.of(FitzpatrickType.I), null, Map.of())).treatments().get(0).checks().stream()
                .filter(c -> c.status() == CheckStatus.MATCHED).findFirst().orElseThrow();
        Check other = SCREENER.assess(new IntakeProfile("p", List.of("acne scars"), List.of("eczema"), List.of(),
                null, SkinType.of(FitzpatrickType.I), null, Map.of())).treatments().get(0).checks().stream()
                .filter(c -> c.status() == CheckStatus.MATCHED).findFirst().orElseThrow();
        Evidence e = new Evidence(Field.CONDITIONS, "keloids", "keloid", "condition", null);
        JsonReport.Finding finding = finding("microneedling", template, CheckStatus.MATCHED, e);
        assertThat(finding).isEqualTo(finding("microneedling", template, CheckStatus.MATCHED,
                new Evidence(Field.CONDITIONS, "keloids", "keloid", "condition", null)))
                .hasSameHashCodeAs(finding("microneedling", template, CheckStatus.MATCHED,
                        new Evidence(Field.CONDITIONS, "keloids", "keloid", "condition", null)));
        List<JsonReport.Finding> different = List.of(
                finding("microdermabrasion", template, CheckStatus.MATCHED, e),
                finding("microneedling", other, CheckStatus.MATCHED, e),
                finding("microneedling", template, CheckStatus.PROBABLE, e),
                new JsonReport.Finding("microneedling", new Check(template.contraindication(), template.applicability(),
                        CheckStatus.MATCHED, List.of(e), template.missing(), true)),
                finding("microneedling", template, CheckStatus.MATCHED, e, e),
                finding("microneedling", template, CheckStatus.MATCHED, new Evidence(Field.MEDICATIONS, "keloids", "keloid", "condition", null)),
                finding("microneedling", template, CheckStatus.MATCHED, new Evidence(Field.CONDITIONS, "keloid", "keloid", "condition", null)),
                finding("microneedling", template, CheckStatus.MATCHED, new Evidence(Field.CONDITIONS, "keloids", "keloidal", "condition", null)),
                finding("microneedling", template, CheckStatus.MATCHED, new Evidence(Field.CONDITIONS, "keloids", "keloid", "drug", null)),
                finding("microneedling", template, CheckStatus.MATCHED, new Evidence(Field.CONDITIONS, "keloids", "keloid", "condition", "sure?")));
        for (JsonReport.Finding d : different) {
            assertThat(finding).isNotEqualTo(d);
            assertThat(d).isNotEqualTo(finding);
        }
        assertThat(finding).isNotEqualTo("keloids");
    }

    private static JsonReport.Finding finding(String treatment, Check c, CheckStatus status, Evidence... evidence) {
        return new JsonReport.Finding(treatment,
                new Check(c.contraindication(), c.applicability(), status, List.of(evidence), c.missing(), c.answeredNo()));
    }

    /** The record's fields as the README documents them, for two patients checked by hand against conditions.yaml. */
    @Test
    void aRecordNamesEveryFindingItsEvidenceSourcesAndWhatIsStillOpen() throws Exception {
        JsonNode found = screened(new IntakeProfile("R-1", List.of("acne scars", "crow's feet"),
                List.of("keloids", "breast cancer, radiation therapy 2019", "appendectomy 2010"),
                List.of("Eliquis", "isotretinon"), null, null, null, Map.of()));
        assertThat(found.get("concerns").toString()).isEqualTo("[{\"input\":\"acne scars\",\"concern\":\"scars\"}]");
        assertThat(found.get("unrecognized").toString()).isEqualTo("[{\"input\":\"crow's feet\",\"suggestion\":null}]");
        assertThat(found.get("unmatched").toString()).isEqualTo("[\"appendectomy 2010\"]");
        // "appendectomy 2010" is no rule's term: every check that reads the conditions and found nothing stays open.
        assertThat(found.get("questions").toString()).isEqualTo("[\"bleeding-disorder\",\"changing-lesions\","
                + "\"high-dose-steroids\",\"psoriasis-eczema\",\"active-acne\",\"active-infection\",\"open-wound-rash\",\"sunburn\","
                + "\"anaesthetic-metal-allergy\",\"koebner\",\"rosacea\",\"immunosuppression\",\"diabetes\","
                + "\"pregnancy\",\"recent-procedure\",\"collagen-vascular\",\"skin-type\"]");
        assertThat(found.get("notKnown").toString()).isEqualTo(
                "{\"conditions\":\"recorded with an entry no rule recognises\",\"fitzpatrick\":\"not recorded\"}");
        JsonNode microneedling = found.get("treatments").get(0);
        assertThat(microneedling.get("verdict").asText()).isEqualTo("contraindicated");
        JsonNode cancer = microneedling.get("contraindications").get(2);
        assertThat(cancer.toString()).isEqualTo("{\"id\":\"cancer-therapy\",\"severity\":\"absolute\",\"match\":\"certain\","
                + "\"field\":\"conditions\",\"matched\":\"breast cancer, radiation therapy 2019\",\"term\":\"radiation therapy\","
                + "\"alsoMatched\":[{\"field\":\"conditions\",\"matched\":\"breast cancer, radiation therapy 2019\","
                + "\"term\":\"cancer\",\"confirm\":\"Is the patient receiving (or within 4 weeks of) radiation therapy or chemotherapy?\"},"
                + "{\"field\":\"conditions\",\"matched\":\"breast cancer, radiation therapy 2019\","
                + "\"term\":\"radiation\",\"confirm\":\"Is the patient receiving (or within 4 weeks of) radiation therapy or chemotherapy?\"}],"
                + "\"sources\":[\"seed\",\"S49\"]}");
        JsonNode misspelt = microneedling.get("contraindications").get(3);
        assertThat(misspelt.get("id").asText()).isEqualTo("acne-medication");
        assertThat(misspelt.get("match").asText()).isEqualTo("probable");
        assertThat(misspelt.get("term").asText()).isEqualTo("isotretinoin");
        assertThat(microneedling.get("contraindications").get(0).has("confirm")).isFalse();
        assertThat(microneedling.get("contraindications").get(0).has("alsoMatched")).isFalse();
        assertThat(microneedling.get("unknowns")).hasSize(17);
        assertThat(microneedling.get("unknowns").get(0).asText()).isEqualTo("blood-disorders");
        assertThat(microneedling.has("whatIf")).as("what-ifs only for a review").isFalse();
        assertThat(microneedling.get("coverage").toString())
                .isEqualTo("{\"checked\":21,\"clear\":0,\"matched\":3,\"probable\":1,\"unknown\":17}");
        assertThat(found.get("treatments").get(1).get("coverage").toString())
                .isEqualTo("{\"checked\":14,\"clear\":1,\"matched\":2,\"probable\":1,\"unknown\":10}");

        JsonNode open = screened(new IntakeProfile("R-2", List.of("stretch marks"), List.of(), null, null,
                SkinType.of(FitzpatrickType.II), null, Map.of()));
        assertThat(open.get("questions").toString()).isEqualTo(
                "[\"blood-thinners\",\"high-dose-steroids\",\"acne-medication\",\"immunosuppression\",\"isotretinoin\","
                + "\"topical-retinoids\"]");
        assertThat(open.get("notKnown").toString()).isEqualTo("{\"medications\":\"not recorded\"}");
        JsonNode review = open.get("treatments").get(0);
        assertThat(review.get("verdict").asText()).isEqualTo("review");
        assertThat(review.get("unknowns").toString()).isEqualTo("[\"anticoagulants\",\"high-dose-corticosteroids\",\"acne-medication\","
                + "\"immunosuppression\"]");
        assertThat(review.get("whatIf").toString()).isEqualTo("[{\"question\":\"blood-thinners\",\"id\":\"anticoagulants\","
                + "\"yes\":\"contraindicated\",\"no\":\"review\"},{\"question\":\"high-dose-steroids\","
                + "\"id\":\"high-dose-corticosteroids\",\"yes\":\"contraindicated\",\"no\":\"review\"},"
                + "{\"question\":\"acne-medication\",\"id\":\"acne-medication\","
                + "\"yes\":\"contraindicated\",\"no\":\"review\"},{\"question\":\"immunosuppression\",\"id\":\"immunosuppression\","
                + "\"yes\":\"caution\",\"no\":\"review\"}]");
        assertThat(review.get("coverage").toString())
                .isEqualTo("{\"checked\":21,\"clear\":17,\"matched\":0,\"probable\":0,\"unknown\":4}");
        assertThat(review.has("clearedByAnswer")).as("only when an answer no alone ruled one out").isFalse();

        JsonNode answered = screened(new IntakeProfile("R-3", List.of("stretch marks"), List.of(), null, null,
                SkinType.of(FitzpatrickType.II), null, Map.of("blood-thinners", Answer.NO)));
        assertThat(answered.get("treatments").get(0).get("clearedByAnswer").toString()).isEqualTo("[\"anticoagulants\"]");
        assertThat(answered.get("treatments").get(1).get("clearedByAnswer").toString()).isEqualTo("[\"anticoagulants\"]");
    }

    private static JsonNode screened(IntakeProfile p) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchFormat.RecordWriter screen = new JsonLinesFormat(new Stamp("test", KB)).open(out);
        screen.write(new ScreenedRecord(IntakeRecord.valid("r.jsonl:1", new ReadProfile(p, List.of()), "h"),
                SCREENER.assess(p)));
        screen.finish();
        return new ObjectMapper().readTree(out.toByteArray());
    }

    /**
     * A clinic's knowledge base with one treatment for 64 concerns and with 64 contraindications: more than a
     * code holds, so a treatment's heading and open checks and the questions are written afresh for every record,
     * and must still be what check writes.
     */
    @Test
    void aKnowledgeBaseTooLargeForCodesIsStillWrittenAsCheckWritesIt() throws Exception {
        StringBuilder kb = new StringBuilder("""
                version: "1"
                date: "2026-01-01"
                sources: [{id: s, tier: A, title: t}]
                drugClasses: []
                concerns:
                """);
        StringBuilder indications = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            kb.append("  - {id: c").append(i).append(", name: C").append(i).append(", synonyms: [cee").append(i)
                    .append("], sources: [s]}\n");
            indications.append(i == 0 ? "" : ", ").append("{concern: c").append(i).append(", strength: good, sources: [s]}");
        }
        kb.append("treatments: [{id: t, name: T, sources: [s], indications: [").append(indications).append("]}]\n");
        kb.append("contraindications:\n");
        for (int i = 0; i < 64; i++) {
            kb.append("  - {id: x").append(i).append(", name: X").append(i).append(", triggers: {conditions: [cond")
                    .append(i).append("]}, question: {id: q").append(i).append(", text: Q").append(i)
                    .append("}, sources: [s], treatments: {t: {severity: ").append(i % 2 == 0 ? "relative" : "absolute")
                    .append(", explanation: e, sources: [s]}}}\n");
        }
        Screener screener = new Screener(KnowledgeBaseLoader.parse(kb.toString().getBytes(StandardCharsets.UTF_8), "kb"));
        Stamp stamp = new Stamp("test", screener.knowledgeBase());
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        BatchFormat.RecordWriter screen = new JsonLinesFormat(stamp).open(lines);
        List<String> expected = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 200; i++) {
            List<String> conditions = null;
            if (r.nextInt(4) > 0) {
                conditions = new ArrayList<>();
                for (int k = r.nextInt(3); k > 0; k--) {
                    conditions.add("cond" + r.nextInt(64));
                }
            }
            IntakeProfile p = new IntakeProfile("p" + i, List.of("cee" + r.nextInt(64), "cee" + r.nextInt(64)),
                    conditions, List.of(), null, null, null, Map.of());
            Assessment a = screener.assess(p);
            assertThat(JsonReport.headingCode(0, a.treatments().get(0))).isEqualTo(JsonSink.NO_CODE);
            assertThat(JsonReport.openChecksCode(0, a.treatments().get(0))).isEqualTo(JsonSink.NO_CODE);
            assertThat(JsonReport.questionsCode(a, 64)).isEqualTo(JsonSink.NO_CODE);
            screen.write(new ScreenedRecord(IntakeRecord.valid("b:" + i, new ReadProfile(p, List.of()), "h"), a));
            expected.add(CheckText.of("b:" + i, a, null, stamp, "h"));
        }
        screen.finish();
        String written = lines.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(String.join("\n", expected) + "\n");
        assertThat(written).as("records with open checks and questions were among them")
                .contains("\"unknowns\":[\"x0\"", "\"questions\":[\"q0\"", "\"verdict\":\"review\"",
                        "\"verdict\":\"contraindicated\"", "\"verdict\":\"caution\"");
    }
}
