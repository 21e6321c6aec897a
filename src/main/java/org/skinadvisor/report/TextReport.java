package org.skinadvisor.report;

import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.PracticalNote;
import org.skinadvisor.knowledge.Source;
import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.ConcernMatch;
import org.skinadvisor.screening.Evidence;
import org.skinadvisor.screening.Field;
import org.skinadvisor.screening.NotKnown;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Unrecognized;
import org.skinadvisor.screening.Verdict;
import org.skinadvisor.screening.WhatIf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The assessment for a clinician at a terminal: every verdict with its reasons and sources, within 80 columns. */
public final class TextReport {
    public static final String REMINDER =
            "This supports and does not replace clinical judgement: confirm every finding with the patient.";
    /** How many entries no rule recognises an open check's reason names, and how much of each. */
    private static final int NAMED_ENTRIES = 3;
    private static final int ENTRY_CHARS = 40;

    private final boolean colour;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> cited = new LinkedHashSet<>();

    private TextReport(boolean colour) {
        this.colour = colour;
    }

    /**
     * {@code notes} is the profile's free text when it has any ({@code IntakeProfile.hasNotes}), else null: shown,
     * never screened.
     */
    public static String render(Assessment a, String notes, List<IntakeWarning> warnings, KnowledgeBase kb,
                                boolean colour) {
        return new TextReport(colour).write(a, notes, warnings, kb);
    }

    /** Why no treatment is recommended, in the terms of the verdicts below it. */
    private static String whyNone(Assessment a) {
        List<Verdict> indicated = a.treatments().stream().map(TreatmentAssessment::verdict)
                .filter(v -> v != Verdict.NOT_INDICATED).toList();
        if (indicated.isEmpty()) {
            return "no concern was recognised"; // a knowledge base with a concern no treatment addresses is refused
        }
        return indicated.stream().allMatch(v -> v == Verdict.CONTRAINDICATED)
                ? "every treatment that addresses the concerns is contraindicated"
                : "no treatment is suitable without further review";
    }

    /** The practical notes for a treatment: the general ones, and those for the concerns it addresses. */
    private static List<PracticalNote> notesFor(TreatmentAssessment ta) {
        Set<String> concerns = ta.addresses().stream().map(Indication::concern).collect(Collectors.toSet());
        return ta.treatment().notes().stream().filter(n -> n.concern() == null || concerns.contains(n.concern())).toList();
    }

    private String write(Assessment a, String notes, List<IntakeWarning> warnings, KnowledgeBase kb) {
        line(style("1", "Patient " + safe(a.profileId())));
        for (ConcernMatch c : a.concerns()) {
            line("  concern: \"" + safe(c.input()) + "\" -> " + kb.concern(c.concern()).map(x -> x.name()).orElse(c.concern()));
        }
        for (Unrecognized u : a.unrecognized()) {
            String hint = u.suggestion() == null ? "" : " (did you mean " + kb.concern(u.suggestion()).map(x -> x.name()).orElse(u.suggestion()) + "?)";
            line("  concern: \"" + safe(u.input()) + "\" -> " + style("33", "not recognised") + hint);
        }
        writeNotes(notes);
        line("");
        line(style("1", "Recommendation: ") + (a.recommendation() == null ? "none - " + whyNone(a)
                : kb.treatments().stream().filter(t -> t.id().equals(a.recommendation())).findFirst().orElseThrow().name()));
        for (TreatmentAssessment ta : a.treatments()) {
            line("");
            writeTreatment(ta, a, kb);
        }
        if (!a.unmatched().isEmpty()) {
            line("");
            line("Entries no rule recognises (their lists rule out nothing they do not name; check by hand):");
            a.unmatched().forEach(u -> line("  - \"" + safe(u) + "\""));
        }
        if (!warnings.isEmpty()) {
            line("");
            line(style("33", "Warnings:"));
            warnings.forEach(w -> wrap("  - ", safe(w.located())));
        }
        if (!cited.isEmpty()) {
            line("");
            line("Sources:");
            for (String id : cited) {
                wrap("  " + id + " ", kb.source(id).map(Source::title).orElse(id));
            }
        }
        line("");
        wrap("", REMINDER + " Knowledge base " + kb.version() + " (" + kb.date() + ").");
        return out.toString();
    }

