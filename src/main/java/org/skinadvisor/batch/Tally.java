package org.skinadvisor.batch;

import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.report.ScreenedRecord;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.NotKnown;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts for the run's summary; one per chunk, merged in order on the writing thread. */
public final class Tally {
    private long records;
    /**
     * Error records by problem, in the order of {@link Problem} (their sum is the errors, an internal one among them
     * exit 70); and the first one's source, in input order.
     */
    private final long[] problems = new long[Problem.values().length];
    private String firstError;
    private long warnings;
    private final Map<String, long[]> verdicts = new LinkedHashMap<>();
    /** Counts in one-element arrays, so that counting a record boxes nothing. */
    private final Map<String, long[]> recommendations = new LinkedHashMap<>();
    /**
     * Assessed records whose conditions, medications or skin type are not known (absent, or said not known), or
     * whose answer unknown left a question open, in the order of {@link NotKnown#PARTS}: an export without one of
     * these columns shows here as every record.
     */
    private final long[] notKnown = new long[NotKnown.PARTS.size()];
    private long withUnmatched;
    private long withNotes;

    void add(ScreenedRecord r) {
        records++;
        Assessment a = r.assessment();
        if (a == null) {
            problems[r.record().error().problem().ordinal()]++;
            if (firstError == null) {
                firstError = r.record().source();
            }
            return;
        }
        warnings += r.record().profile().warnings().size();
        List<TreatmentAssessment> treatments = a.treatments();
        for (int i = 0; i < treatments.size(); i++) {
            TreatmentAssessment t = treatments.get(i);
            verdicts.computeIfAbsent(t.treatment().id(), k -> new long[Verdict.values().length])[t.verdict().ordinal()]++;
        }
        String rec = a.recommendation();
        recommendations.computeIfAbsent(rec == null ? "none" : rec, k -> new long[1])[0]++;
        IntakeProfile p = r.record().profile().profile();
        for (int i = 0; i < notKnown.length; i++) {
            notKnown[i] += a.notKnown().containsKey(NotKnown.PARTS.get(i)) ? 1 : 0;
        }
        withUnmatched += a.unmatched().isEmpty() ? 0 : 1;
        withNotes += p.hasNotes() ? 1 : 0;
    }

    void merge(Tally other) {
        records += other.records;
        warnings += other.warnings;
        for (int i = 0; i < problems.length; i++) {
            problems[i] += other.problems[i];
        }
        if (firstError == null) {
            firstError = other.firstError;
        }
        for (int i = 0; i < notKnown.length; i++) {
            notKnown[i] += other.notKnown[i];
        }
        withUnmatched += other.withUnmatched;
        withNotes += other.withNotes;
        other.verdicts.forEach((k, v) -> {
            long[] mine = verdicts.computeIfAbsent(k, x -> new long[Verdict.values().length]);
            for (int i = 0; i < v.length; i++) {
                mine[i] += v[i];
            }
        });
        other.recommendations.forEach((k, v) -> recommendations.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
    }

    public long records() {
        return records;
    }

    public long errors() {
        long errors = 0;
        for (long n : problems) {
            errors += n;
        }
        return errors;
    }

    /** Warnings (unknown fields, unknown columns) over all records. */
    public long warnings() {
        return warnings;
    }

    /** The error records counted by problem, those that occurred only, in the order of {@link Problem}. */
    public Map<Problem, Long> errorsByProblem() {
        Map<Problem, Long> counts = new LinkedHashMap<>();
        for (Problem p : Problem.values()) {
            if (problems[p.ordinal()] > 0) {
                counts.put(p, problems[p.ordinal()]);
            }
        }
        return counts;
    }

    /** The source of the first error record in input order, or null when there was none. */
    public String firstError() {
        return firstError;
    }

    public boolean internalError() {
        return problems[Problem.INTERNAL.ordinal()] > 0;
    }

    public Map<String, long[]> verdicts() {
        return verdicts;
    }

    /** Per part of {@link NotKnown#PARTS}, the assessed records that leave it unknown. */
    public long[] notKnown() {
        return notKnown.clone();
    }

    /** Assessed records with a condition or medication entry no rule matched, to be checked by hand. */
    public long withUnmatched() {
        return withUnmatched;
    }

    /** Assessed records with notes, which the rules never read: a clinician reads them. */
    public long withNotes() {
        return withNotes;
    }

    public Map<String, Long> recommendations() {
        Map<String, Long> counts = new LinkedHashMap<>();
        recommendations.forEach((k, v) -> counts.put(k, v[0]));
        return counts;
    }
}
