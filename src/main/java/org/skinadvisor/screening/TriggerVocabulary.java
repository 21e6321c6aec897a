package org.skinadvisor.screening;

import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.UnknownField;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.Drug;
import org.skinadvisor.knowledge.DrugClass;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Trigger;
import org.skinadvisor.matching.EditDistance;
import org.skinadvisor.matching.PhraseIndex;
import org.skinadvisor.matching.Terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a free-text entry (a condition, a medicine, a concern) says about the contraindications of a knowledge base:
 * its condition triggers and the generic and brand names of its drug classes, found as whole words, with their
 * exceptions ("acne scars" is not active acne). In conditions and medications, a near spelling, another form of a
 * word, a drug's name cut short, a word written apart (as spelt, in another form or near spelling), a term's words
 * written together, a term's words in another order, form or spelling, and the first word of a drug's name of
 * several words are probable matches, never cleared.
 */
final class TriggerVocabulary {
    /**
     * What one entry matched: evidence for the contraindications at {@code indexes} (knowledge-base positions),
     * whether any rule knew the entry, and whether it says the answer is not known.
     */
    record EntryMatch(int[] indexes, List<List<Evidence>> evidence, boolean recognised, boolean notKnown) {
    }

    /** A knowledge-base term that points at a contraindication (its position in the knowledge base). */
    private record Term(Contraindication contraindication, int index, String term, String via, String confirm) {
    }

    /** A term of two or more words (of three letters or more), to be found in another order, form or spelling. */
    private record WordSet(Term term, List<String> words) {
    }

    private final PhraseIndex<Term> triggers;
    /** Drugs of classes no contraindication names: recognised, so not listed as unmatched. */
    private final PhraseIndex<String> otherDrugs;
    private final PhraseIndex<Boolean> notKnown;
    /** Phrases saying what an entry names may not apply to the patient now, each to itself as written. */
    private final PhraseIndex<String> mayNotApply;
    private final Map<String, PhraseIndex<Boolean>> exceptions = new HashMap<>();
    /**
     * Per contraindication id, the words of each of its exceptions that is also a concern's term ("acne scar"): such
     * an exception written apart or in another order ("scars from acne", "acne and burn scars") may be meant.
     */
    private final Map<String, List<List<String>>> concernExceptions = new HashMap<>();
    /** The concerns, to tell where an entry names one. */
    private final ConcernVocabulary concerns;
    /** Words that, before a condition in a concern, say the concern came from it ("after chemo"). */
    private final PhraseIndex<String> causeWords;
    /** Single-word terms long enough to have near spellings, by their word. */
    private final Map<String, List<Term>> nearVocabulary = new LinkedHashMap<>();
    /**
     * The same, by their first two letters: two neighbouring words of an entry are compared only with the terms they
     * begin as, so that an entry of thousands of words does not pay the whole vocabulary twice per word.
     */
    private final Map<String, List<Map.Entry<String, List<Term>>>> nearByBeginning = new HashMap<>();
    private final List<WordSet> wordSets = new ArrayList<>();
    /** Terms of several words, by their words written together ("coldsore"). */
    private final Map<String, List<Term>> joinedTerms = new HashMap<>();
    /** Every beginning of those keys: most words of an entry begin none, and are passed over at one look-up. */
    private final Set<String> joinedBeginnings = new HashSet<>();
    /** The first words of drugs' names of several words, by the word. */
    private final Map<String, List<Term>> leadingWords = new LinkedHashMap<>();
    private final Map<Field, EntryCache<EntryMatch>> matches = new EnumMap<>(Field.class);

