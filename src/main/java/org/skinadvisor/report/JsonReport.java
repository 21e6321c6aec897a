package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.skinadvisor.intake.IntakeWarning;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.PracticalNote;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.ConcernMatch;
import org.skinadvisor.screening.Evidence;
import org.skinadvisor.screening.Field;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Unrecognized;
import org.skinadvisor.screening.Verdict;

import java.io.IOException;
import java.util.List;

/**
 * The assessment as one JSON object: the shape scripts depend on (documented in the README).
 * Writes fields into an object the caller has opened, so that `screen` can add its own.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static void writeFields(JsonGenerator g, Assessment a, List<IntakeWarning> warnings, KnowledgeBase kb)
            throws IOException {
        g.writeStringField("id", a.profileId());
        g.writeStringField("recommendation", a.recommendation());
        g.writeArrayFieldStart("concerns");
        for (ConcernMatch c : a.concerns()) {
            g.writeStartObject();
            g.writeStringField("input", c.input());
            g.writeStringField("concern", c.concern());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unrecognized");
        for (Unrecognized u : a.unrecognized()) {
            g.writeStartObject();
            g.writeStringField("input", u.input());
            g.writeStringField("suggestion", u.suggestion());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("treatments");
        for (TreatmentAssessment ta : a.treatments()) {
            writeTreatment(g, ta);
        }
        g.writeEndArray();
        stringArray(g, "unmatched", a.unmatched());
        g.writeArrayFieldStart("warnings");
        for (IntakeWarning w : warnings) {
            g.writeString(w.located());
        }
        g.writeEndArray();
        g.writeStringField("knowledgeBase", kb.version());
        g.writeStringField("knowledgeBaseDate", kb.date());
        g.writeStringField("knowledgeBaseSha256", kb.contentHash());
    }

    private static void writeTreatment(JsonGenerator g, TreatmentAssessment ta) throws IOException {
        g.writeStartObject();
        g.writeStringField("treatment", ta.treatment().id());
        g.writeStringField("verdict", ta.verdict().word());
        stringArray(g, "addresses", ta.addresses().stream().map(Indication::concern).toList());
        g.writeArrayFieldStart("evidence");
        for (Indication i : ta.addresses()) {
            g.writeStartObject();
            g.writeStringField("concern", i.concern());
            g.writeStringField("strength", i.strength().word());
            stringArray(g, "sources", i.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contraindications");
        for (Check c : ta.findings()) {
            writeFinding(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unknowns");
        for (Check c : ta.unknowns()) {
            g.writeStartObject();
            g.writeStringField("id", c.contraindication().id());
            g.writeStringField("severity", c.applicability().severity().word());
            g.writeStringField("questionId", c.contraindication().question().id());
            g.writeStringField("question", c.contraindication().question().text());
            stringArray(g, "missing", c.missing().stream().map(Field::word).toList());
            stringArray(g, "sources", c.applicability().sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("coverage");
        g.writeNumberField("checked", ta.checks().size());
        for (CheckStatus s : CheckStatus.values()) {
            g.writeNumberField(s.name().toLowerCase(java.util.Locale.ROOT),
                    ta.checks().stream().filter(c -> c.status() == s).count());
        }
        g.writeEndObject();
        if (ta.verdict() == Verdict.SUITABLE) {
            g.writeArrayFieldStart("notes");
            for (PracticalNote n : TextReport.notesFor(ta)) {
                g.writeStartObject();
                g.writeStringField("text", n.text());
                stringArray(g, "sources", n.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Check c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.contraindication().id());
        g.writeStringField("name", c.contraindication().name());
        g.writeStringField("severity", c.applicability().severity().word());
        g.writeStringField("match", c.status() == CheckStatus.MATCHED ? "certain" : "probable");
        g.writeStringField("matched", c.evidence().get(0).input());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : c.evidence()) {
            g.writeStartObject();
            g.writeStringField("field", e.field().word());
            g.writeStringField("input", e.input());
            g.writeStringField("term", e.term());
            g.writeStringField("via", e.via());
            if (e.confirm() != null) {
                g.writeStringField("confirm", e.confirm());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("explanation", c.applicability().explanation());
        stringArray(g, "sources", c.applicability().sources());
        g.writeEndObject();
    }

    static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
