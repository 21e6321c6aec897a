package org.skinadvisor.knowledge;

import org.skinadvisor.matching.Terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a knowledge base for what its schema cannot: ids that name two entries, a synonym in two concern
 * groups, a drug name in two classes, a concern no treatment addresses, a treatment no contraindication applies
 * to (every patient it addresses would be suitable), a concern word that is also an
 * absolute contraindication of a treatment indicated for it, triggers that can never match, a text that names
 * a source its entry does not cite, and a question that does not ask the time its rule's explanation gives.
 */
public final class KnowledgeBaseLint {
    private KnowledgeBaseLint() {
    }

    public static List<String> problems(KnowledgeBase kb) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        kb.concerns().forEach(c -> id(ids, problems, c.id(), "concern"));
        kb.treatments().forEach(t -> id(ids, problems, t.id(), "treatment"));
        kb.contraindications().forEach(c -> id(ids, problems, c.id(), "contraindication"));
        kb.drugClasses().forEach(d -> id(ids, problems, d.id(), "drug class"));
        kb.sources().forEach(s -> id(ids, problems, s.id(), "source"));

        Map<String, String> synonyms = new HashMap<>();
        for (Concern c : kb.concerns()) {
            for (String s : c.synonyms()) {
                String key = Terms.key(s);
                if (key.isEmpty()) {
                    problems.add("concerns[" + c.id() + "]: synonym `" + s + "` has no words, so it can never match");
                    continue;
                }
                String other = synonyms.putIfAbsent(key, c.id());
                if (other != null && !other.equals(c.id())) {
                    problems.add("concerns: synonym `" + s + "` is in both `" + other + "` and `" + c.id() + "`");
                }
            }
            if (kb.treatments().stream().noneMatch(t -> t.indicationFor(c.id()).isPresent())) {
                problems.add("concerns[" + c.id() + "]: no treatment addresses this concern");
            }
        }

        for (Treatment t : kb.treatments()) {
            if (kb.contraindications().stream().noneMatch(c -> c.treatments().stream().anyMatch(a -> a.treatment().equals(t.id())))) {
                problems.add("treatments[" + t.id() + "]: no contraindication applies to it, so every patient it"
                        + " addresses would be suitable");
            }
        }

        Map<String, String> drugs = new HashMap<>();
        for (DrugClass d : kb.drugClasses()) {
            if (d.drugs().isEmpty()) {
                problems.add("drugClasses[" + d.id() + "]: lists no drug, so it can never match");
            }
            for (Drug drug : d.drugs()) {
                List<String> names = new ArrayList<>(drug.brands());
                names.add(drug.name());
                for (String n : names) {
                    String key = Terms.key(n);
                    if (key.isEmpty()) {
                        // Punctuation alone has no words to find in a medication entry: the drug would never match.
                        problems.add("drugClasses[" + d.id() + "]: `" + n + "` has no words, so it can never match");
                        continue;
                    }
                    String other = drugs.putIfAbsent(key, d.id());
                    if (other != null && !other.equals(d.id())) {
                        problems.add("drugClasses: `" + n + "` is in both `" + other + "` and `" + d.id() + "`");
                    }
                }
            }
        }

        Set<String> sourceIds = new HashSet<>();
        kb.sources().forEach(src -> sourceIds.add(src.id()));
        for (Treatment t : kb.treatments()) {
            String at = "treatments[" + t.id() + "]";
            uncited(problems, sourceIds, at + ".summary", t.summary(), t.sources());
            t.indications().forEach(i -> uncited(problems, sourceIds, at + ".indications[" + i.concern() + "].note",
                    i.note(), i.sources()));
            for (int n = 0; n < t.notes().size(); n++) {
                uncited(problems, sourceIds, at + ".notes[" + n + "]", t.notes().get(n).text(), t.notes().get(n).sources());
            }
        }
        for (Contraindication c : kb.contraindications()) {
            c.treatments().forEach(a -> uncited(problems, sourceIds, "contraindications[" + c.id() + "].treatments."
                    + a.treatment() + ".explanation", a.explanation(), a.sources()));
            untimedQuestion(problems, c);
        }

        for (Contraindication c : kb.contraindications()) {
            Set<String> excepted = new HashSet<>();
            c.except().forEach(e -> excepted.add(Terms.key(e)));
            for (Trigger t : c.conditions()) {
                String key = Terms.key(t.phrase());
                if (key.isEmpty() || excepted.contains(key)) {
                    problems.add("contraindications[" + c.id() + "]: trigger `" + t.phrase() + "` can never match"
                            + (key.isEmpty() ? " (no words)" : " (it is also listed under except)"));
                }
                for (Applicability a : c.treatments()) {
                    if (a.severity() != Severity.ABSOLUTE) {
                        continue;
                    }
                    for (Concern concern : kb.concerns()) {
                        boolean indicated = kb.treatments().stream().anyMatch(tr -> tr.id().equals(a.treatment())
                                && tr.indicationFor(concern.id()).isPresent());
                        if (indicated && concern.synonyms().stream().anyMatch(s -> Terms.key(s).equals(key))) {
                            problems.add("contraindications[" + c.id() + "]: `" + t.phrase() + "` is both an indication ("
                                    + concern.id() + ") and an absolute contraindication of " + a.treatment());
                        }
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A text that names a source ("ice-pick scars improve only slightly (S13)") its entry does not cite: a report lists
     * the titles of the sources an entry cites, so the reader was left with an id and no title.
     */
    private static void uncited(List<String> problems, Set<String> sourceIds, String at, String text, List<String> cited) {
        if (text == null) {
            return;
        }
        Set<String> named = new LinkedHashSet<>(Arrays.asList(text.split("[^A-Za-z0-9]+")));
        named.retainAll(sourceIds);
        named.removeAll(cited);
        named.forEach(id -> problems.add(at + ": names source " + id + " but does not cite it (add it to its sources)"));
    }

    /** A span of time as an explanation or a question gives one: "4 weeks", "12 months", "a few days". */
    private static final Pattern TIME = Pattern.compile("\\b(?:\\d+|few|several)[ -](?:day|week|month|year)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A rule whose explanation gives a time ("until 4 weeks after the end") and whose question asks none ("Is the
     * patient receiving chemotherapy?"): a patient who finished last week answers no, and the no rules the finding
     * out. The question must ask the time too.
     */
    private static void untimedQuestion(List<String> problems, Contraindication c) {
        String question = c.question().text();
        if (TIME.matcher(question).find() || question.toLowerCase(Locale.ROOT).contains("recent")) {
            return;
        }
        for (Applicability a : c.treatments()) {
            Matcher time = TIME.matcher(a.explanation());
            if (time.find()) {
                problems.add("contraindications[" + c.id() + "].question: its " + a.treatment() + " explanation gives a"
                        + " time (`" + time.group() + "`) the question does not ask, so a no from a patient within it"
                        + " would rule the finding out");
                return;
            }
        }
    }

    private static void id(Map<String, String> ids, List<String> problems, String id, String kind) {
        String other = ids.putIfAbsent(id, kind);
        if (other != null) {
            problems.add("id `" + id + "` names both a " + other + " and a " + kind + ": ids must be unique");
        }
    }
}