    /**
     * The rules never read the notes (a condition or medicine goes in its list), so a verdict says nothing of them:
     * "on warfarin since March" written there left a `suitable` unqualified. Shown here, the clinician reads them.
     */
    private void writeNotes(String notes) {
        if (notes == null) {
            return;
        }
        line("  notes " + style("33", "(not read by the rules; a condition or medicine goes in its list):"));
        for (String text : notes.strip().split("\\R")) {
            if (!text.isBlank()) {
                wrap("    ", safe(text.strip()));
            }
        }
    }

    private void writeTreatment(TreatmentAssessment ta, Assessment a, KnowledgeBase kb) {
        Verdict v = ta.verdict();
        line(style("1", ta.treatment().name().toUpperCase(Locale.ROOT)) + ": " + (colour ? VerdictColour.word(v) : v.word()));
        List<WhatIf> whatIf = ta.whatIf();
        if (ta.notSettled()) {
            // Under the heading, where it is read first: a caution read as "go ahead with care" could hurt here.
            wrap("  ", "not settled: a yes to " + (whatIf.size() == 1 ? "the open question "
                    + whatIf.get(0).question().id() : "any of " + whatIf.size() + " open questions")
                    + " makes it contraindicated (see what would change the answer)");
        }
        if (ta.addresses().isEmpty()) {
            line("  addresses none of the recognised concerns");
        }
        for (Indication i : ta.addresses()) {
            wrap("  addresses: ", kb.concern(i.concern()).map(x -> x.name()).orElse(i.concern()) + " ("
                    + i.strength().word() + " evidence" + cite(i.sources()) + ")" + (i.note() == null ? "" : ". " + i.note()));
        }
        for (Check c : ta.findings()) {
            boolean certain = c.status() == CheckStatus.MATCHED;
            String mark = certain ? (c.applicability().severity().word().equals("absolute") ? "x" : "!") : "?";
            wrap("  " + mark + " ", c.contraindication().name() + " [" + c.contraindication().id() + ", "
                    + c.applicability().severity().word() + (certain ? "" : ", probable") + "]");
            for (Evidence e : c.evidence()) {
                wrap("      ", e.field().word() + ": \"" + safe(e.input()) + "\" " + describe(e));
                if (e.confirm() != null) {
                    wrap("      ask: ", e.confirm());
                }
            }
            if (c.answeredNo()) {
                String shownBy = c.evidence().stream().map(e -> e.field().word()).distinct()
                        .collect(Collectors.joining(" and "));
                wrap("      answered: ", "no to " + c.contraindication().question().id() + ", but the record shows it ("
                        + shownBy + "), which wins over an answer: settle it with the patient");
            }
            wrap("      why: ", c.applicability().explanation() + cite(c.applicability().sources()));
        }
        writeUnknowns(ta.unknowns(), a);
        if (!whatIf.isEmpty()) {
            line("  what would change the answer:");
            writeWhatIf(whatIf);
        }
        long clear = ta.checks().stream().filter(c -> c.status() == CheckStatus.CLEAR).count();
        line("  checked " + ta.checks().size() + " contraindications: " + clear + " clear, "
                + ta.findings().size() + " found, " + ta.unknowns().size() + " unknown");
        List<Check> byAnswer = ta.clearedByAnswer();
        if (!byAnswer.isEmpty()) {
            String questions = byAnswer.stream().map(c -> c.contraindication().question().id()).distinct()
                    .collect(Collectors.joining(", "));
            // What left each open: a part not recorded, or an entry that probably names it ("no keloids").
            String why = Stream.concat(byAnswer.stream().flatMap(c -> c.missing().stream()).distinct().sorted()
                            .map(f -> whyNotKnown(a, f)),
                    byAnswer.stream().flatMap(c -> c.evidence().stream())
                            .map(e -> e.field().word() + " hold \"" + safe(e.input()) + "\""))
                    .distinct().collect(Collectors.joining(", "));
            wrap("  ruled out by an answer no alone: ", questions + " (" + why + ")");
        }
        if (v == Verdict.SUITABLE) {
            line("  practical notes:");
            for (PracticalNote n : notesFor(ta)) {
                wrap("   - ", n.text() + cite(n.sources()));
            }
        }
    }

