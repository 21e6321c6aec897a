package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.skinadvisor.intake.IntakeWarning;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Question;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.ConcernMatch;
import org.skinadvisor.screening.Evidence;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Unrecognized;
import org.skinadvisor.screening.WhatIf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment as one JSON object, the shape scripts depend on (documented in the README). Rules are named
 * by id with their sources; their long texts live in the knowledge base and in the text report. Writes fields
 * into an object the caller has opened, so that `screen` can add its own.
 */
public final class JsonReport {
    /** Field names are encoded once: the batch path writes millions of them. */
    private static final SerializedString QUESTION = new SerializedString("question");
    private static final SerializedString YES = new SerializedString("yes");
    private static final SerializedString NO = new SerializedString("no");
    private static final SerializedString CONCERN = new SerializedString("concern");
    private static final SerializedString FIELD = new SerializedString("field");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString KNOWLEDGEBASE = new SerializedString("knowledgeBase");
    private static final SerializedString MATCH = new SerializedString("match");
    private static final SerializedString RECOMMENDATION = new SerializedString("recommendation");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString TERM = new SerializedString("term");
    private static final SerializedString TREATMENT = new SerializedString("treatment");
    private static final SerializedString VERDICT = new SerializedString("verdict");

    private JsonReport() {
    }

    public static void writeFields(JsonGenerator g, Assessment a, List<IntakeWarning> warnings, KnowledgeBase kb)
            throws IOException {
        g.writeStringField("id", a.profileId());
        g.writeFieldName(RECOMMENDATION);
        if (a.recommendation() == null) {
            g.writeNull();
        } else {
            g.writeString(a.recommendation());
        }
        g.writeArrayFieldStart("concerns");
        for (ConcernMatch c : a.concerns()) {
            g.writeStartObject();
            g.writeStringField("input", c.input());
            g.writeFieldName(CONCERN);
            g.writeString(c.concern());
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
        Map<String, Question> questions = new LinkedHashMap<>();
        g.writeArrayFieldStart("treatments");
        for (TreatmentAssessment ta : a.treatments()) {
            writeTreatment(g, ta, questions);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("questions");
        for (Question q : questions.values()) {
            g.writeString(q.id());
        }
        g.writeEndArray();
        stringArray(g, "unmatched", a.unmatched());
        g.writeArrayFieldStart("warnings");
        for (IntakeWarning w : warnings) {
            g.writeString(w.located());
        }
        g.writeEndArray();
        g.writeFieldName(KNOWLEDGEBASE);
        g.writeString(kb.version());
    }

    private static void writeTreatment(JsonGenerator g, TreatmentAssessment ta, Map<String, Question> questions)
            throws IOException {
        g.writeStartObject();
        g.writeFieldName(TREATMENT);
        g.writeString(ta.treatment().id());
        g.writeFieldName(VERDICT);
        g.writeString(ta.verdict().word());
        g.writeArrayFieldStart("addresses");
        for (Indication i : ta.addresses()) {
            g.writeString(i.concern());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contraindications");
        int matched = 0;
        int probable = 0;
        int unknown = 0;
        for (Check c : ta.checks()) {
            if (c.status() == CheckStatus.MATCHED || c.status() == CheckStatus.PROBABLE) {
                writeFinding(g, c);
                matched += c.status() == CheckStatus.MATCHED ? 1 : 0;
                probable += c.status() == CheckStatus.PROBABLE ? 1 : 0;
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unknowns");
        for (Check c : ta.checks()) {
            if (c.status() == CheckStatus.UNKNOWN) {
                unknown++;
                Question q = c.contraindication().question();
                questions.putIfAbsent(q.id(), q);
                g.writeString(c.contraindication().id());
            }
        }
        g.writeEndArray();
        List<WhatIf> whatIf = ta.whatIf();
        if (!whatIf.isEmpty()) {
            g.writeArrayFieldStart("whatIf");
            for (WhatIf w : whatIf) {
                g.writeStartObject();
                g.writeFieldName(QUESTION);
                g.writeString(w.question().id());
                g.writeFieldName(ID);
                g.writeString(w.contraindication());
                g.writeFieldName(YES);
                g.writeString(w.ifYes().word());
                g.writeFieldName(NO);
                g.writeString(w.ifNo().word());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("coverage");
        g.writeNumberField("checked", ta.checks().size());
        g.writeNumberField("clear", ta.checks().size() - matched - probable - unknown);
        g.writeNumberField("matched", matched);
        g.writeNumberField("probable", probable);
        g.writeNumberField("unknown", unknown);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Check c) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(c.contraindication().id());
        g.writeFieldName(SEVERITY);
        g.writeString(c.applicability().severity().word());
        g.writeFieldName(MATCH);
        g.writeString(c.status() == CheckStatus.MATCHED ? "certain" : "probable");
        Evidence first = c.evidence().get(0);
        writeEvidence(g, first);
        if (c.evidence().size() > 1) {
            g.writeArrayFieldStart("alsoMatched");
            for (Evidence e : c.evidence().subList(1, c.evidence().size())) {
                g.writeStartObject();
                writeEvidence(g, e);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("sources");
        for (String s : c.applicability().sources()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeEvidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeFieldName(FIELD);
        g.writeString(e.field().word());
        g.writeStringField("matched", e.input());
        g.writeFieldName(TERM);
        g.writeString(e.term());
        if (e.confirm() != null) {
            g.writeStringField("confirm", e.confirm());
        }
    }

    static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
