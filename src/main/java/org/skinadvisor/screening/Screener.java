package org.skinadvisor.screening;

import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.intake.UnknownField;
import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Severity;
import org.skinadvisor.knowledge.Treatment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The screening rules: a pure function from an intake profile to an {@link Assessment}, compiled once from a
 * knowledge base. Fail-safe by construction: a treatment is {@code suitable} only when every one of its
 * contraindications is {@link CheckStatus#CLEAR}. Thread-safe; the per-entry caches only memoise pure results.
 */
public final class Screener {
    private static final int[] NONE = {};
    /** What leaves a check open when its question was answered unknown: the answer, not a list. */
    private static final Set<Field> ANSWERED_UNKNOWN = Set.of(Field.ANSWERS);
    /**
     * Why parts of a record rule nothing out, by {@link #notKnownIndex}: made once and shared, as most records
     * leave one of a few combinations open.
     */
    private static final List<Map<Field, NotKnown>> NOT_KNOWN = notKnownMaps();

    /**
     * A contraindication that applies to a treatment, with the checks for a record that says nothing about it
     * precomputed for each combination of lists that rule nothing out (most checks of most records are one of these).
     */
    private record Applies(Contraindication contraindication, int index, Applicability applicability, Check[] silent) {
    }

    private final KnowledgeBase kb;
    private final ConcernVocabulary concernVocabulary;
    private final TriggerVocabulary triggerVocabulary;
    /**
     * Per treatment (by knowledge-base position), the contraindications that apply to it, in knowledge-base order.
     * Arrays, not lists: these loops run for every record, and a list's iterator there cost 5 % of `screen`.
     */
    private final Treatment[] treatments;
    private final Applies[][] applicable;
    /** Per treatment, the knowledge-base position of the concern each of its indications addresses. */
    private final int[][] indicated;
    /** Per skin type, the positions of the contraindications that list it, and the evidence it gives. */
    private final Map<FitzpatrickType, int[]> byFitzpatrick = new EnumMap<>(FitzpatrickType.class);
    private final Map<FitzpatrickType, List<Evidence>> fitzpatrickEvidence = new EnumMap<>(FitzpatrickType.class);
    /** Per question id, the positions of the contraindications it asks about; a yes is evidence for each. */
    private final Map<String, int[]> byQuestion = new HashMap<>();
    private final List<List<Evidence>> answeredYes = new ArrayList<>();

    public Screener(KnowledgeBase kb) {
        this.kb = kb;
        this.concernVocabulary = new ConcernVocabulary(kb);
        this.triggerVocabulary = new TriggerVocabulary(kb, concernVocabulary);
        List<Contraindication> all = kb.contraindications();
        for (int index = 0; index < all.size(); index++) {
            Contraindication c = all.get(index);
            byQuestion.merge(c.question().id(), new int[] {index}, Screener::joined);
            answeredYes.add(List.of(new Evidence(Field.ANSWERS, "yes", c.question().id(), c.question().text(), null)));
            for (FitzpatrickType type : c.fitzpatrick()) {
                byFitzpatrick.merge(type, new int[] {index}, Screener::joined);
            }
        }
        for (FitzpatrickType type : FitzpatrickType.values()) {
            fitzpatrickEvidence.put(type, List.of(new Evidence(Field.FITZPATRICK, type.name(), type.name(),
                    "Fitzpatrick skin type", null)));
        }
        this.treatments = kb.treatments().toArray(new Treatment[0]);
        this.applicable = new Applies[treatments.length][];
        Map<String, Integer> concernPositions = new HashMap<>();
        for (int c = 0; c < kb.concerns().size(); c++) {
            concernPositions.put(kb.concerns().get(c).id(), c);
        }
        this.indicated = new int[treatments.length][];
        for (int treatment = 0; treatment < treatments.length; treatment++) {
            Treatment t = treatments[treatment];
            indicated[treatment] = t.indications().stream().mapToInt(i -> concernPositions.get(i.concern())).toArray();
            List<Applies> list = new ArrayList<>();
            for (int index = 0; index < all.size(); index++) {
                Contraindication c = all.get(index);
                int position = index;
                c.forTreatment(t.id()).ifPresent(a -> {
                    Check[] silent = new Check[8];
                    for (int mask = 0; mask < 8; mask++) {
                        Set<Field> missing = missingFields(c, mask);
                        CheckStatus status = missing.isEmpty() ? CheckStatus.CLEAR : CheckStatus.UNKNOWN;
                        silent[mask] = new Check(c, a, status, List.of(), missing, false);
                    }
                    list.add(new Applies(c, position, a, silent));
                });
            }
            applicable[treatment] = list.toArray(new Applies[0]);
        }
    }

    private static int[] joined(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The ids of the concern groups an entry names (none when it is not recognised). */
    public List<String> recognise(String concern) {
        return Arrays.stream(concernVocabulary.recognise(concern).positions()).mapToObj(c -> kb.concerns().get(c).id()).toList();
    }

    /** A concern group id close to an unrecognised entry, or null. */
    public String suggest(String concern) {
        return suggestion(concern, concernVocabulary.recognise(concern));
    }

    /**
     * None for an entry that names a contraindication: "acne" is active acne, not a misspelt "acne scars", and a
     * suggestion would invite the rewrite that drops the finding.
     */
    private String suggestion(String concern, ConcernVocabulary.Recognition a) {
        String s = a.suggestion();
        return s == null || triggerVocabulary.find(concern, Field.CONCERNS).indexes().length == 0 ? s : null;
    }

    public Assessment assess(IntakeProfile p) {
        List<ConcernMatch> concerns = new ArrayList<>(p.concerns().size());
        List<Unrecognized> unrecognized = new ArrayList<>();
        boolean[] named = new boolean[kb.concerns().size()];
        for (int c = 0; c < p.concerns().size(); c++) {
            String input = p.concerns().get(c);
            ConcernVocabulary.Recognition a = concernVocabulary.recognise(input);
            if (a.positions().length == 0) {
                unrecognized.add(new Unrecognized(input, suggestion(input, a)));
            }
            for (String item : a.itemsNamingNone()) {
                unrecognized.add(new Unrecognized(item, suggest(item)));
            }
            for (int i = 0; i < a.positions().length; i++) {
                concerns.add(new ConcernMatch(input, kb.concerns().get(a.positions()[i]).id()));
                named[a.positions()[i]] = true;
            }
        }

        // The evidence for each contraindication, by its knowledge-base position: entries, skin type, answers.
        @SuppressWarnings("unchecked")
        List<Evidence>[] evidence = new List[kb.contraindications().size()];
        List<String> unmatched = new ArrayList<>();
        collect(Field.CONCERNS, p.concerns(), evidence, null);
        boolean conditionsNotKnown = collect(Field.CONDITIONS, p.conditions(), evidence, unmatched);
        int unmatchedConditions = unmatched.size();
        boolean medicationsNotKnown = collect(Field.MEDICATIONS, p.medications(), evidence, unmatched);
        for (int f = 0; f < p.unknownFields().size(); f++) {
            UnknownField field = p.unknownFields().get(f);
            if (field.question() != null) {
                for (int index : byQuestion.getOrDefault(field.question(), NONE)) {
                    evidence[index] = joined(evidence[index], List.of(mayAnswer(field, index)));
                }
            } else {
                add(triggerVocabulary.find(field), evidence);
            }
        }
        // Masks (1 conditions, 2 medications, 4 skin type) of the parts absent, of those said not known, of those
        // holding an entry no rule recognises, and of those that rule nothing out: any of them (hazards H2, H34). An
        // entry the rules cannot read may name what they screen for, so its list rules out nothing it does not name.
        int absent = (p.conditions() == null ? 1 : 0) | (p.medications() == null ? 2 : 0)
                | (p.fitzpatrick() == null ? 4 : 0);
        int said = (conditionsNotKnown ? 1 : 0) | (medicationsNotKnown ? 2 : 0);
        int unread = (unmatchedConditions > 0 ? 1 : 0) | (unmatched.size() > unmatchedConditions ? 2 : 0);
        int mask = absent | said | unread;
        if (p.fitzpatrick() != null && p.fitzpatrick().isRange()) {
            addRange(p.fitzpatrick(), evidence);
        } else if (p.fitzpatrick() != null) {
            FitzpatrickType skin = p.fitzpatrick().lowest();
            List<Evidence> type = fitzpatrickEvidence.get(skin);
            for (int index : byFitzpatrick.getOrDefault(skin, NONE)) {
                evidence[index] = joined(evidence[index], type);
            }
        }
        p.answers().forEach((question, answer) -> {
            if (answer == Answer.YES) {
                for (int index : byQuestion.getOrDefault(question, NONE)) {
                    evidence[index] = joined(evidence[index], answeredYes.get(index));
                }
            }
        });
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = certainFirst(evidence[i]);
        }

        TreatmentAssessment[] assessed = new TreatmentAssessment[treatments.length];
        for (int t = 0; t < treatments.length; t++) {
            assessed[t] = assessTreatment(t, p, mask, named, evidence);
        }
        List<TreatmentAssessment> all = List.of(assessed);
        boolean answeredUnknown = !p.answers().isEmpty() && leftOpenByAnAnswer(assessed);
        return new Assessment(p.id(), readOnly(concerns), readOnly(unrecognized), all, recommend(all),
                readOnly(unmatched), unmatchedConditions,
                NOT_KNOWN.get(notKnownIndex(absent, said, unread, answeredUnknown)));
    }

    /**
     * A yes under a name that is, or is near, a question's id ({@code answers: {pregnant: yes}}, a CSV column
     * {@code pregnant}): possibly that question's yes, probable and never cleared, as a misspelt drug is.
     */
    private Evidence mayAnswer(UnknownField field, int index) {
        Contraindication c = kb.contraindications().get(index);
        return new Evidence(Field.UNKNOWN_FIELD, field.name() + ": " + field.text(), field.question(),
                "possibly a yes to " + field.question(), "`" + field.writtenName() + "` may be the question "
                        + field.question() + ", which the rules read only under that name: " + c.question().text());
    }

    /** Whether an answer unknown left a check open that the lists would have cleared. */
    private static boolean leftOpenByAnAnswer(TreatmentAssessment[] assessed) {
        for (TreatmentAssessment ta : assessed) {
            for (Check c : ta.checks()) {
                if (c.status() == CheckStatus.UNKNOWN && c.missing().contains(Field.ANSWERS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The position in {@link #NOT_KNOWN} of a record's reasons: {@code absent}, {@code said} and {@code unread} are
     * masks (1 conditions, 2 medications, 4 skin type) of the parts absent, said not known and holding an entry no
     * rule recognises.
     */
    private static int notKnownIndex(int absent, int said, int unread, boolean answeredUnknown) {
        return absent | said << 3 | (answeredUnknown ? 1 << 6 : 0) | unread << 7;
    }

    private static List<Map<Field, NotKnown>> notKnownMaps() {
        Field[] parts = {Field.CONDITIONS, Field.MEDICATIONS, Field.FITZPATRICK};
        List<Map<Field, NotKnown>> maps = new ArrayList<>();
        for (int index = 0; index < 1 << 9; index++) {
            Map<Field, NotKnown> why = new EnumMap<>(Field.class);
            for (int i = 0; i < parts.length; i++) {
                if ((index >> 3 & 1 << i) != 0) {
                    why.put(parts[i], NotKnown.RECORDED_AS_NOT_KNOWN);
                } else if ((index >> 7 & 1 << i) != 0) {
                    why.put(parts[i], NotKnown.RECORDED_WITH_UNRECOGNISED_ENTRY);
                } else if ((index & 1 << i) != 0) {
                    why.put(parts[i], NotKnown.NOT_RECORDED);
                }
            }
            if ((index & 1 << 6) != 0) {
                why.put(Field.ANSWERS, NotKnown.ANSWERED_UNKNOWN);
            }
            maps.add(Collections.unmodifiableMap(why));
        }
        return List.copyOf(maps);
    }

    /** A list built here, handed out without a copy: nothing else holds it. */
    private static <T> List<T> readOnly(List<T> built) {
        return built.isEmpty() ? List.of() : Collections.unmodifiableList(built);
    }

    private TreatmentAssessment assessTreatment(int position, IntakeProfile p, int mask, boolean[] named,
                                                List<Evidence>[] evidence) {
        Treatment t = treatments[position];
        List<Indication> indications = t.indications();
        List<Indication> addresses = new ArrayList<>();
        for (int i = 0; i < indications.size(); i++) {
            if (named[indicated[position][i]]) {
                addresses.add(indications.get(i));
            }
        }
        Applies[] all = applicable[position];
        List<Check> checks = new ArrayList<>(all.length);
        for (Applies applies : all) {
            Contraindication c = applies.contraindication();
            List<Evidence> found = evidence[applies.index()];
            Check silent = applies.silent()[mask];
            Answer answer = p.answers().isEmpty() ? null : p.answers().get(c.question().id());
            boolean answeredNo = answer == Answer.NO;
            if (found != null && answeredNo && Check.settledByNo(found)) {
                checks.add(new Check(c, applies.applicability(), CheckStatus.CLEAR, found, silent.missing(), true));
            } else if (found != null) {
                // Certain evidence leads (certainFirst): a finding is certain exactly when its first evidence is.
                CheckStatus status = found.get(0).certain() ? CheckStatus.MATCHED : CheckStatus.PROBABLE;
                checks.add(new Check(c, applies.applicability(), status, found, silent.missing(), answeredNo));
            } else if (answeredNo) {
                checks.add(new Check(c, applies.applicability(), CheckStatus.CLEAR, List.of(), silent.missing(), true));
            } else if (answer == Answer.UNKNOWN && silent.status() == CheckStatus.CLEAR) {
                // The record says this one is not known: a list that says none in general does not rule it out.
                checks.add(new Check(c, applies.applicability(), CheckStatus.UNKNOWN, List.of(), ANSWERED_UNKNOWN, false));
            } else {
                checks.add(silent);
            }
        }
        return new TreatmentAssessment(t, verdict(addresses, checks), readOnly(addresses),
                Collections.unmodifiableList(checks));
    }

    /**
     * A finding leads with what decided it: its certain evidence, then the probable, each in the record's order.
     * Reports name the first as the match, so a certain finding must not lead with a question to confirm.
     */
    private static List<Evidence> certainFirst(List<Evidence> found) {
        if (found == null || found.get(0).certain() || !anyCertain(found)) {
            return found;
        }
        List<Evidence> ordered = new ArrayList<>(found.size());
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).certain() == (pass == 0)) {
                    ordered.add(found.get(i));
                }
            }
        }
        return List.copyOf(ordered);
    }

    private static boolean anyCertain(List<Evidence> found) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).certain()) {
                return true;
            }
        }
        return false;
    }

    static Verdict verdict(List<Indication> addresses, List<Check> checks) {
        return verdict(addresses, checks, -1, null);
    }

    /** The verdict as if the check at {@code replaced} (none when -1) had {@code status}: a what-if. */
    static Verdict verdict(List<Indication> addresses, List<Check> checks, int replaced, CheckStatus status) {
        if (addresses.isEmpty()) {
            return Verdict.NOT_INDICATED;
        }
        boolean matched = false;
        boolean open = false;
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            CheckStatus s = i == replaced ? status : c.status();
            if (s == CheckStatus.MATCHED) {
                if (c.applicability().severity() == Severity.ABSOLUTE) {
                    return Verdict.CONTRAINDICATED;
                }
                matched = true;
            } else if (s != CheckStatus.CLEAR) {
                open = true;
            }
        }
        if (matched) {
            return Verdict.CAUTION;
        }
        return open ? Verdict.REVIEW : Verdict.SUITABLE;
    }

    /**
     * A range of skin types ("III-IV") is certain evidence for a rule that lists every type in it, and probable evidence
     * for one that lists some of them, asked with the rule's question: which type the patient is decides it.
     */
    private void addRange(SkinType skin, List<Evidence>[] evidence) {
        List<FitzpatrickType> range = skin.types();
        List<Contraindication> all = kb.contraindications();
        for (int index = 0; index < all.size(); index++) {
            Contraindication c = all.get(index);
            List<FitzpatrickType> listed = range.stream().filter(c.fitzpatrick()::contains).toList();
            if (listed.isEmpty()) {
                continue;
            }
            String types = listed.stream().map(Enum::name).collect(Collectors.joining(", "));
            String confirm = listed.size() == range.size() ? null
                    : "the record gives a range of skin types, " + skin + ", of which " + types
                    + (listed.size() == 1 ? " is" : " are") + " listed: " + c.question().text();
            evidence[index] = joined(evidence[index], List.of(new Evidence(Field.FITZPATRICK, skin.toString(), types,
                    "Fitzpatrick skin type", confirm, confirm != null)));
        }
    }

    /** The lists a contraindication needs that rule nothing out; mask bits 1 conditions, 2 medications, 4 skin type. */
    private static Set<Field> missingFields(Contraindication c, int mask) {
        Set<Field> missing = EnumSet.noneOf(Field.class);
        if (!c.conditions().isEmpty() && (mask & 1) != 0) {
            missing.add(Field.CONDITIONS);
        }
        if (!c.drugClasses().isEmpty() && (mask & 2) != 0) {
            missing.add(Field.MEDICATIONS);
        }
        if (!c.fitzpatrick().isEmpty() && (mask & 4) != 0) {
            missing.add(Field.FITZPATRICK);
        }
        return Collections.unmodifiableSet(missing);
    }

    /** The suitable treatment with the strongest evidence summed over the concerns; knowledge-base order breaks ties. */
    private static String recommend(List<TreatmentAssessment> treatments) {
        TreatmentAssessment best = null;
        int bestScore = 0;
        for (TreatmentAssessment ta : treatments) {
            if (ta.verdict() != Verdict.SUITABLE) {
                continue;
            }
            int score = 0;
            for (int i = 0; i < ta.addresses().size(); i++) {
                score += ta.addresses().get(i).strength().ordinal() + 1;
            }
            if (score > bestScore) {
                best = ta;
                bestScore = score;
            }
        }
        return best == null ? null : best.treatment().id();
    }

    /** Adds what the entries match to {@code evidence}; true when an entry says the answer is not known. */
    private boolean collect(Field field, List<String> entries, List<Evidence>[] evidence, List<String> unmatched) {
        if (entries == null) {
            return false;
        }
        boolean notKnown = false;
        for (int e = 0; e < entries.size(); e++) {
            String entry = entries.get(e);
            TriggerVocabulary.EntryMatch m = triggerVocabulary.find(entry, field);
            add(m, evidence);
            if (unmatched != null && !m.recognised()) {
                unmatched.add(entry);
            }
            notKnown |= m.notKnown();
        }
        return notKnown;
    }

    private static void add(TriggerVocabulary.EntryMatch m, List<Evidence>[] evidence) {
        int[] indexes = m.indexes();
        for (int i = 0; i < indexes.length; i++) {
            evidence[indexes[i]] = joined(evidence[indexes[i]], m.evidence().get(i));
        }
    }

    /** Evidence lists are immutable and shared between records; joining two makes a new one. */
    private static List<Evidence> joined(List<Evidence> earlier, List<Evidence> more) {
        if (earlier == null) {
            return more;
        }
        List<Evidence> both = new ArrayList<>(earlier.size() + more.size());
        both.addAll(earlier);
        both.addAll(more);
        return List.copyOf(both);
    }
}
