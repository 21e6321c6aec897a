package org.skinadvisor.report;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Question;
import org.skinadvisor.knowledge.Treatment;
import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Verdict;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A compact table for a terminal, input text neutralised. After the recommendation, the reasons in a word each:
 * the contraindications found or to confirm, the answers the record contradicts, the cautions a yes could still
 * make contraindicated, the questions to ask, and the entries and notes to read. On a terminal the reasons go on
 * indented lines under their record, within 80 columns unless an ID (never cut) or a single word is wider; in a file
 * or a pipe each record is one line, for grep.
 */
public final class TableFormat implements BatchFormat {
    /** The header's columns fill 80 with the bundled treatments: a source, an ID, two verdicts, the recommendation. */
    private static final int SOURCE = 21;
    private static final int ID = 11;
    private static final int LONGEST_VERDICT = Arrays.stream(Verdict.values())
            .mapToInt(v -> v.word().length()).max().orElseThrow();
    private static final String REASONS_INDENT = "    ";
    /**
     * A record short of a few answers names them, the commonest review in a clinic's batch; a record short of
     * many (a list not asked at all) counts them, and its questions are in the JSON Lines and CSV reports.
     */
    private static final int MAX_QUESTIONS_NAMED = 3;
    private final KnowledgeBase kb;
    private final Layout layout;

    /** Where the table goes. */
    public enum Layout {
        /** A file or a pipe: one line per record. */
        LINES,
        /** A terminal: the reasons on lines of their own within 80 columns. */
        WRAPPED,
        /** A terminal that takes colour: wrapped, and each verdict in its colour as `check` shows it. */
        WRAPPED_IN_COLOUR
    }

    public TableFormat(KnowledgeBase kb, Layout layout) {
        this.kb = kb;
        this.layout = layout;
    }

