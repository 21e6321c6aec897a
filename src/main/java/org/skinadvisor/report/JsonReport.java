package org.skinadvisor.report;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The assessment as one JSON object, the shape scripts depend on (documented in the README). Rules are named
 * by id with their sources; their long texts live in the knowledge base and in the text report. Writes fields
 * into an object the caller has opened, so that `screen` can add its own.
 */
public final class JsonReport {
    private static final JsonName ADDRESSES = JsonName.of("addresses");
    private static final JsonName ALSO_MATCHED = JsonName.of("alsoMatched");
    private static final JsonName CHECKED = JsonName.of("checked");
    private static final JsonName CLEAR = JsonName.of("clear");
    private static final JsonName CONCERN = JsonName.of("concern");
    private static final JsonName CONCERNS = JsonName.of("concerns");
    private static final JsonName CONFIRM = JsonName.of("confirm");
    private static final JsonName CONTRAINDICATIONS = JsonName.of("contraindications");
    private static final JsonName COVERAGE = JsonName.of("coverage");
    private static final JsonName FIELD = JsonName.of("field");
    private static final JsonName ID = JsonName.of("id");
    private static final JsonName INPUT = JsonName.of("input");
    private static final JsonName KNOWLEDGE_BASE = JsonName.of("knowledgeBase");
    private static final JsonName MATCH = JsonName.of("match");
    private static final JsonName MATCHED = JsonName.of("matched");
    private static final JsonName NO = JsonName.of("no");
    private static final JsonName PROBABLE = JsonName.of("probable");
    private static final JsonName QUESTION = JsonName.of("question");
    private static final JsonName QUESTIONS = JsonName.of("questions");
    private static final JsonName RECOMMENDATION = JsonName.of("recommendation");
    private static final JsonName SEVERITY = JsonName.of("severity");
    private static final JsonName SOURCES = JsonName.of("sources");
    private static final JsonName SUGGESTION = JsonName.of("suggestion");
    private static final JsonName TERM = JsonName.of("term");
    private static final JsonName TREATMENT = JsonName.of("treatment");
    private static final JsonName TREATMENTS = JsonName.of("treatments");
    private static final JsonName UNKNOWN = JsonName.of("unknown");
    private static final JsonName UNKNOWNS = JsonName.of("unknowns");
    private static final JsonName UNMATCHED = JsonName.of("unmatched");
    private static final JsonName UNRECOGNIZED = JsonName.of("unrecognized");
    private static final JsonName VERDICT = JsonName.of("verdict");
    private static final JsonName WARNINGS = JsonName.of("warnings");
    private static final JsonName WHAT_IF = JsonName.of("whatIf");
    private static final JsonName YES = JsonName.of("yes");

    private JsonReport() {
    }

    public static void writeFields(JsonSink g, Assessment a, List<IntakeWarning> warnings, KnowledgeBase kb)
            throws IOException {
        g.name(ID).string(a.profileId());
        g.name(RECOMMENDATION).known(a.recommendation());
        writeConcerns(g, a);
        int checks = 0;
        g.name(TREATMENTS).startArray();
        for (int t = 0; t < a.treatments().size(); t++) {
            TreatmentAssessment ta = a.treatments().get(t);
            writeTreatment(g, t, ta);
            checks += ta.checks().size();
        }
        g.endArray();
        PartKey questions = new PartKey('Q', checks);
        for (TreatmentAssessment ta : a.treatments()) {
            questions.addStatuses(ta);
        }
        g.repeat(questions, p -> writeQuestions(p, a));
        stringArray(g, UNMATCHED, a.unmatched());
        g.name(WARNINGS).startArray();
        for (IntakeWarning w : warnings) {
            g.string(w.located());
        }
        g.endArray();
        g.name(KNOWLEDGE_BASE).known(kb.version());
    }

