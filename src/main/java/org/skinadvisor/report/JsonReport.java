package org.skinadvisor.report;

import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Question;
import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.ConcernMatch;
import org.skinadvisor.screening.Evidence;
import org.skinadvisor.screening.NotKnown;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Unrecognized;
import org.skinadvisor.screening.WhatIf;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import static org.skinadvisor.report.JsonSink.NO_CODE;

/**
 * The assessment as one JSON object, the shape scripts depend on (documented in the README). Rules are named
 * by id with their sources; their long texts live in the knowledge base and in the text report. Writes fields
 * into an object the caller has opened, so that `screen` can add its own.
 */
public final class JsonReport {
    private static final JsonName ADDRESSES = JsonName.of("addresses");
    private static final JsonName ALSO_MATCHED = JsonName.of("alsoMatched");
    private static final JsonName ANSWERED = JsonName.of("answered");
    private static final JsonName CHECKED = JsonName.of("checked");
    private static final JsonName CLEAR = JsonName.of("clear");
    private static final JsonName CLEARED_BY_ANSWER = JsonName.of("clearedByAnswer");
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
    private static final JsonName NOTES = JsonName.of("notes");
    private static final JsonName NOT_KNOWN = JsonName.of("notKnown");
    private static final JsonName[] PART_NAMES = NotKnown.PARTS.stream().map(f -> JsonName.of(f.word()))
            .toArray(JsonName[]::new);
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

    /** {@code notes} are the record's notes when it has any (the rules never read them), else null. */
    public static void writeFields(JsonSink g, Assessment a, String notes, List<IntakeWarning> warnings,
                                   KnowledgeBase kb) throws IOException {
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
        g.repeat(questionsCode(a, checks), p -> writeQuestions(p, a));
        writeNotKnown(g, a);
        stringArray(g, UNMATCHED, a.unmatched());
        if (notes != null) {
            // Shown, as every other report shows them: "on warfarin" written there leaves a verdict unqualified.
            g.name(NOTES).string(notes);
        }
        g.name(WARNINGS).startArray();
        for (int i = 0; i < warnings.size(); i++) {
            g.string(warnings.get(i).located());
        }
        g.endArray();
        g.name(KNOWLEDGE_BASE).known(kb.version());
    }

    private static void writeConcerns(JsonSink g, Assessment a) throws IOException {
        g.name(CONCERNS).startArray();
        List<ConcernMatch> concerns = a.concerns();
        for (int i = 0; i < concerns.size(); i++) {
            ConcernMatch c = concerns.get(i);
            g.startObject();
            g.name(INPUT).string(c.input());
            g.name(CONCERN).known(c.concern());
            g.endObject();
        }
        g.endArray();
        g.name(UNRECOGNIZED).startArray();
        List<Unrecognized> unrecognized = a.unrecognized();
        for (int i = 0; i < unrecognized.size(); i++) {
            Unrecognized u = unrecognized.get(i);
            g.startObject();
            g.name(INPUT).string(u.input());
            g.name(SUGGESTION).known(u.suggestion());
            g.endObject();
        }
        g.endArray();
    }

    private static void writeQuestions(JsonSink g, Assessment a) throws IOException {
        g.name(QUESTIONS).startArray();
        for (Question q : a.questions()) {
            g.known(q.id());
        }
        g.endArray();
    }

    /** Why each part of the record that rules nothing out does, so a script can tell why a check is open. */
    private static void writeNotKnown(JsonSink g, Assessment a) throws IOException {
        g.name(NOT_KNOWN).startObject();
        for (int i = 0; i < PART_NAMES.length; i++) {
            NotKnown why = a.notKnown().get(NotKnown.PARTS.get(i));
            if (why != null) {
                g.name(PART_NAMES[i]).known(why.word());
            }
        }
        g.endObject();
    }