    TriggerVocabulary(KnowledgeBase kb, ConcernVocabulary concerns) {
        this.concerns = concerns;
        PhraseIndex.Builder<Term> builder = PhraseIndex.builder();
        Set<String> referencedClasses = new HashSet<>();
        List<Contraindication> all = kb.contraindications();
        for (int index = 0; index < all.size(); index++) {
            Contraindication c = all.get(index);
            for (Trigger t : c.conditions()) {
                add(builder, new Term(c, index, t.phrase(), "condition", t.confirm()));
            }
            for (String classId : c.drugClasses()) {
                referencedClasses.add(classId);
                DrugClass dc = kb.drugClass(classId).orElseThrow();
                for (Drug d : dc.drugs()) {
                    addDrug(builder, new Term(c, index, d.name(), d.name() + ", " + dc.name(), d.confirm()));
                    for (String brand : d.brands()) {
                        addDrug(builder, new Term(c, index, brand, d.name() + " (" + brand + "), " + dc.name(), d.confirm()));
                    }
                }
            }
            PhraseIndex.Builder<Boolean> except = PhraseIndex.builder();
            c.except().forEach(e -> except.add(e, Boolean.TRUE));
            exceptions.put(c.id(), except.build());
            concernExceptions.put(c.id(), c.except().stream().filter(concerns::isTerm).map(Terms::words).toList());
        }
        this.triggers = builder.build();
        for (Map.Entry<String, List<Term>> v : nearVocabulary.entrySet()) {
            nearByBeginning.computeIfAbsent(v.getKey().substring(0, 2), k -> new ArrayList<>()).add(v);
        }

        PhraseIndex.Builder<String> other = PhraseIndex.builder();
        for (DrugClass dc : kb.drugClasses()) {
            if (!referencedClasses.contains(dc.id())) {
                for (Drug d : dc.drugs()) {
                    other.add(d.name(), d.name());
                    d.brands().forEach(b -> other.add(b, d.name()));
                }
            }
        }
        this.otherDrugs = other.build();
        PhraseIndex.Builder<Boolean> unknownWords = PhraseIndex.builder();
        IntakeProfile.NOT_KNOWN.forEach(phrase -> unknownWords.add(phrase, Boolean.TRUE));
        this.notKnown = unknownWords.build();
        PhraseIndex.Builder<String> mayNotApplyPhrases = PhraseIndex.builder();
        IntakeProfile.MAY_NOT_APPLY.forEach(phrase -> mayNotApplyPhrases.add(phrase, phrase));
        this.mayNotApply = mayNotApplyPhrases.build();
        PhraseIndex.Builder<String> causes = PhraseIndex.builder();
        IntakeProfile.CAUSE_BEFORE.forEach(phrase -> causes.add(phrase, phrase));
        this.causeWords = causes.build();
        for (Field f : List.of(Field.CONCERNS, Field.CONDITIONS, Field.MEDICATIONS)) {
            matches.put(f, new EntryCache<>(entry -> match(entry, f, null)));
        }
    }

    /** Indexes the term; returns its words. */
    private List<String> add(PhraseIndex.Builder<Term> builder, Term term) {
        builder.add(term.term(), term);
        List<String> words = Terms.words(term.term());
        List<String> content = words.stream().filter(w -> w.length() >= 3).toList();
        if (content.size() >= 2) {
            wordSets.add(new WordSet(term, content));
        }
        if (words.size() >= 2) {
            // Joined as written ("herpessimplex") and as its words read ("herpesimplex": each word made singular).
            String asWritten = Terms.joined(term.term());
            String asRead = String.join("", words);
            for (String joined : asRead.equals(asWritten) ? List.of(asWritten) : List.of(asWritten, asRead)) {
                joinedTerms.computeIfAbsent(joined, k -> new ArrayList<>()).add(term);
                for (int length = 1; length <= joined.length(); length++) {
                    joinedBeginnings.add(joined.substring(0, length));
                }
            }
        }
        if (words.size() == 1 && EditDistance.tolerance(words.get(0).length()) > 0) {
            nearVocabulary.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(term);
        }
        return words;
    }

    private void addDrug(PhraseIndex.Builder<Term> builder, Term term) {
        List<String> words = add(builder, term);
        if (words.size() >= 2 && words.get(0).length() >= Terms.STEM) {
            leadingWords.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(term);
        }
    }

    /** What the entry, written in {@code field}, matches. */
    EntryMatch find(String entry, Field field) {
        return matches.get(field).get(entry);
    }