    private static void writeConcerns(JsonSink g, Assessment a) throws IOException {
        g.name(CONCERNS).startArray();
        for (ConcernMatch c : a.concerns()) {
            g.startObject();
            g.name(INPUT).string(c.input());
            g.name(CONCERN).known(c.concern());
            g.endObject();
        }
        g.endArray();
        g.name(UNRECOGNIZED).startArray();
        for (Unrecognized u : a.unrecognized()) {
            g.startObject();
            g.name(INPUT).string(u.input());
            g.name(SUGGESTION).known(u.suggestion());
            g.endObject();
        }
        g.endArray();
    }

    /** The questions that would settle an unknown check, each once, in the order the treatments need them. */
    private static void writeQuestions(JsonSink g, Assessment a) throws IOException {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (TreatmentAssessment ta : a.treatments()) {
            for (Check c : ta.checks()) {
                if (c.status() == CheckStatus.UNKNOWN) {
                    Question q = c.contraindication().question();
                    questions.putIfAbsent(q.id(), q);
                }
            }
        }
        g.name(QUESTIONS).startArray();
        for (Question q : questions.values()) {
            g.known(q.id());
        }
        g.endArray();
    }

    private static void writeTreatment(JsonSink g, int position, TreatmentAssessment ta) throws IOException {
        g.startObject();
        PartKey heading = new PartKey('H', 2 + ta.addresses().size()).add(position).add(ta.verdict().ordinal());
        List<Indication> indications = ta.treatment().indications();
        for (Indication i : ta.addresses()) {
            heading.add(positionOf(i, indications));
        }
        g.repeat(heading, p -> writeHeading(p, ta));
        g.name(CONTRAINDICATIONS).startArray();
        for (Check c : ta.checks()) {
            if (c.status() == CheckStatus.MATCHED || c.status() == CheckStatus.PROBABLE) {
                g.repeat(new Finding(ta.treatment().id(), c), p -> writeFinding(p, c));
            }
        }
        g.endArray();
        PartKey open = new PartKey('O', 2 + ta.checks().size()).add(position).add(ta.verdict().ordinal());
        g.repeat(open.addStatuses(ta), p -> writeOpenChecks(p, ta));
        g.endObject();
    }

    private static int positionOf(Indication i, List<Indication> indications) {
        for (int p = 0; p < indications.size(); p++) {
            if (indications.get(p) == i) {
                return p;
            }
        }
        throw new IllegalArgumentException("not an indication of this treatment: " + i.concern());
    }

    /**
     * Each repeated part has a key naming everything its text depends on, the knowledge base aside (a writer
     * serves one knowledge base): equal keys, equal text. Most are a few bytes, cheap to hash and compare: a
     * letter for the part, then one byte per item (a position or an ordinal, each below 256 in any knowledge
     * base a clinic would write; a larger one is refused rather than wrapped).
     */
    private static final class PartKey {
        private final byte[] bytes;
        private int size;

        PartKey(char part, int items) {
            bytes = new byte[items + 1];
            bytes[size++] = (byte) part;
        }

        PartKey add(int item) {
            if (item > 0xff) {
                throw new IllegalArgumentException("a part key item above 255: " + item);
            }
            bytes[size++] = (byte) item;
            return this;
        }

        /** One byte per check, in knowledge-base order: which checks are open is what unknowns and questions show. */
        PartKey addStatuses(TreatmentAssessment ta) {
            for (Check c : ta.checks()) {
                add(c.status().ordinal());
            }
            return this;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PartKey k && Arrays.equals(k.bytes, bytes);
        }
    }

    private static void writeHeading(JsonSink g, TreatmentAssessment ta) throws IOException {
        g.name(TREATMENT).known(ta.treatment().id());
        g.name(VERDICT).known(ta.verdict().word());
        g.name(ADDRESSES).startArray();
        for (Indication i : ta.addresses()) {
            g.known(i.concern());
        }
        g.endArray();
    }

    /**
     * A finding's text follows from the treatment and contraindication (severity, sources), the status and the
     * evidence. Hashed and compared field by field, not through Evidence's generated hashCode and equals:
     * with the launcher's inlining limits those cost more than writing the finding (List.equals here: 1M
     * records 7.2 -> 7.8 s, measured A/B). The evidence strings are the screener's cached ones, hashed already.
     */
    private static final class Finding {
        private final String treatment;
        private final String contraindication;
        private final CheckStatus status;
        private final List<Evidence> evidence;
        private final int hash;

