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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
    private final Map<String, EntryMatch> entryCache = new ConcurrentHashMap<>();
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

        Map<Contraindication, List<Evidence>> evidence = new LinkedHashMap<>();
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
        for (String id : concernIds) {
            t.indicationFor(id).ifPresent(addresses::add);
        }
        List<Check> checks = new ArrayList<>();
        for (Contraindication c : kb.contraindications()) {
            var applies = c.forTreatment(t.id());
            if (applies.isEmpty()) {
                continue;
            }
            List<Evidence> found = evidence.getOrDefault(c, List.of());
            Set<Field> missing = missingFields(c, p);
            CheckStatus status;
            if (found.stream().anyMatch(Evidence::certain)) {
                status = CheckStatus.MATCHED;
            } else if (!found.isEmpty()) {
                status = CheckStatus.PROBABLE;
            } else if (p.answers().get(c.question().id()) == Answer.NO) {
                status = CheckStatus.CLEAR;
            } else {
                status = missing.isEmpty() ? CheckStatus.CLEAR : CheckStatus.UNKNOWN;
            }
            checks.add(new Check(c, applies.get(), status, List.copyOf(found), missing));
        }
        return new TreatmentAssessment(t, verdict(addresses, checks), List.copyOf(addresses), List.copyOf(checks));
    }

    static Verdict verdict(List<Indication> addresses, List<Check> checks) {
        if (addresses.isEmpty()) {
            return Verdict.NOT_INDICATED;
        }
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.MATCHED && c.applicability().severity() == Severity.ABSOLUTE)) {
            return Verdict.CONTRAINDICATED;
        }
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.MATCHED)) {
            return Verdict.CAUTION;
        }
        if (checks.stream().anyMatch(c -> c.status() != CheckStatus.CLEAR)) {
            return Verdict.REVIEW;
        }
        return Verdict.SUITABLE;
    }

    private static Set<Field> missingFields(Contraindication c, IntakeProfile p) {
        Set<Field> missing = EnumSet.noneOf(Field.class);
        if (!c.conditions().isEmpty() && p.conditions() == null) {
            missing.add(Field.CONDITIONS);
        }
        if (!c.drugClasses().isEmpty() && p.medications() == null) {
            missing.add(Field.MEDICATIONS);
        }
        if (!c.fitzpatrick().isEmpty() && p.fitzpatrick() == null) {
            missing.add(Field.FITZPATRICK);
        }
        return missing;
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
            EntryMatch m = analyseEntry(entry, field != Field.CONCERNS);
            m.evidence().forEach((c, found) -> found.forEach(e ->
                    add(evidence, c, new Evidence(field, entry, e.term(), e.via(), e.confirm()))));
            if (unmatched != null && !m.recognised()) {
                unmatched.add(entry);
            }
        }
    }

    private static void add(Map<Contraindication, List<Evidence>> evidence, Contraindication c, Evidence e) {
        evidence.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
    }

    private EntryMatch analyseEntry(String entry, boolean nearMatches) {
        String key = (nearMatches ? "1" : "0") + entry;
        EntryMatch cached = entryCache.get(key);
        if (cached != null) {
            return cached;
        }
        EntryMatch m = matchEntry(entry, nearMatches);
        if (entryCache.size() < CACHE_LIMIT) {
            entryCache.put(key, m);
        }
        return m;
    }

    private EntryMatch matchEntry(String entry, boolean nearMatches) {
        List<String> words = Terms.words(entry);
        Map<Contraindication, List<Evidence>> evidence = new LinkedHashMap<>();
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
                add(evidence, term.contraindication(), new Evidence(null, entry, term.term(), term.via(), term.confirm()));
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
                    recognised |= addNearMatches(words.get(i), entry, evidence);
                }
            }
        }
        return new EntryMatch(evidence, recognised);
    }

    /** A word within a small edit distance of a listed term (a misspelt drug) is a probable match, never cleared. */
    private boolean addNearMatches(String word, String entry, Map<Contraindication, List<Evidence>> evidence) {
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
                    add(evidence, term.contraindication(), new Evidence(null, entry, term.term(), term.via(),
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
