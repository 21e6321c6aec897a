package org.skinadvisor.report;

import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Concern;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.Drug;
import org.skinadvisor.knowledge.DrugClass;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.PracticalNote;
import org.skinadvisor.knowledge.Source;
import org.skinadvisor.knowledge.Treatment;
import org.skinadvisor.knowledge.Trigger;
import org.skinadvisor.matching.EditDistance;
import org.skinadvisor.matching.Terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The knowledge base for a person: an overview, or one entry in full, within 80 columns. */
public final class KnowledgeBaseReport {
    private static final String COLUMN = "                        ";

    private KnowledgeBaseReport() {
    }

    /** The entry with this id: a concern, treatment, contraindication (also by question id), drug class or source. */
    public static Optional<Object> find(KnowledgeBase kb, String id) {
        for (Object o : entries(kb)) {
            if (idOf(o).equals(id) || o instanceof Contraindication c && c.question().id().equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The entries that name a term as a clinician would type it, compared as the rules compare it: the drug class
     * listing a drug or brand ("Eliquis"), the concern with a synonym ("acne scarring"), the contraindication with
     * a condition trigger ("psoriasis"). Lets `conditions Eliquis` say why a medicine is flagged.
     */
    public static List<Object> findTerm(KnowledgeBase kb, String term) {
        String key = Terms.key(term);
        List<Object> found = new ArrayList<>();
        if (key.isEmpty()) {
            return found;
        }
        for (Concern c : kb.concerns()) {
            if (c.synonyms().stream().anyMatch(s -> Terms.key(s).equals(key))) {
                found.add(c);
            }
        }
        for (Contraindication c : kb.contraindications()) {
            if (c.conditions().stream().anyMatch(t -> Terms.key(t.phrase()).equals(key))) {
                found.add(c);
            }
        }
        for (DrugClass d : kb.drugClasses()) {
            if (d.drugs().stream().anyMatch(drug -> Terms.key(drug.name()).equals(key)
                    || drug.brands().stream().anyMatch(brand -> Terms.key(brand).equals(key)))) {
                found.add(d);
            }
        }
        return found;
    }

    /**
     * " (did you mean `X`?)" for the id or term nearest to what was typed, or "": `conditions eliqis` is a
     * misspelt brand as often as a misspelt id. Ids come first, so they win a tie.
     */
    public static String suggestion(KnowledgeBase kb, String typed) {
        Map<String, String> written = new LinkedHashMap<>();
        for (Object o : entries(kb)) {
            written.putIfAbsent(Terms.key(idOf(o)), idOf(o));
        }
        for (Contraindication c : kb.contraindications()) {
            written.putIfAbsent(Terms.key(c.question().id()), c.question().id());
            c.conditions().forEach(t -> written.putIfAbsent(Terms.key(t.phrase()), t.phrase()));
        }
        kb.concerns().forEach(c -> c.synonyms().forEach(s -> written.putIfAbsent(Terms.key(s), s)));
        for (DrugClass d : kb.drugClasses()) {
            for (Drug drug : d.drugs()) {
                written.putIfAbsent(Terms.key(drug.name()), drug.name());
                drug.brands().forEach(b -> written.putIfAbsent(Terms.key(b), b));
            }
        }
        String near = EditDistance.nearest(Terms.key(typed), written.keySet());
        return near == null ? "" : " (did you mean `" + written.get(near) + "`?)";
    }

    private static List<Object> entries(KnowledgeBase kb) {
        List<Object> all = new ArrayList<>();
        all.addAll(kb.concerns());
        all.addAll(kb.treatments());
        all.addAll(kb.contraindications());
        all.addAll(kb.drugClasses());
        all.addAll(kb.sources());
        return all;
    }

    private static String idOf(Object o) {
        if (o instanceof Concern c) {
            return c.id();
        }
        if (o instanceof Treatment t) {
            return t.id();
        }
        if (o instanceof Contraindication c) {
            return c.id();
        }
        if (o instanceof DrugClass d) {
            return d.id();
        }
        return ((Source) o).id();
    }

    public static String overview(KnowledgeBase kb) {
        StringBuilder b = new StringBuilder();
        b.append("Knowledge base ").append(kb.version()).append(" (").append(kb.date()).append("), sha256 ")
                .append(kb.contentHash(), 0, 16).append("\n\nCONCERNS\n");
        for (Concern c : kb.concerns()) {
            item(b, c.id(), c.name());
            Columns.wrap(b, COLUMN, "synonyms: " + String.join(", ", c.synonyms()));
        }
        b.append("\nTREATMENTS\n");
        for (Treatment t : kb.treatments()) {
            item(b, t.id(), t.name());
            Columns.wrap(b, COLUMN, "addresses: " + t.indications().stream()
                    .map(i -> i.concern() + " (" + i.strength().word() + ")").collect(Collectors.joining(", ")));
        }
        b.append("\nCONTRAINDICATIONS\n");
        for (Contraindication c : kb.contraindications()) {
            item(b, c.id(), c.name());
            Columns.wrap(b, COLUMN, c.treatments().stream().map(a -> a.treatment() + ": " + a.severity().word())
                    .collect(Collectors.joining("; ")) + "; question: " + c.question().id());
        }
        b.append("\nDRUG CLASSES\n");
        for (DrugClass d : kb.drugClasses()) {
            item(b, d.id(), d.name() + " (" + d.drugs().size() + " drugs)");
        }
        b.append("\nSOURCES\n");
        for (Source s : kb.sources()) {
            item(b, s.id(), "[" + s.tier() + "] " + s.title());
        }
        b.append("\n`skinadvisor conditions ID` shows an entry in full.\n");
        return b.toString();
    }

    private static void item(StringBuilder b, String id, String text) {
        String prefix = "  " + id;
        if (prefix.length() >= COLUMN.length()) {
            b.append(prefix).append('\n');
            Columns.wrap(b, COLUMN, text);
        } else {
            Columns.wrap(b, prefix + " ".repeat(COLUMN.length() - prefix.length()), text);
        }
    }

    /** One entry in full; its sources list the title of every source a line of it cites, its own first. */
    public static String entry(KnowledgeBase kb, Object o) {
        StringBuilder b = new StringBuilder();
        Set<String> cited = new LinkedHashSet<>();
        if (o instanceof Concern c) {
            cited.addAll(c.sources());
            Columns.wrap(b, "Concern " + c.id() + ": ", c.name());
            Columns.wrap(b, "  synonyms: ", String.join(", ", c.synonyms()));
            for (Treatment t : kb.treatments()) {
                t.indicationFor(c.id()).ifPresent(i -> Columns.wrap(b, "  " + t.id() + ": ", indication(i, cited)));
            }
        } else if (o instanceof Treatment t) {
            cited.addAll(t.sources());
            Columns.wrap(b, "Treatment " + t.id() + ": ", t.name());
            if (t.summary() != null) {
                Columns.wrap(b, "  ", t.summary());
            }
            for (Indication i : t.indications()) {
                Columns.wrap(b, "  addresses " + i.concern() + ": ", indication(i, cited));
            }
            for (PracticalNote n : t.notes()) {
                Columns.wrap(b, "  note" + (n.concern() == null ? "" : " (" + n.concern() + ")") + ": ",
                        n.text() + cite(n.sources(), cited));
            }
        } else if (o instanceof Contraindication c) {
            cited.addAll(c.sources());
            Columns.wrap(b, "Contraindication " + c.id() + ": ", c.name());
            for (Applicability a : c.treatments()) {
                Columns.wrap(b, "  " + a.treatment() + ": ", a.severity().word() + ". " + a.explanation()
                        + cite(a.sources(), cited));
            }
            if (!c.conditions().isEmpty()) {
                Columns.wrap(b, "  conditions: ", c.conditions().stream().map(KnowledgeBaseReport::trigger)
                        .collect(Collectors.joining(", ")));
            }
            if (!c.drugClasses().isEmpty()) {
                Columns.wrap(b, "  drug classes: ", String.join(", ", c.drugClasses()));
            }
            if (!c.fitzpatrick().isEmpty()) {
                Columns.wrap(b, "  Fitzpatrick types: ", c.fitzpatrick().stream().sorted().map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
            if (!c.except().isEmpty()) {
                Columns.wrap(b, "  not when: ", String.join(", ", c.except()));
            }
            Columns.wrap(b, "  question [" + c.question().id() + "]: ", c.question().text());
        } else if (o instanceof DrugClass d) {
            cited.addAll(d.sources());
            Columns.wrap(b, "Drug class " + d.id() + ": ", d.name());
            for (Drug drug : d.drugs()) {
                Columns.wrap(b, "  " + drug.name() + (drug.atc() == null ? "" : " (" + drug.atc() + ")") + ": ",
                        (drug.brands().isEmpty() ? "no brands listed" : String.join(", ", drug.brands()))
                                + (drug.confirm() == null ? "" : "; probable only: " + drug.confirm())
                                + cite(drug.sources(), cited));
            }
            String triggers = kb.contraindications().stream().filter(c -> c.drugClasses().contains(d.id()))
                    .map(Contraindication::id).collect(Collectors.joining(", "));
            Columns.wrap(b, "  a trigger of: ", triggers.isEmpty() ? "none (its drugs are known, and trigger no contraindication)" : triggers);
        } else {
            Source s = (Source) o;
            b.append("Source ").append(s.id()).append(" [tier ").append(s.tier()).append("]\n");
            Columns.wrap(b, "  ", s.title());
            if (s.ref() != null) {
                Columns.wrap(b, "  ", s.ref());
            }
            return b.toString();
        }
        sources(b, kb, cited);
        return b.toString();
    }

    private static String indication(Indication i, Set<String> cited) {
        return i.strength().word() + " evidence" + (i.note() == null ? "" : ". " + i.note()) + cite(i.sources(), cited);
    }

    private static String cite(List<String> sources, Set<String> cited) {
        cited.addAll(sources);
        return " [" + String.join(", ", sources) + "]";
    }

    private static String trigger(Trigger t) {
        return t.confirm() == null ? t.phrase() : t.phrase() + " (probable: asks to confirm)";
    }

    private static void sources(StringBuilder b, KnowledgeBase kb, Collection<String> ids) {
        b.append("  sources:\n");
        for (String id : ids) {
            Columns.wrap(b, "    " + id + " ", kb.source(id).map(Source::title).orElse("?"));
        }
    }
}