    private static void writeTreatment(JsonSink g, int position, TreatmentAssessment ta) throws IOException {
        g.startObject();
        g.repeat(headingCode(position, ta), p -> writeHeading(p, ta));
        g.name(CONTRAINDICATIONS).startArray();
        List<Check> checks = ta.checks();
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (c.status() == CheckStatus.MATCHED || c.status() == CheckStatus.PROBABLE) {
                g.repeat(new Finding(ta.treatment().id(), c), p -> writeFinding(p, c));
            }
        }
        g.endArray();
        g.repeat(openChecksCode(position, ta), p -> writeOpenChecks(p, ta));
        writeClearedByAnswer(g, ta);
        g.endObject();
    }

    /** The contraindications an answer no alone ruled out, when there are any (a record with answers). */
    private static void writeClearedByAnswer(JsonSink g, TreatmentAssessment ta) throws IOException {
        List<Check> checks = ta.checks();
        boolean any = false;
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (c.clearedByAnswer()) {
                if (!any) {
                    g.name(CLEARED_BY_ANSWER).startArray();
                    any = true;
                }
                g.known(c.contraindication().id());
            }
        }
        if (any) {
            g.endArray();
        }
    }

    /*
     * Each repeated part has a code naming everything its text depends on, the knowledge base aside (a writer
     * serves one knowledge base): equal codes, equal text. The top two bits say which part; a treatment's parts
     * then hold its position (6 bits) and verdict (3 bits), leaving 53 bits. A knowledge base too large for
     * that gets NO_CODE, and its parts are written afresh for every record, exactly as `check` writes them.
     */
    private static final int PAYLOAD_BITS = 53;

    private static long treatmentCode(long part, int position, TreatmentAssessment ta) {
        return part << 62 | (long) position << 56 | (long) ta.verdict().ordinal() << PAYLOAD_BITS;
    }

    /**
     * The addresses, one bit per indication, found in one walk: the screener lists them in the treatment's order
     * of indications. Any other list is refused, never coded as some other heading.
     */
    static long headingCode(int position, TreatmentAssessment ta) {
        List<Indication> indications = ta.treatment().indications();
        if (position >= 64 || indications.size() > PAYLOAD_BITS) {
            return NO_CODE;
        }
        long code = treatmentCode(1, position, ta);
        List<Indication> addresses = ta.addresses();
        int found = 0;
        for (int i = 0; i < indications.size() && found < addresses.size(); i++) {
            if (indications.get(i) == addresses.get(found)) {
                code |= 1L << i;
                found++;
            }
        }
        if (found < addresses.size()) {
            throw new IllegalArgumentException("not an indication of this treatment, or out of its order: "
                    + addresses.get(found).concern());
        }
        return code;
    }

    /** A check's states: each status, and a probable one that a no would settle. */
    private static final int STATES = CheckStatus.values().length + 1;

    /** The most checks whose states {@link #openChecksCode} packs into the payload (22: 5^22 < 2^53). */
    static final int CODED_CHECKS = (int) (PAYLOAD_BITS / (Math.log(STATES) / Math.log(2)));

    /**
     * Each check's state, in knowledge-base order, a digit of base {@link #STATES}: its status, and for a probable one
     * whether a no would settle it. The unknowns, what-ifs and coverage follow.
     */
    static long openChecksCode(int position, TreatmentAssessment ta) {
        List<Check> checks = ta.checks();
        if (position >= 64 || checks.size() > CODED_CHECKS) {
            return NO_CODE;
        }
        long states = 0;
        for (int i = checks.size() - 1; i >= 0; i--) {
            Check c = checks.get(i);
            boolean settles = c.status() == CheckStatus.PROBABLE && Check.settledByNo(c.evidence());
            states = states * STATES + (settles ? STATES - 1 : c.status().ordinal());
        }
        return treatmentCode(2, position, ta) | states;
    }

    /** One bit per check of every treatment, whether it is unknown: the questions are those checks' questions. */
    static long questionsCode(Assessment a, int checks) {
        if (checks > 62) {
            return NO_CODE;
        }
        long code = 3L << 62;
        int bit = 0;
        for (TreatmentAssessment ta : a.treatments()) {
            for (int i = 0; i < ta.checks().size(); i++, bit++) {
                if (ta.checks().get(i).status() == CheckStatus.UNKNOWN) {
                    code |= 1L << bit;
                }
            }
        }
        return code;
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
     * A finding's text follows from the treatment and contraindication (severity, sources), the status, the
     * record's answer no and the evidence. Hashed and compared field by field, not through Evidence's generated
     * hashCode and equals: with the launcher's inlining limits those cost more than writing the finding
     * (List.equals here: 1M records 7.2 -> 7.8 s, measured A/B). The evidence strings are the screener's cached
     * ones, hashed already.
     */
    static final class Finding {
        private final String treatment;
        private final String contraindication;
        private final CheckStatus status;
        private final boolean answeredNo;
        private final List<Evidence> evidence;
        private final int hash;

        Finding(String treatment, Check c) {
            this.treatment = treatment;
            this.contraindication = c.contraindication().id();
            this.status = c.status();
            this.answeredNo = c.answeredNo();
            this.evidence = c.evidence();
            // An answered no is rare in a batch: compared in equals, left out of the hash.
            int h = (treatment.hashCode() * 31 + contraindication.hashCode()) * 31 + status.ordinal();
            for (int i = 0; i < evidence.size(); i++) {
                Evidence e = evidence.get(i);
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
            if (!(o instanceof Finding f) || f.hash != hash || f.status != status || f.answeredNo != answeredNo
                    || !f.treatment.equals(treatment)
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
        if (c.answeredNo()) {
            g.name(ANSWERED).known("no");
        }
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
        for (int i = 0; i < values.size(); i++) {
            g.string(values.get(i));
        }
        g.endArray();
    }
}
