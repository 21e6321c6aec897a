package org.skinadvisor.report;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Question;
import org.skinadvisor.knowledge.Treatment;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.Field;
import org.skinadvisor.screening.NotKnown;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Unrecognized;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One CSV row per record, safe to open in a spreadsheet: a text cell starting with =, +, -, @, tab or CR is
 * prefixed with ' so it is never taken for a formula (CWE-1236). With a byte-order mark when asked: Excel opens a
 * UTF-8 file without one in the system's code page, and shows "é" as "Ã©".
 */
public final class CsvFormat implements BatchFormat {
    private final KnowledgeBase kb;
    private final boolean byteOrderMark;

    public CsvFormat(KnowledgeBase kb, boolean byteOrderMark) {
        this.kb = kb;
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public byte[] header() {
        List<String> cols = new ArrayList<>(List.of("source", "id", "recommendation"));
        kb.treatments().stream().map(Treatment::id).forEach(cols::add);
        cols.addAll(List.of("contraindications", "to_confirm", "answered_no", "not_settled", "unknowns", "questions",
                "not_known", "cleared_by_answer", "unrecognized", "unmatched", "notes", "warnings", "error"));
        return ((byteOrderMark ? "\uFEFF" : "") + String.join(",", cols) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public RecordWriter open(OutputStream out) {
        return new RecordWriter() {
            @Override
            public void write(ScreenedRecord r) throws IOException {
                out.write(row(r).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void finish() {
                // rows are written whole; nothing is buffered here
            }
        };
    }

    /**
     * Parts the messages of one cell (errors, warnings, what to confirm). A bar parts them, as a semicolon cannot: a
     * message may hold one ("skin type I-VI (or 1-6); leave the cell empty ..."). Ids and entries keep the `;`.
     */
    private static final String MESSAGES = " | ";

    /** The error that decided how far the record was read, then the others by place: each one to fix. */
    private static String errors(InvalidInputException e) {
        StringBuilder b = new StringBuilder(e.located());
        e.othersByPlace().forEach(other -> b.append(MESSAGES).append(other.located()));
        return b.toString();
    }

    private String row(ScreenedRecord r) {
        List<String> cells = new ArrayList<>();
        cells.add(r.record().source());
        Assessment a = r.assessment();
        if (a == null) {
            cells.add(r.record().namedId() == null ? "" : r.record().namedId());
            cells.add("");
            kb.treatments().forEach(t -> cells.add(""));
            cells.addAll(List.of("", "", "", "", "", "", "", "", "", "", "", "", errors(r.record().error())));
        } else {
            cells.add(a.profileId());
            cells.add(a.recommendation() == null ? "" : a.recommendation());
            a.treatments().forEach(t -> cells.add(t.verdict().word()));
            cells.add(perTreatment(a, TreatmentAssessment::findings));
            cells.add(toConfirm(a));
            cells.add(String.join(";", a.contradictedAnswers()));
            cells.add(String.join(";", a.notSettled()));
            cells.add(perTreatment(a, TreatmentAssessment::unknowns));
            cells.add(String.join(";", a.questions().stream().map(Question::id).toList()));
            cells.add(notKnown(a));
            cells.add(perTreatment(a, TreatmentAssessment::clearedByAnswer));
            cells.add(String.join(";", a.unrecognized().stream().map(Unrecognized::input).toList()));
            cells.add(String.join(";", a.unmatched()));
            cells.add(Objects.requireNonNullElse(r.record().profile().profile().notesToRead(), ""));
            cells.add(String.join(MESSAGES, r.record().profile().warnings().stream().map(w -> w.located()).toList()));
            cells.add("");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    private static String perTreatment(Assessment a, Function<TreatmentAssessment, List<Check>> pick) {
        List<String> ids = new ArrayList<>();
        for (TreatmentAssessment t : a.treatments()) {
            for (Check c : pick.apply(t)) {
                ids.add(t.treatment().id() + ":" + c.contraindication().id());
            }
        }
        return String.join(";", ids);
    }

    /** Why each part of the record that rules nothing out does: {@code medications: not recorded;...}. */
    private static String notKnown(Assessment a) {
        List<String> parts = new ArrayList<>();
        for (Field part : NotKnown.PARTS) {
            NotKnown why = a.notKnown().get(part);
            if (why != null) {
                parts.add(part.word() + ": " + why.word());
            }
        }
        return String.join(";", parts);
    }

    /**
     * What to confirm with the patient for each contraindication matched only probably (a near spelling, a drug
     * with more than one use), once each: the contraindications column names it alongside the certain ones.
     */
    private static String toConfirm(Assessment a) {
        Set<String> confirm = new LinkedHashSet<>();
        for (TreatmentAssessment t : a.treatments()) {
            for (Check c : t.findings()) {
                if (c.status() == CheckStatus.PROBABLE) {
                    c.evidence().forEach(e -> confirm.add(e.confirm()));
                }
            }
        }
        return String.join(MESSAGES, confirm);
    }

    /** Neutralises formula starts, then quotes per RFC 4180 when needed. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