    /**
     * What a field the intake does not have names ("pregnant: yes", "allergies: lidocaine"), found as written or with
     * a term's words in another order or form, never by near spelling (such a field may hold names, addresses,
     * dates): each a probable match, asked and never cleared, since the field is not read as an answer or a list.
     * Not cached: few records have one.
     */
    EntryMatch find(UnknownField f) {
        String text = f.name() + ": " + f.text();
        if (text.length() <= PIECE) {
            return match(text, Field.UNKNOWN_FIELD, f.name());
        }
        Map<Integer, List<Evidence>> evidence = new LinkedHashMap<>();
        Set<String> found = new HashSet<>(); // a term's first piece is its evidence: the rest would repeat it
        for (int start = 0; start < text.length(); ) {
            int end = pieceEnd(text, start);
            EntryMatch m = match(text.substring(start, end), Field.UNKNOWN_FIELD, f.name());
            for (int i = 0; i < m.indexes().length; i++) {
                for (Evidence e : m.evidence().get(i)) {
                    if (found.add(m.indexes()[i] + " " + e.term())) {
                        add(evidence, m.indexes()[i], e);
                    }
                }
            }
            start = end;
        }
        // Never unmatched or "not known": an unknown field is not an entry of a list.
        return new EntryMatch(evidence.keySet().stream().mapToInt(Integer::intValue).toArray(),
                evidence.values().stream().map(List::copyOf).toList(), false, false);
    }

    /**
     * The most characters of an unknown field searched as one entry: its text may be a whole file's (a list of
     * thousands of values), and matching words in another order costs time with the square of an entry's words. Longer
     * text is searched in pieces, each shown as the evidence.
     */
    static final int PIECE = 10_000;

    /** Where the piece from {@code start} ends: after the last ", " between values that keeps it within PIECE. */
    static int pieceEnd(String text, int start) {
        if (text.length() - start <= PIECE) {
            return text.length();
        }
        int comma = text.lastIndexOf(", ", start + PIECE - 2);
        return comma > start ? comma + 2 : start + PIECE;
    }

    /**
     * How a term was reached from an entry that does not write it (a misspelling, another form of the word, a name
     * written apart, words in another order): possibly the drug, never the drug itself.
     */
    private static String inferredVia(Term term) {
        return "condition".equals(term.via()) ? term.via() : "possibly " + term.via();
    }

    /**
     * An entry that says what it names may not apply to the patient now ("family history of skin cancer", "shingles
     * vaccine", "no keloids", "stopped aspirin") makes it a probable match, to be asked, never certain and never
     * cleared: which words a denial reaches is not read. What to ask is the rule's own question, which carries its
     * time window: "stopped Roaccutane" still counts for a rule of isotretinoin in the last 12 months, where asking
     * whether it applies now had invited a no.
     */
    private static String mayNotApply(Term term, String says) {
        return doubt(term, "the entry says `" + says + "`", "");
    }

    /**
     * The question for a term the entry may not mean as the patient's own now: the term's own question with the
     * reason after it, or the reason, what it may be {@code against}, and the rule's question.
     */
    private static String doubt(Term term, String reason, String against) {
        return term.confirm() != null ? term.confirm() + " (" + reason + ")"
                : reason + against + ": " + term.contraindication().question().text();
    }

    /**
     * The exception, a concern's term, whose words the entry holds apart or in another order and the term's words are
     * among ("scars from acne", "acne and burn scars", "scars (acne)" for acne scar), or null. Words of an exception
     * written as such do not count: in "acne scars, acne" the second acne is acne. Such an entry had made active acne
     * certain, so contraindicated, for the concern microneedling treats best.
     */
    private String concernWrittenApart(Term term, PhraseIndex.Hit<Term> hit, List<String> words, boolean[] inException) {
        List<String> termWords = words.subList(hit.start(), hit.end());
        for (List<String> exception : concernExceptions.get(term.contraindication().id())) {
            if (exception.containsAll(termWords) && exception.stream().allMatch(w -> occursOutside(w, words, inException))) {
                return String.join(" ", exception);
            }
        }
        return null;
    }