        Finding(String treatment, Check c) {
            this.treatment = treatment;
            this.contraindication = c.contraindication().id();
            this.status = c.status();
            this.evidence = c.evidence();
            int h = (treatment.hashCode() * 31 + contraindication.hashCode()) * 31 + status.ordinal();
            for (Evidence e : evidence) {
                h = h * 31 + e.input().hashCode() * 7 + e.term().hashCode();
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Finding f) || f.hash != hash || f.status != status || !f.treatment.equals(treatment)
                    || !f.contraindication.equals(contraindication) || f.evidence.size() != evidence.size()) {
                return false;
            }
            for (int i = 0; i < evidence.size(); i++) {
                Evidence a = evidence.get(i);
                Evidence b = f.evidence.get(i);
                if (a != b && (a.field() != b.field() || !a.input().equals(b.input()) || !a.term().equals(b.term())
                        || !a.via().equals(b.via()) || !Objects.equals(a.confirm(), b.confirm()))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void writeOpenChecks(JsonSink g, TreatmentAssessment ta) throws IOException {
        int matched = 0;
        int probable = 0;
        int unknown = 0;
        for (Check c : ta.checks()) {
            matched += c.status() == CheckStatus.MATCHED ? 1 : 0;
            probable += c.status() == CheckStatus.PROBABLE ? 1 : 0;
        }
        g.name(UNKNOWNS).startArray();
        for (Check c : ta.checks()) {
            if (c.status() == CheckStatus.UNKNOWN) {
                unknown++;
                g.known(c.contraindication().id());
            }
        }
        g.endArray();
        List<WhatIf> whatIf = ta.whatIf();
        if (!whatIf.isEmpty()) {
            g.name(WHAT_IF).startArray();
            for (WhatIf w : whatIf) {
                g.startObject();
                g.name(QUESTION).known(w.question().id());
                g.name(ID).known(w.contraindication());
                g.name(YES).known(w.ifYes().word());
                g.name(NO).known(w.ifNo().word());
                g.endObject();
            }
            g.endArray();
        }
        g.name(COVERAGE).startObject();
        g.name(CHECKED).number(ta.checks().size());
        g.name(CLEAR).number(ta.checks().size() - matched - probable - unknown);
        g.name(MATCHED).number(matched);
        g.name(PROBABLE).number(probable);
        g.name(UNKNOWN).number(unknown);
        g.endObject();
    }

    private static void writeFinding(JsonSink g, Check c) throws IOException {
        g.startObject();
        g.name(ID).known(c.contraindication().id());
        g.name(SEVERITY).known(c.applicability().severity().word());
        g.name(MATCH).known(c.status() == CheckStatus.MATCHED ? "certain" : "probable");
        Evidence first = c.evidence().get(0);
        writeEvidence(g, first);
        if (c.evidence().size() > 1) {
            g.name(ALSO_MATCHED).startArray();
            for (Evidence e : c.evidence().subList(1, c.evidence().size())) {
                g.startObject();
                writeEvidence(g, e);
                g.endObject();
            }
            g.endArray();
        }
        g.name(SOURCES).startArray();
        for (String s : c.applicability().sources()) {
            g.known(s);
        }
        g.endArray();
        g.endObject();
    }

    private static void writeEvidence(JsonSink g, Evidence e) throws IOException {
        g.name(FIELD).known(e.field().word());
        g.name(MATCHED).string(e.input());
        g.name(TERM).known(e.term());
        if (e.confirm() != null) {
            g.name(CONFIRM).string(e.confirm());
        }
    }

    static void stringArray(JsonSink g, JsonName name, List<String> values) throws IOException {
        g.name(name).startArray();
        for (String v : values) {
            g.string(v);
        }
        g.endArray();
    }
}
