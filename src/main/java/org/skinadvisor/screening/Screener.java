package org.skinadvisor.screening;

import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Concern;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.Drug;
import org.skinadvisor.knowledge.DrugClass;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Severity;
import org.skinadvisor.knowledge.Treatment;
import org.skinadvisor.knowledge.Trigger;
import org.skinadvisor.matching.EditDistance;
import org.skinadvisor.matching.PhraseIndex;
import org.skinadvisor.matching.Terms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screening rules: a pure function from an intake profile to an {@link Assessment}, compiled once from a
 * knowledge base. Fail-safe by construction: a treatment is {@code suitable} only when every one of its
 * contraindications is {@link CheckStatus#CLEAR}. Thread-safe; the per-entry caches only memoise pure results.
 */
public final class Screener {
    private static final int CACHE_LIMIT = 100_000;

    /** A knowledge-base term that points at a contraindication. */
    private record Term(Contraindication contraindication, String term, String via, String confirm) {
    }

    /** What one free-text entry matched: evidence per contraindication, and whether any rule knew it. */
    private record EntryMatch(Map<Contraindication, List<Evidence>> evidence, boolean recognised) {
    }

    private record ConcernAnalysis(List<String> concernIds, String suggestion) {
    }

    private final KnowledgeBase kb;
    private final PhraseIndex<Concern> concernIndex;
    private final PhraseIndex<Term> triggerIndex;
    private final PhraseIndex<String> knownDrugs;
    private final Map<String, PhraseIndex<Boolean>> exceptions = new HashMap<>();
    private final Map<String, List<Term>> nearVocabulary = new LinkedHashMap<>();
    private final Map<String, List<String>> concernWords = new LinkedHashMap<>();
    /**
     * A contraindication that applies to a treatment, with the checks for a record that says nothing about it
     * precomputed for each combination of absent lists (most checks of most records are one of these).
     */
    private record Applies(Contraindication contraindication, Applicability applicability, Check[] silent) {
    }

    /** Per treatment, the contraindications that apply to it, in knowledge-base order. */
    private final Map<String, List<Applies>> applicable = new HashMap<>();
    private final Map<Field, Map<String, EntryMatch>> entryCaches = new EnumMap<>(Field.class);
    private final Map<String, ConcernAnalysis> concernCache = new ConcurrentHashMap<>();

    public Screener(KnowledgeBase kb) {
        this.kb = kb;
        PhraseIndex.Builder<Concern> concerns = PhraseIndex.builder();
        for (Concern c : kb.concerns()) {
            concerns.add(c.id(), c).add(c.name(), c);
            for (String s : c.synonyms()) {
                concerns.add(s, c);
                for (String w : Terms.words(s)) {
                    concernWords.computeIfAbsent(w, k -> new ArrayList<>()).add(c.id());
                }
            }
        }
        this.concernIndex = concerns.build();

        PhraseIndex.Builder<Term> triggers = PhraseIndex.builder();
        Set<String> referencedClasses = new HashSet<>();
        for (Contraindication c : kb.contraindications()) {
            for (Trigger t : c.conditions()) {
                addTerm(triggers, new Term(c, t.phrase(), "condition", t.confirm()));
            }
            for (String classId : c.drugClasses()) {
                referencedClasses.add(classId);
                DrugClass dc = kb.drugClass(classId).orElseThrow();
                for (Drug d : dc.drugs()) {
                    addTerm(triggers, new Term(c, d.name(), d.name() + ", " + dc.name(), d.confirm()));
                    for (String brand : d.brands()) {
                        addTerm(triggers, new Term(c, brand, d.name() + " (" + brand + "), " + dc.name(), d.confirm()));
                    }
                }
            }
            PhraseIndex.Builder<Boolean> except = PhraseIndex.builder();
            c.except().forEach(e -> except.add(e, Boolean.TRUE));
            exceptions.put(c.id(), except.build());
        }
        this.triggerIndex = triggers.build();

        PhraseIndex.Builder<String> known = PhraseIndex.builder();
        for (DrugClass dc : kb.drugClasses()) {
            if (!referencedClasses.contains(dc.id())) {
                for (Drug d : dc.drugs()) {
                    known.add(d.name(), d.name());
                    d.brands().forEach(b -> known.add(b, d.name()));
                }
            }
        }
        this.knownDrugs = known.build();
        for (Treatment t : kb.treatments()) {
            List<Applies> list = new ArrayList<>();
            for (Contraindication c : kb.contraindications()) {
                c.forTreatment(t.id()).ifPresent(a -> {
                    Check[] silent = new Check[8];
                    for (int mask = 0; mask < 8; mask++) {
                        Set<Field> missing = missingFields(c, mask);
                        silent[mask] = new Check(c, a, missing.isEmpty() ? CheckStatus.CLEAR : CheckStatus.UNKNOWN, List.of(), missing);
                    }
                    list.add(new Applies(c, a, silent));
                });
            }
            applicable.put(t.id(), List.copyOf(list));
        }
        for (Field f : List.of(Field.CONCERNS, Field.CONDITIONS, Field.MEDICATIONS)) {
            entryCaches.put(f, new ConcurrentHashMap<>());
        }
    }

    private void addTerm(PhraseIndex.Builder<Term> triggers, Term term) {
        triggers.add(term.term(), term);
        List<String> words = Terms.words(term.term());
        if (words.size() == 1 && EditDistance.tolerance(words.get(0).length()) > 0) {
            nearVocabulary.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(term);
        }
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The concern group ids an entry is recognised as, and a suggested id when none (may be null). */
    public List<String> recognise(String concern) {
        return analyseConcern(concern).concernIds();
    }

    public String suggest(String concern) {
        return analyseConcern(concern).suggestion();
    }

    public Assessment assess(IntakeProfile p) {
        List<ConcernMatch> concerns = new ArrayList<>();
        List<Unrecognized> unrecognized = new ArrayList<>();
        Set<String> concernIds = new LinkedHashSet<>();
        for (String input : p.concerns()) {
            ConcernAnalysis a = analyseConcern(input);
            if (a.concernIds().isEmpty()) {
                unrecognized.add(new Unrecognized(input, a.suggestion()));
            }
            for (String id : a.concernIds()) {
                concerns.add(new ConcernMatch(input, id));
                concernIds.add(id);
            }
        }

        // Identity keys: a record's hashCode would walk every list in the contraindication.
        Map<Contraindication, List<Evidence>> evidence = new IdentityHashMap<>();
        List<String> unmatched = new ArrayList<>();
        collect(Field.CONCERNS, p.concerns(), evidence, null);
        collect(Field.CONDITIONS, p.conditions(), evidence, unmatched);
        collect(Field.MEDICATIONS, p.medications(), evidence, unmatched);
        for (Contraindication c : kb.contraindications()) {
            if (p.fitzpatrick() != null && c.fitzpatrick().contains(p.fitzpatrick())) {
                add(evidence, c, new Evidence(Field.FITZPATRICK, p.fitzpatrick().name(), p.fitzpatrick().name(),
                        "Fitzpatrick skin type", null));
            }
            if (p.answers().get(c.question().id()) == Answer.YES) {
                add(evidence, c, new Evidence(Field.ANSWERS, "yes", c.question().id(), c.question().text(), null));
            }
        }

        List<TreatmentAssessment> treatments = new ArrayList<>();
        for (Treatment t : kb.treatments()) {
            treatments.add(assessTreatment(t, p, concernIds, evidence));
        }
        return new Assessment(p.id(), List.copyOf(concerns), List.copyOf(unrecognized), List.copyOf(treatments),
                recommend(treatments), List.copyOf(unmatched));
    }

    private TreatmentAssessment assessTreatment(Treatment t, IntakeProfile p, Set<String> concernIds,
                                                Map<Contraindication, List<Evidence>> evidence) {
        List<Indication> addresses = new ArrayList<>();
        for (Indication i : t.indications()) {
            if (concernIds.contains(i.concern())) {
                addresses.add(i);
            }
        }
        int mask = (p.conditions() == null ? 1 : 0) | (p.medications() == null ? 2 : 0) | (p.fitzpatrick() == null ? 4 : 0);
        List<Applies> all = applicable.get(t.id());
        List<Check> checks = new ArrayList<>(all.size());
        for (Applies applies : all) {
            Contraindication c = applies.contraindication();
            List<Evidence> found = evidence.get(c);
            Check silent = applies.silent()[mask];
            if (found != null) {
                CheckStatus status = anyCertain(found) ? CheckStatus.MATCHED : CheckStatus.PROBABLE;
                checks.add(new Check(c, applies.applicability(), status, List.copyOf(found), silent.missing()));
            } else if (silent.status() == CheckStatus.UNKNOWN && p.answers().get(c.question().id()) == Answer.NO) {
                checks.add(new Check(c, applies.applicability(), CheckStatus.CLEAR, List.of(), silent.missing()));
            } else {
                checks.add(silent);
            }
        }
        return new TreatmentAssessment(t, verdict(addresses, checks), Collections.unmodifiableList(addresses),
                Collections.unmodifiableList(checks));
    }

    private static boolean anyCertain(List<Evidence> found) {
        for (Evidence e : found) {
            if (e.certain()) {
                return true;
            }
        }
        return false;
    }

    static Verdict verdict(List<Indication> addresses, List<Check> checks) {
        if (addresses.isEmpty()) {
            return Verdict.NOT_INDICATED;
        }
        boolean matched = false;
        boolean open = false;
        for (Check c : checks) {
            if (c.status() == CheckStatus.MATCHED) {
                if (c.applicability().severity() == Severity.ABSOLUTE) {
                    return Verdict.CONTRAINDICATED;
                }
                matched = true;
            } else if (c.status() != CheckStatus.CLEAR) {
                open = true;
            }
        }
        if (matched) {
            return Verdict.CAUTION;
        }
        return open ? Verdict.REVIEW : Verdict.SUITABLE;
    }

    /** The lists a contraindication needs that are absent; mask bits: 1 conditions, 2 medications, 4 skin type. */
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
        return java.util.Collections.unmodifiableSet(missing);
    }

    /** The suitable treatment with the strongest evidence summed over the concerns; knowledge-base order breaks ties. */
    private static String recommend(List<TreatmentAssessment> treatments) {
        TreatmentAssessment best = null;
        int bestScore = 0;
        for (TreatmentAssessment ta : treatments) {
            if (ta.verdict() != Verdict.SUITABLE) {
                continue;
            }
            int score = ta.addresses().stream().mapToInt(i -> i.strength().ordinal() + 1).sum();
            if (score > bestScore) {
                best = ta;
                bestScore = score;
            }
        }
        return best == null ? null : best.treatment().id();
    }

    private void collect(Field field, List<String> entries, Map<Contraindication, List<Evidence>> evidence,
                         List<String> unmatched) {
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            EntryMatch m = analyseEntry(entry, field);
            m.evidence().forEach((c, found) -> evidence.computeIfAbsent(c, k -> new ArrayList<>()).addAll(found));
            if (unmatched != null && !m.recognised()) {
                unmatched.add(entry);
            }
        }
    }

    private static void add(Map<Contraindication, List<Evidence>> evidence, Contraindication c, Evidence e) {
        evidence.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
    }

    private EntryMatch analyseEntry(String entry, Field field) {
        Map<String, EntryMatch> cache = entryCaches.get(field);
        EntryMatch cached = cache.get(entry);
        if (cached != null) {
            return cached;
        }
        EntryMatch m = matchEntry(entry, field);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(entry, m);
        }
        return m;
    }

    /** Concerns are matched exactly; conditions and medications also by near spelling. */
    private EntryMatch matchEntry(String entry, Field field) {
        boolean nearMatches = field != Field.CONCERNS;
        List<String> words = Terms.words(entry);
        Map<Contraindication, List<Evidence>> evidence = new IdentityHashMap<>();
        boolean[] covered = new boolean[words.size()];
        boolean recognised = false;
        for (PhraseIndex.Hit<Term> hit : triggerIndex.find(words)) {
            Term term = hit.value();
            boolean excepted = exceptions.get(term.contraindication().id()).find(words).stream().anyMatch(ex -> ex.covers(hit));
            for (int i = hit.start(); i < hit.end(); i++) {
                covered[i] = true;
            }
            recognised = true;
            if (!excepted) {
                add(evidence, term.contraindication(), new Evidence(field, entry, term.term(), term.via(), term.confirm()));
            }
        }
        for (PhraseIndex.Hit<String> hit : knownDrugs.find(words)) {
            recognised = true;
            for (int i = hit.start(); i < hit.end(); i++) {
                covered[i] = true;
            }
        }
        if (nearMatches) {
            for (int i = 0; i < words.size(); i++) {
                if (!covered[i]) {
                    recognised |= addNearMatches(words.get(i), entry, field, evidence);
                }
            }
        }
        return new EntryMatch(evidence, recognised);
    }

    /** A word within a small edit distance of a listed term (a misspelt drug) is a probable match, never cleared. */
    private boolean addNearMatches(String word, String entry, Field field, Map<Contraindication, List<Evidence>> evidence) {
        int tolerance = EditDistance.tolerance(word.length());
        if (tolerance == 0) {
            return false;
        }
        boolean any = false;
        for (Map.Entry<String, List<Term>> v : nearVocabulary.entrySet()) {
            String known = v.getKey();
            int allowed = Math.min(tolerance, EditDistance.tolerance(known.length()));
            if (EditDistance.between(word, known, allowed) <= allowed) {
                any = true;
                for (Term term : v.getValue()) {
                    add(evidence, term.contraindication(), new Evidence(field, entry, term.term(), term.via(),
                            "`" + word + "` may be a misspelling of " + term.term() + ": confirm"));
                }
            }
        }
        return any;
    }

    private ConcernAnalysis analyseConcern(String input) {
        ConcernAnalysis cached = concernCache.get(input);
        if (cached != null) {
            return cached;
        }
        List<String> words = Terms.words(input);
        Set<String> ids = new LinkedHashSet<>();
        for (PhraseIndex.Hit<Concern> hit : concernIndex.find(words)) {
            ids.add(hit.value().id());
        }
        ConcernAnalysis a = new ConcernAnalysis(List.copyOf(ids), ids.isEmpty() ? suggestConcern(words) : null);
        if (concernCache.size() < CACHE_LIMIT) {
            concernCache.put(input, a);
        }
        return a;
    }

    /** A concern sharing a word with the input, or one a word is a near spelling of. */
    private String suggestConcern(List<String> words) {
        for (String w : words) {
            List<String> ids = concernWords.get(w);
            if (ids != null && w.length() >= 4) {
                return ids.get(0);
            }
        }
        for (String w : words) {
            int tolerance = EditDistance.tolerance(w.length());
            if (tolerance == 0) {
                continue;
            }
            for (Map.Entry<String, List<String>> e : concernWords.entrySet()) {
                if (EditDistance.between(w, e.getKey(), tolerance) <= tolerance) {
                    return e.getValue().get(0);
                }
            }
        }
        return null;
    }
}
