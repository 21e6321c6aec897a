package org.skinadvisor.screening;

import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Concern;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.Drug;
import org.skinadvisor.knowledge.DrugClass;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Severity;
import org.skinadvisor.knowledge.Treatment;
import org.skinadvisor.knowledge.Trigger;
import org.skinadvisor.matching.EditDistance;
import org.skinadvisor.matching.PhraseIndex;
import org.skinadvisor.matching.Terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
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
    /**
     * Entries longer than this are matched afresh each time, never cached: with up to 10,000 characters each, a
     * cache bounded only in count could hold a gigabyte. Real entries ("aspirin 81mg") are far shorter, and repeat.
     */
    private static final int CACHED_LENGTH = 64;
    private static final int[] NONE = {};

    /** A knowledge-base term that points at a contraindication (its position in the knowledge base). */
    private record Term(Contraindication contraindication, int index, String term, String via, String confirm) {
    }

    /**
     * What one free-text entry matched: evidence for the contraindications at {@code indexes} (knowledge-base
     * positions), whether any rule knew the entry, and whether it says the answer is not known.
     */
    private record EntryMatch(int[] indexes, List<List<Evidence>> evidence, boolean recognised, boolean notKnown) {
    }

    /** The concern groups an entry names, by knowledge-base position, or a suggested id when none (may be null). */
    private record ConcernAnalysis(int[] positions, String suggestion) {
    }

    private final KnowledgeBase kb;
    private final PhraseIndex<Concern> concernIndex;
    private final PhraseIndex<Term> triggerIndex;
    private final PhraseIndex<String> knownDrugs;
    private final PhraseIndex<Boolean> notKnown;
    private final Map<String, PhraseIndex<Boolean>> exceptions = new HashMap<>();
    private final Map<String, List<Term>> nearVocabulary = new LinkedHashMap<>();
    /**
     * How a term was reached from an entry that does not write it (a misspelling, another form of the word, a name
     * written apart, words in another order): possibly the drug, never the drug itself.
     */
    private static String inferredVia(Term term) {
        return "condition".equals(term.via()) ? term.via() : "possibly " + term.via();
    }

    /** A term of two or more words (of three letters or more), to be found in another order or form. */
    private record WordSet(Term term, List<String> words) {
    }

    private final List<WordSet> wordSets = new ArrayList<>();
    private final Map<String, List<String>> concernWords = new LinkedHashMap<>();
    /**
     * A contraindication that applies to a treatment, with the checks for a record that says nothing about it
     * precomputed for each combination of lists that rule nothing out (most checks of most records are one of these).
     */
    private record Applies(Contraindication contraindication, int index, Applicability applicability, Check[] silent) {
    }

    /**
     * Per treatment (by knowledge-base position), the contraindications that apply to it, in knowledge-base order.
     * Arrays, not lists: these loops run for every record, and a list's iterator there cost 5 % of `screen`.
     */
    private final Treatment[] treatments;
    private final Applies[][] applicable;
    /** Per treatment, the knowledge-base position of the concern each of its indications addresses. */
    private final int[][] indicated;
    private final Map<String, Integer> concernPositions = new HashMap<>();
    private final Map<Field, Map<String, EntryMatch>> entryCaches = new EnumMap<>(Field.class);
    private final Map<String, ConcernAnalysis> concernCache = new ConcurrentHashMap<>();
    /** Per skin type, the positions of the contraindications that list it, and the evidence it gives. */
    private final Map<FitzpatrickType, int[]> byFitzpatrick = new EnumMap<>(FitzpatrickType.class);
    private final Map<FitzpatrickType, List<Evidence>> fitzpatrickEvidence = new EnumMap<>(FitzpatrickType.class);
    /** Per question id, the positions of the contraindications it asks about; a yes is evidence for each. */
    private final Map<String, int[]> byQuestion = new HashMap<>();
    private final List<List<Evidence>> answeredYes = new ArrayList<>();

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
        List<Contraindication> all = kb.contraindications();
        for (int index = 0; index < all.size(); index++) {
            Contraindication c = all.get(index);
            for (Trigger t : c.conditions()) {
                addTerm(triggers, new Term(c, index, t.phrase(), "condition", t.confirm()));
            }
            for (String classId : c.drugClasses()) {
                referencedClasses.add(classId);
                DrugClass dc = kb.drugClass(classId).orElseThrow();
                for (Drug d : dc.drugs()) {
                    addTerm(triggers, new Term(c, index, d.name(), d.name() + ", " + dc.name(), d.confirm()));
                    for (String brand : d.brands()) {
                        addTerm(triggers, new Term(c, index, brand, d.name() + " (" + brand + "), " + dc.name(), d.confirm()));
                    }
                }
            }
            PhraseIndex.Builder<Boolean> except = PhraseIndex.builder();
            c.except().forEach(e -> except.add(e, Boolean.TRUE));
            exceptions.put(c.id(), except.build());
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
        PhraseIndex.Builder<Boolean> unknownWords = PhraseIndex.builder();
        IntakeProfile.NOT_KNOWN.forEach(phrase -> unknownWords.add(phrase, Boolean.TRUE));
        this.notKnown = unknownWords.build();
        this.treatments = kb.treatments().toArray(new Treatment[0]);
        this.applicable = new Applies[treatments.length][];
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
                        silent[mask] = new Check(c, a, missing.isEmpty() ? CheckStatus.CLEAR : CheckStatus.UNKNOWN, List.of(), missing);
                    }
                    list.add(new Applies(c, position, a, silent));
                });
            }
            applicable[treatment] = list.toArray(new Applies[0]);
        }
        for (Field f : List.of(Field.CONCERNS, Field.CONDITIONS, Field.MEDICATIONS)) {
            entryCaches.put(f, new ConcurrentHashMap<>());
        }
    }

    private static int[] joined(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private void addTerm(PhraseIndex.Builder<Term> triggers, Term term) {
        triggers.add(term.term(), term);
        List<String> words = Terms.words(term.term());
        List<String> content = words.stream().filter(w -> w.length() >= 3).toList();
        if (content.size() >= 2) {
            wordSets.add(new WordSet(term, content));
        }
        if (words.size() == 1 && EditDistance.tolerance(words.get(0).length()) > 0) {
            nearVocabulary.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(term);
        }
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The concern group ids an entry is recognised as, and a suggested id when none (may be null). */
    public List<String> recognise(String concern) {
        return Arrays.stream(analyseConcern(concern).positions()).mapToObj(c -> kb.concerns().get(c).id()).toList();
    }

    public String suggest(String concern) {
        return analyseConcern(concern).suggestion();
    }

    public Assessment assess(IntakeProfile p) {
        List<ConcernMatch> concerns = new ArrayList<>(p.concerns().size());
        List<Unrecognized> unrecognized = new ArrayList<>();
        boolean[] named = new boolean[concernPositions.size()];
        for (int c = 0; c < p.concerns().size(); c++) {
            String input = p.concerns().get(c);
            ConcernAnalysis a = analyseConcern(input);
            if (a.positions().length == 0) {
                unrecognized.add(new Unrecognized(input, a.suggestion()));
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
        boolean medicationsNotKnown = collect(Field.MEDICATIONS, p.medications(), evidence, unmatched);
        // Mask bits for the lists that rule nothing out: 1 conditions, 2 medications, 4 skin type.
        int mask = (p.conditions() == null || conditionsNotKnown ? 1 : 0)
                | (p.medications() == null || medicationsNotKnown ? 2 : 0) | (p.fitzpatrick() == null ? 4 : 0);
        if (p.fitzpatrick() != null) {
            List<Evidence> type = fitzpatrickEvidence.get(p.fitzpatrick());
            for (int index : byFitzpatrick.getOrDefault(p.fitzpatrick(), NONE)) {
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

        TreatmentAssessment[] assessed = new TreatmentAssessment[treatments.length];
        for (int t = 0; t < treatments.length; t++) {
            assessed[t] = assessTreatment(t, p, mask, named, evidence);
        }
        List<TreatmentAssessment> all = List.of(assessed);
        return new Assessment(p.id(), readOnly(concerns), readOnly(unrecognized), all, recommend(all),
                readOnly(unmatched), notKnownFields(conditionsNotKnown, medicationsNotKnown));
    }

    private static Set<Field> notKnownFields(boolean conditions, boolean medications) {
        if (!conditions && !medications) {
            return Set.of();
        }
        return conditions && medications ? Set.of(Field.CONDITIONS, Field.MEDICATIONS)
                : Set.of(conditions ? Field.CONDITIONS : Field.MEDICATIONS);
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
            if (found != null) {
                CheckStatus status = anyCertain(found) ? CheckStatus.MATCHED : CheckStatus.PROBABLE;
                checks.add(new Check(c, applies.applicability(), status, found, silent.missing()));
            } else if (silent.status() == CheckStatus.UNKNOWN && !p.answers().isEmpty()
                    && p.answers().get(c.question().id()) == Answer.NO) {
                checks.add(new Check(c, applies.applicability(), CheckStatus.CLEAR, List.of(), silent.missing()));
            } else {
                checks.add(silent);
            }
        }
        return new TreatmentAssessment(t, verdict(addresses, checks), readOnly(addresses),
                Collections.unmodifiableList(checks));
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
            EntryMatch m = analyseEntry(entry, field);
            int[] indexes = m.indexes();
            for (int i = 0; i < indexes.length; i++) {
                evidence[indexes[i]] = joined(evidence[indexes[i]], m.evidence().get(i));
            }
            if (unmatched != null && !m.recognised()) {
                unmatched.add(entry);
            }
            notKnown |= m.notKnown();
        }
        return notKnown;
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

    private static void add(Map<Integer, List<Evidence>> evidence, int index, Evidence e) {
        evidence.computeIfAbsent(index, k -> new ArrayList<>()).add(e);
    }

    private EntryMatch analyseEntry(String entry, Field field) {
        Map<String, EntryMatch> cache = entryCaches.get(field);
        EntryMatch cached = cache.get(entry);
        if (cached != null) {
            return cached;
        }
        EntryMatch m = matchEntry(entry, field);
        if (entry.length() <= CACHED_LENGTH && cache.size() < CACHE_LIMIT) {
            cache.put(entry, m);
        }
        return m;
    }

    /** Concerns are matched exactly; conditions and medications also by near spelling. */
    private EntryMatch matchEntry(String entry, Field field) {
        boolean nearMatches = field != Field.CONCERNS;
        List<String> words = Terms.words(entry);
        Map<Integer, List<Evidence>> evidence = new LinkedHashMap<>();
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
                add(evidence, term.index(), new Evidence(field, entry, term.term(), term.via(), term.confirm()));
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
                if (!covered[i] && i + 1 < words.size() && !covered[i + 1]) {
                    recognised |= addSplitMatch(words.get(i), words.get(i + 1), entry, field, evidence);
                }
            }
            recognised |= addReorderedMatches(words, entry, field, evidence);
        }
        int[] indexes = evidence.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new EntryMatch(indexes, evidence.values().stream().map(List::copyOf).toList(), recognised,
                words.isEmpty() || !notKnown.find(words).isEmpty()
                        || words.size() == 1 && IntakeProfile.NOT_KNOWN_ALONE.contains(words.get(0)));
    }

    /**
     * A word within a small edit distance of a listed term (a misspelt drug), or another form of it ("psoriatic"
     * for psoriasis), is a probable match, never cleared.
     */
    private boolean addNearMatches(String word, String entry, Field field, Map<Integer, List<Evidence>> evidence) {
        int tolerance = EditDistance.tolerance(word.length());
        if (tolerance == 0) {
            return false;
        }
        boolean any = false;
        for (Map.Entry<String, List<Term>> v : nearVocabulary.entrySet()) {
            String known = v.getKey();
            int allowed = Math.min(tolerance, EditDistance.tolerance(known.length()));
            String kind = EditDistance.between(word, known, allowed) <= allowed ? "a misspelling"
                    : Terms.isFormOf(word, known) ? "a form" : null;
            if (kind != null) {
                any = true;
                for (Term term : v.getValue()) {
                    add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                            "`" + word + "` may be " + kind + " of " + term.term() + ": confirm"));
                }
            }
        }
        return any;
    }

    /** Two words that make a listed word together ("Eli quis", a space typed in a name) are a probable match. */
    private boolean addSplitMatch(String first, String second, String entry, Field field,
                                  Map<Integer, List<Evidence>> evidence) {
        List<Term> terms = nearVocabulary.get(first + second);
        if (terms == null) {
            return false;
        }
        for (Term term : terms) {
            add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                    "`" + first + " " + second + "` may be " + term.term() + " written apart: confirm"));
        }
        return true;
    }

    /**
     * A term of several words whose words all appear in the entry, in another order or form ("allergic to local
     * anaesthetic" for allergy to local anaesthetic, "steroids, high dose"), is a probable match, never cleared.
     * Exceptions are not applied: without a place in the entry there is nothing to tell them apart by.
     */
    private boolean addReorderedMatches(List<String> words, String entry, Field field,
                                        Map<Integer, List<Evidence>> evidence) {
        if (words.size() < 2) {
            return false;
        }
        // The entry's words by their first letters: a 9,000-character entry is compared with every set.
        Set<String> exact = new HashSet<>(words);
        Map<String, List<String>> byStem = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() > Terms.STEM) {
                byStem.computeIfAbsent(w.substring(0, Terms.STEM), k -> new ArrayList<>()).add(w);
            }
        }
        boolean any = false;
        for (int s = 0; s < wordSets.size(); s++) {
            Term term = wordSets.get(s).term();
            if (!evidence.containsKey(term.index()) && allPresent(wordSets.get(s).words(), exact, byStem)) {
                any = true;
                add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                        "the words of " + term.term() + " appear in another order or form: confirm"));
            }
        }
        return any;
    }

    private static boolean allPresent(List<String> wanted, Set<String> exact, Map<String, List<String>> byStem) {
        for (int w = 0; w < wanted.size(); w++) {
            String want = wanted.get(w);
            if (exact.contains(want)) {
                continue;
            }
            List<String> forms = want.length() < Terms.STEM ? null : byStem.get(want.substring(0, Terms.STEM));
            if (forms == null || forms.stream().noneMatch(form -> Terms.isFormOf(form, want))) {
                return false;
            }
        }
        return true;
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
        ConcernAnalysis a = new ConcernAnalysis(ids.stream().mapToInt(concernPositions::get).toArray(),
                ids.isEmpty() ? suggestConcern(words) : null);
        if (input.length() <= CACHED_LENGTH && concernCache.size() < CACHE_LIMIT) {
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