    @Override
    public byte[] header() {
        StringBuilder b = new StringBuilder();
        b.append(pad("SOURCE", SOURCE)).append(pad("ID", ID));
        for (Treatment t : kb.treatments()) {
            b.append(pad(t.id().toUpperCase(Locale.ROOT), verdictWidth(t.id())));
        }
        b.append("RECOMMENDATION");
        return ((layout == Layout.WRAPPED_IN_COLOUR ? VerdictColour.style("1", b.toString()) : b) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public RecordWriter open(OutputStream out) {
        return new RecordWriter() {
            @Override
            public void write(ScreenedRecord r) throws java.io.IOException {
                out.write(line(r).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void finish() {
                // lines are written whole; nothing is buffered here
            }
        };
    }

    private String line(ScreenedRecord r) {
        StringBuilder b = new StringBuilder(source(safe(r.record().source())));
        Assessment a = r.assessment();
        if (a == null) {
            String id = r.record().namedId();
            b.append(pad(id == null ? "-" : safe(id), ID));
            String error = "error: " + safe(r.record().error().located()) + more(r.record().error());
            if (layout == Layout.LINES) {
                return b.append(error).append('\n').toString();
            }
            StringBuilder out = new StringBuilder();
            Columns.wrap(out, b.toString(), REASONS_INDENT, error);
            return out.toString();
        }
        b.append(pad(safe(a.profileId()), ID));
        for (TreatmentAssessment t : a.treatments()) {
            String word = t.verdict().word();
            b.append(layout == Layout.WRAPPED_IN_COLOUR ? VerdictColour.word(t.verdict()) : word)
                    .append(" ".repeat(verdictWidth(t.treatment().id()) - word.length()));
        }
        b.append(a.recommendation() == null ? "-" : a.recommendation());
        List<String> reasons = reasons(r, a);
        if (layout == Layout.LINES) {
            reasons.forEach(reason -> b.append("  ").append(reason));
            return b.append('\n').toString();
        }
        b.append('\n');
        if (!reasons.isEmpty()) {
            Columns.wrapGroups(b, REASONS_INDENT, reasons);
        }
        return b.toString();
    }

    /** Each reason as {@code (label: ids)}. */
    private List<String> reasons(ScreenedRecord r, Assessment a) {
        List<String> out = new ArrayList<>();
        note(out, "found: ", checked(a, CheckStatus.MATCHED));
        note(out, "to confirm: ", checked(a, CheckStatus.PROBABLE));
        note(out, "answered no, yet found: ", a.contradictedAnswers());
        note(out, "not settled: a yes may contraindicate ", a.notSettled());
        List<Question> questions = a.questions();
        if (questions.size() > MAX_QUESTIONS_NAMED) {
            out.add("(ask " + questions.size() + " questions)");
        } else {
            note(out, "ask: ", questions.stream().map(Question::id).toList());
        }
        if (!a.unmatched().isEmpty()) {
            // They keep their lists' questions open (review), and only the clinic can read what they name.
            int n = a.unmatched().size();
            out.add("(" + n + (n == 1 ? " entry" : " entries") + " matched no rule: check by hand)");
        }
        if (r.record().profile().profile().hasNotes()) {
            // The rules never read notes: a suitable verdict says nothing of "on warfarin" written there.
            out.add("(notes: not screened, read them)");
        }
        if (!a.unrecognized().isEmpty()) {
            int n = a.unrecognized().size();
            out.add("(" + n + (n == 1 ? " concern" : " concerns") + " not recognised)");
        }
        List<IntakeWarning> warnings = r.record().profile().warnings();
        if (!warnings.isEmpty()) {
            // A misspelt field leaves its list unknown: the verdict says review, this says why.
            out.add("(" + (warnings.size() == 1 ? "warning: " : warnings.size() + " warnings, the first: ")
                    + safe(warnings.get(0).located()) + ")");
        }
        return out;
    }

    /** How many other errors the record holds: the row names one, and the count says it is not the only fix. */
    private static String more(InvalidInputException e) {
        int n = e.alsoFound().size();
        return n == 0 ? "" : " (and " + n + (n == 1 ? " more error" : " more errors") + ": `skinadvisor validate` lists them)";
    }

    /** The longest verdict and a space fit under a treatment's heading, and a long heading widens its column. */
    private static int verdictWidth(String treatment) {
        return Math.max(treatment.length(), LONGEST_VERDICT) + 1;
    }

    /** The contraindications of every treatment with this status, each once, in the order the treatments list them. */
    private static Collection<String> checked(Assessment a, CheckStatus status) {
        Set<String> ids = new LinkedHashSet<>();
        for (TreatmentAssessment t : a.treatments()) {
            for (Check c : t.checks()) {
                if (c.status() == status) {
                    ids.add(c.contraindication().id());
                }
            }
        }
        return ids;
    }

    private static void note(List<String> out, String label, Collection<String> ids) {
        if (!ids.isEmpty()) {
            out.add("(" + label + String.join(", ", ids) + ")");
        }
    }

    private static String safe(String s) {
        return SafeText.terminal(s);
    }

    /**
     * A value in its column and at least one space after it. Nothing is cut: an ID is how the clinic finds the
     * patient, so a long one pushes the rest of its line along instead.
     */
    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - Columns.width(s)));
    }

    /**
     * A long source keeps its end, the file name and line, and loses the folder that every line shares. Cut by
     * whole characters and columns: never half of a pair of UTF-16 units, never a wide character over the edge.
     */
    private static String source(String s) {
        if (Columns.width(s) < SOURCE) {
            return pad(s, SOURCE);
        }
        int start = s.length();
        int used = 0;
        while (start > 0) {
            int c = s.codePointBefore(start);
            if (used + Columns.width(c) > SOURCE - 2) {
                break;
            }
            used += Columns.width(c);
            start -= Character.charCount(c);
        }
        return pad("~" + s.substring(start), SOURCE);
    }
}