    /**
     * The open checks, those left open for the same reason under it once: an entry no rule recognises keeps up to
     * 21 open, and naming it on each had made a report of one unknown condition 233 lines long.
     */
    private void writeUnknowns(List<Check> unknowns, Assessment a) {
        Map<String, List<Check>> byReason = new LinkedHashMap<>();
        for (Check c : unknowns) {
            String reason = c.missing().stream().map(f -> whyNotKnown(a, f)).collect(Collectors.joining(" and "));
            byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(c);
        }
        byReason.forEach((reason, checks) -> {
            if (checks.size() == 1) {
                wrap("  ? ", named(checks.get(0)) + " not ruled out: " + reason);
                wrap("      ask: ", asked(checks.get(0)));
                return;
            }
            wrap("  ? ", checks.size() + " contraindications not ruled out: " + reason);
            for (Check c : checks) {
                wrap("    - ", named(c));
                wrap("        ask: ", asked(c));
            }
        });
    }

    private static String named(Check c) {
        return c.contraindication().name() + " [" + c.contraindication().id() + ", "
                + c.applicability().severity().word() + "]";
    }

    private String asked(Check c) {
        return c.contraindication().question().text() + cite(c.applicability().sources());
    }

    /** Questions whose answers would change the verdict alike are named on one line, most decisive first. */
    private void writeWhatIf(List<WhatIf> whatIf) {
        Map<String, List<String>> byOutcome = new LinkedHashMap<>();
        for (WhatIf w : whatIf) {
            byOutcome.computeIfAbsent("yes -> " + w.ifYes().word() + ", no -> " + w.ifNo().word(),
                    o -> new ArrayList<>()).add(w.question().id());
        }
        byOutcome.forEach((outcome, questions) -> Columns.wrapKeepingTail(out, "   - ", (questions.size() == 1 ? questions.get(0)
                : "each of " + String.join(", ", questions)) + ":", outcome));
    }

    /**
     * "medications not recorded", "conditions recorded as not known", "conditions hold "asthma", which no rule
     * recognises", or "answered unknown".
     */
    private static String whyNotKnown(Assessment a, Field part) {
        NotKnown why = a.notKnown().get(part);
        if (why == NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY) {
            // Named in a line of the open checks, so kept short: the list at the end of the report has them whole.
            List<String> entries = a.unmatched(part);
            String named = entries.stream().limit(NAMED_ENTRIES).map(e -> "\"" + safe(shortened(e)) + "\"")
                    .collect(Collectors.joining(", "));
            String more = entries.size() > NAMED_ENTRIES ? " and " + (entries.size() - NAMED_ENTRIES) + " more" : "";
            return part.word() + " hold " + named + more + ", which no rule recognises";
        }
        return (part == Field.ANSWERS ? "" : part.word() + " ") + why.word();
    }

    private static String shortened(String entry) {
        if (entry.length() <= ENTRY_CHARS) {
            return entry;
        }
        int cut = ENTRY_CHARS - 3;
        return entry.substring(0, Character.isHighSurrogate(entry.charAt(cut - 1)) ? cut - 1 : cut) + "...";
    }

    private static String describe(Evidence e) {
        return switch (e.field()) {
            case ANSWERS -> "answered to: " + e.via();
            case FITZPATRICK -> e.certain() ? "is in the listed skin types" : "is partly in the listed skin types";
            default -> "condition".equals(e.via()) ? "matched \"" + e.term() + "\"" : "is " + e.via();
        };
    }

    private String cite(List<String> sources) {
        cited.addAll(sources);
        return " [" + String.join(", ", sources) + "]";
    }

    private static String safe(String s) {
        return SafeText.terminal(s);
    }

    private String style(String code, String text) {
        return colour ? VerdictColour.style(code, text) : text;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void wrap(String prefix, String text) {
        Columns.wrap(out, prefix, text);
    }
}
