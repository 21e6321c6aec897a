package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.skinadvisor.parsing.SafeParsers;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Screener;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
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
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try (JsonGenerator g = SafeParsers.jsonFactory().createGenerator(one)) {
                JacksonSink check = new JacksonSink(g);
                check.startObject().name(JsonName.of("source")).string("b:" + i);
                JsonReport.writeFields(check, a, List.of(), screener.knowledgeBase());
                stamp.write(check, "h");
                check.endObject();
            }
            expected.add(one.toString(StandardCharsets.UTF_8));
        }
        screen.finish();
        String written = lines.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(String.join("\n", expected) + "\n");
        assertThat(written).as("records with open checks and questions were among them")
                .contains("\"unknowns\":[\"x0\"", "\"questions\":[\"q0\"", "\"verdict\":\"review\"",
                        "\"verdict\":\"contraindicated\"", "\"verdict\":\"caution\"");
    }
}