    private static boolean occursOutside(String word, List<String> words, boolean[] inException) {
        for (int i = 0; i < words.size(); i++) {
            if (!inException[i] && words.get(i).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entry may name a concern the rule excepts, in other words: a probable match, asked with the rule's question
     * and never cleared, since which the patient meant is not read.
     */
    private static String mayBeTheConcern(Term term, String concern) {
        return doubt(term, "the entry may mean `" + concern + "`, a concern", ", not this");
    }

    /**
     * The terms a concern entry names only as what a concern it names came from: "hair loss after chemo",
     * "hyperpigmentation from acne", "chemo-induced hair loss". The condition may be past, so it is a probable match,
     * asked with the rule's question, never certain and never cleared. The cause word must be in the condition's
     * item: in "hair loss after chemo, eczema" the eczema is the patient's own, and so is a condition in an item with a
     * word saying it is there now ("scars from active acne"). The concern may be in another ("hair loss (after
     * chemo)"). Each had been certain: "scarring from eczema" contraindicated microneedling for scars.
     */
    private Set<Term> causesOfConcerns(String entry) {
        List<List<String>> items = Terms.listItems(entry).stream().map(Terms::words).toList();
        List<List<PhraseIndex.Hit<Integer>>> named = items.stream().map(concerns::find).toList();
        long itemsNamingAConcern = named.stream().filter(hits -> !hits.isEmpty()).count();
        Set<Term> causes = new HashSet<>();
        Set<Term> own = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> words = items.get(i);
            List<PhraseIndex.Hit<String>> causeHits = causeWords.find(words);
            for (PhraseIndex.Hit<Term> hit : triggers.find(words)) {
                Term term = hit.value();
                if (exceptions.get(term.contraindication().id()).find(words).stream().anyMatch(ex -> ex.covers(hit))) {
                    continue;
                }
                // A concern in another item counts: "hair loss (after chemo)", "hair loss - after chemo".
                boolean concern = itemsNamingAConcern > (named.get(i).isEmpty() ? 0 : 1)
                        || named.get(i).stream().anyMatch(c -> c.end() <= hit.start() || c.start() >= hit.end());
                if (concern && isCause(words, causeHits, hit)) {
                    causes.add(term);
                } else {
                    own.add(term);
                }
            }
        }
        causes.removeAll(own);
        return causes;
    }

    /**
     * Whether the item's words say the term's condition is what something came from, and none says a condition is
     * there now ("hair loss after chemo still ongoing" is read as certain).
     */
    private static boolean isCause(List<String> words, List<PhraseIndex.Hit<String>> causeHits,
                                   PhraseIndex.Hit<Term> term) {
        if (words.stream().anyMatch(IntakeProfile.PRESENT_NOW::contains)) {
            return false;
        }
        return term.end() < words.size() && IntakeProfile.CAUSE_AFTER.contains(words.get(term.end()))
                || causeHits.stream().anyMatch(cause -> cause.end() <= term.start());
    }

    /** What to ask for a condition a concern may only name as its cause: the rule's question. */
    private static String mayBeTheCause(Term term) {
        return doubt(term, "the entry may name its concern's cause", ", not a present condition");
    }

    /** The first of the phrases that is not one of the term's own words: "nursing mother" speaks of no relative. */
    private static String outside(List<PhraseIndex.Hit<String>> phrases, PhraseIndex.Hit<Term> term) {
        for (PhraseIndex.Hit<String> phrase : phrases) {
            if (!term.covers(phrase)) {
                return phrase.value();
            }
        }
        return null;
    }

    /** What to ask for a term found in a field the rules do not read: its own question, or its rule's. */
    private static String notRead(Term term, String unknownField) {
        return "the field `" + unknownField + "` is not one the rules read: "
                + (term.confirm() != null ? term.confirm() : term.contraindication().question().text());
    }

    /**
     * One entry names a term once: written twice in it ("eczema on arms, eczema on face"), or found again by a
     * looser reading ("psoriatic arthritis" joined into `psoriaticarthritis`), it is one match, the first found.
     */
    private static void add(Map<Integer, List<Evidence>> evidence, int index, Evidence e) {
        List<Evidence> found = evidence.computeIfAbsent(index, k -> new ArrayList<>());
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).term().equals(e.term())) {
                return;
            }
        }
        found.add(e);
    }

    /**
     * Concerns are matched exactly, unknown fields ({@code unknownField} names one) also by a term's words in another
     * order, and conditions and medications by near spelling as well.
     */
    private EntryMatch match(String entry, Field field, String unknownField) {
        boolean nearMatches = field == Field.CONDITIONS || field == Field.MEDICATIONS;
        List<String> words = Terms.words(entry);
        Map<Integer, List<Evidence>> evidence = new LinkedHashMap<>();
        boolean[] covered = new boolean[words.size()];
        // The words a term, a term's exception or a drug no rule names accounts for.
        boolean[] named = new boolean[words.size()];
        // A term or a drug no rule names found as written: the entry is recognised, as it is by any probable match.
        boolean found = false;
        List<PhraseIndex.Hit<String>> mayNotApplyHits = mayNotApply.find(words);
        Set<Term> causes = null;
        for (PhraseIndex.Hit<Term> hit : triggers.find(words)) {
            Term term = hit.value();
            String says = outside(mayNotApplyHits, hit);
            boolean excepted = false;
            boolean[] inException = new boolean[words.size()];
            for (PhraseIndex.Hit<Boolean> ex : exceptions.get(term.contraindication().id()).find(words)) {
                Arrays.fill(inException, ex.start(), ex.end(), true);
                if (ex.covers(hit)) {
                    excepted = true;
                    Arrays.fill(named, ex.start(), ex.end(), true);
                }
            }
            String concern = excepted ? null : concernWrittenApart(term, hit, words, inException);
            for (int i = hit.start(); i < hit.end(); i++) {
                covered[i] = true;
                named[i] = true;
            }
            found = true;
            if (!excepted) {
                if (causes == null) {
                    causes = field == Field.CONCERNS ? causesOfConcerns(entry) : Set.of();
                }
                String confirm = unknownField != null ? notRead(term, unknownField)
                        : says != null ? mayNotApply(term, says)
                        : concern != null ? mayBeTheConcern(term, concern)
                        : causes.contains(term) ? mayBeTheCause(term) : term.confirm();
                add(evidence, term.index(), new Evidence(field, entry, term.term(), term.via(), confirm,
                        unknownField == null && confirm != null));
            }
        }
        for (PhraseIndex.Hit<String> hit : otherDrugs.find(words)) {
            found = true;
            for (int i = hit.start(); i < hit.end(); i++) {
                covered[i] = true;
                named[i] = true;
            }
        }
        if (nearMatches) {
            for (int i = 0; i < words.size(); i++) {
                if (!covered[i]) {
                    addNearMatches(words.get(i), nearVocabulary.entrySet(), entry, field, evidence);
                }
                if (!covered[i] && i + 1 < words.size() && !covered[i + 1]) {
                    addSplitMatch(words.get(i), words.get(i + 1), entry, field, evidence);
                }
                addJoinedMatches(words, covered, i, entry, field, evidence);
            }
            addReorderedMatches(words, entry, field, null, evidence);
            for (int i = 0; i < words.size(); i++) {
                if (!covered[i]) {
                    addLeadingWordMatches(words.get(i), entry, field, evidence);
                }
            }
        }
        boolean recognised = found || !evidence.isEmpty();
        if (unknownField != null) {
            addReorderedMatches(words, entry, field, unknownField, evidence);
        } else if (nearMatches && recognised) {
            // An entry that names only what contraindicates nothing ("acne scars", "tranexamic acid") rules its
            // list clear alone: every other word of it must name nothing ("acne scars von Willebrand disease").
            recognised = evidence.isEmpty() ? namesNothing(words, Set.of(), named)
                    : everyItemRecognised(entry, field, evidence.values());
        }
        int[] indexes = evidence.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new EntryMatch(indexes, evidence.values().stream().map(List::copyOf).toList(), recognised,
                words.isEmpty() || !notKnown.find(words).isEmpty()
                        || words.size() <= 2 && IntakeProfile.NOT_KNOWN_ALONE.contains(String.join(" ", words))
                        || IntakeProfile.isSpreadsheetError(entry));
    }

    /**
     * Whether each item of a list written as one entry ("acne scars and von Willebrand disease") is one the rules
     * recognise, or words of how much, when or where ("type 2 diabetes, well controlled"). The entry's one known item
     * had made it recognised, and the rest was never read: a bleeding disorder beside acne scars gave suitable. An
     * item may also be part of a term the entry names across its items ("steroids, high dose").
     */
    private boolean everyItemRecognised(String entry, Field field, Collection<List<Evidence>> found) {
        List<String> items = Terms.listItems(entry);
        if (items.size() < 2) {
            return true;
        }
        Set<String> termWords = new HashSet<>();
        found.forEach(list -> list.forEach(e -> termWords.addAll(Terms.words(e.term()))));
        for (String item : items) {
            List<String> words = Terms.words(item);
            if (!match(item, field, null).recognised() && !namesNothing(words, termWords, new boolean[words.size()])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every word not already {@code said} is a qualifier, a number, a word of a term the entry names, or part
     * of a phrase saying the entry may not apply or is not known. A concern's word is none of these: written alone in
     * the list, "scar" is one no rule recognises (it may be a scar younger than 6 months), and so it is as an item.
     */
    private boolean namesNothing(List<String> words, Set<String> termWords, boolean[] said) {
        for (PhraseIndex<?> phrases : List.of(mayNotApply, notKnown)) {
            for (PhraseIndex.Hit<?> hit : phrases.find(words)) {
                Arrays.fill(said, hit.start(), hit.end(), true);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!said[i] && !termWords.contains(w) && !IntakeProfile.isQualifier(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word within a small edit distance of a listed term (a misspelt drug), another form of it ("psoriatic" for
     * psoriasis), or a drug's name cut short as a busy hand writes it in a list ("clopid", "spirono"), is a probable
     * match, never cleared. An everyday word that only looks like one ("injection", "canker") is not.
     */
    private void addNearMatches(String word, Collection<Map.Entry<String, List<Term>>> vocabulary, String entry,
                                Field field, Map<Integer, List<Evidence>> evidence) {
        int tolerance = EditDistance.tolerance(word.length());
        if (tolerance == 0 || IntakeProfile.NEVER_NEAR.contains(word)) {
            return;
        }
        for (Map.Entry<String, List<Term>> v : vocabulary) {
            String known = v.getKey();
            int allowed = Math.min(tolerance, EditDistance.tolerance(known.length()));
            String kind = EditDistance.between(word, known, allowed) <= allowed ? "a misspelling"
                    : Terms.isFormOf(word, known) ? "a form" : null;
            if (kind != null) {
                for (Term term : v.getValue()) {
                    add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                            "`" + word + "` may be " + kind + " of " + term.term() + ": confirm"));
                }
            } else if (Terms.isCutShort(word, known)) {
                for (Term term : v.getValue()) {
                    if (!"condition".equals(term.via())) {
                        add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                                "`" + word + "` may be " + term.term() + " cut short: confirm"));
                    }
                }
            }
        }
    }

    /**
     * Two words that make a listed word together ("Eli quis", a space typed in a name), or another form or a near
     * spelling of one that begins as it does ("sun burning", "in fected"), are a probable match.
     */
    private void addSplitMatch(String first, String second, String entry, Field field,
                               Map<Integer, List<Evidence>> evidence) {
        String joined = first + second;
        List<Term> terms = nearVocabulary.get(joined);
        if (terms == null) {
            addNearMatches(joined, nearByBeginning.getOrDefault(joined.substring(0, 2), List.of()), entry, field,
                    evidence);
            return;
        }
        for (Term term : terms) {
            add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                    "`" + first + " " + second + "` may be " + term.term() + " written apart: confirm"));
        }
    }

    /**
     * Words from {@code start} that make a term of several words when written together, in fewer or other pieces
     * ("coldsores", "bloodthinner", "highdose steroids", "acetyl salicylic acid"): a probable match, never cleared.
     * Whole words only, none already matched: "scoldsore" is not a cold sore.
     */
    private void addJoinedMatches(List<String> words, boolean[] covered, int start, String entry, Field field,
                                  Map<Integer, List<Evidence>> evidence) {
        String joined = "";
        for (int end = start; end < words.size() && !covered[end]; end++) {
            joined += words.get(end);
            if (!joinedBeginnings.contains(joined)) {
                break;
            }
            List<Term> terms = joinedTerms.get(joined);
            if (terms != null) {
                String written = String.join(" ", words.subList(start, end + 1));
                for (Term term : terms) {
                    String how = end - start + 1 < Terms.words(term.term()).size() ? " written together" : " written apart";
                    add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                            "`" + written + "` may be " + term.term() + how + ": confirm"));
                }
            }
        }
    }

    /**
     * A term of several words whose words all appear in the entry, in another order, form or spelling ("allergic to
     * local anaesthetic" for allergy to local anaesthetic, "steroids, high dose", "benzol peroxyde", "acetyl salicylic
     * acid"), is a probable match, never cleared. Exceptions are not applied: without a place in the entry
     * there is nothing to tell them apart by.
     */
    private void addReorderedMatches(List<String> words, String entry, Field field, String unknownField,
                                     Map<Integer, List<Evidence>> evidence) {
        if (words.size() < 2) {
            return;
        }
        EntryWords present = new EntryWords(words);
        for (int s = 0; s < wordSets.size(); s++) {
            Term term = wordSets.get(s).term();
            if (!evidence.containsKey(term.index()) && present.hasAll(wordSets.get(s).words())) {
                add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                        unknownField != null ? notRead(term, unknownField)
                                : "the words of " + term.term() + " appear in another order, form or spelling: confirm"));
            }
        }
    }

    /**
     * The distinctive first word of a drug's name of several words, alone or in another form ("mycophenolate" for
     * mycophenolic acid, "benzoyl" for benzoyl peroxide), is a probable match, never cleared.
     */
    private void addLeadingWordMatches(String word, String entry, Field field,
                                       Map<Integer, List<Evidence>> evidence) {
        for (Map.Entry<String, List<Term>> leading : leadingWords.entrySet()) {
            String known = leading.getKey();
            boolean same = word.equals(known);
            if (same || Terms.isFormOf(word, known)) {
                for (Term term : leading.getValue()) {
                    if (!evidence.containsKey(term.index())) {
                        add(evidence, term.index(), new Evidence(field, entry, term.term(), inferredVia(term),
                                "`" + word + "` may be " + (same ? "" : "a form of ") + term.term() + ": confirm"));
                    }
                }
            }
        }
    }

    /**
     * The entry's words, and each two neighbours joined ("acetyl salicylic" for acetylsalicylic), indexed by their
     * first letters and by length: a 9,000-character entry is compared with every term of several words. An everyday
     * word that only looks like a listed one is kept for its exact reading alone ("skin injection" is no skin
     * infection).
     */
    private static final class EntryWords {
        private final Set<String> exact = new HashSet<>();
        private final Map<String, List<String>> byStem = new HashMap<>();
        private final Map<Integer, List<String>> misspellable = new HashMap<>();
        private final Map<String, Boolean> found = new HashMap<>();

        EntryWords(List<String> words) {
            for (int i = 0; i < words.size(); i++) {
                add(words.get(i));
                if (i + 1 < words.size()) {
                    add(words.get(i) + words.get(i + 1));
                }
            }
        }

        private void add(String w) {
            if (!exact.add(w) || IntakeProfile.NEVER_NEAR.contains(w)) {
                return;
            }
            if (w.length() > Terms.STEM) {
                byStem.computeIfAbsent(w.substring(0, Terms.STEM), k -> new ArrayList<>()).add(w);
            }
            if (EditDistance.tolerance(w.length()) > 0) {
                misspellable.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
            }
        }

        /** Whether every word is here, exactly, in another form or near-spelt (the costlier test last; once a word). */
        boolean hasAll(List<String> wanted) {
            for (int w = 0; w < wanted.size(); w++) {
                String want = wanted.get(w);
                if (!found.computeIfAbsent(want, this::has)) {
                    return false;
                }
            }
            return true;
        }

        private boolean has(String want) {
            if (exact.contains(want)) {
                return true;
            }
            List<String> forms = want.length() < Terms.STEM ? null : byStem.get(want.substring(0, Terms.STEM));
            return forms != null && forms.stream().anyMatch(form -> Terms.isFormOf(form, want))
                    || hasNearSpelling(want);
        }

        private boolean hasNearSpelling(String want) {
            int tolerance = EditDistance.tolerance(want.length());
            for (int length = want.length() - tolerance; length <= want.length() + tolerance; length++) {
                int allowed = Math.min(tolerance, EditDistance.tolerance(length));
                for (String w : misspellable.getOrDefault(length, List.of())) {
                    if (EditDistance.between(w, want, allowed) <= allowed) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
