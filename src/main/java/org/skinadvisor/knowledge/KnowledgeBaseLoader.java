package org.skinadvisor.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.matching.EditDistance;
import org.skinadvisor.parsing.GuardedTokens;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.SafeParsers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads {@code conditions.yaml} into a {@link KnowledgeBase}, checking its schema and that every
 * reference (concern, drug class, treatment, source) resolves. All problems are collected and reported
 * together; a knowledge base with any problem is refused whole.
 */
public final class KnowledgeBaseLoader {
    public static final String BUNDLED = "/org/skinadvisor/knowledge/conditions.yaml";
    /** The bundled YAML compiled to code at build time by {@link BundleKnowledgeBase}: fast to build cold. */
    static final String COMPILED = "org.skinadvisor.knowledge.BundledConditions";

    /** Stands for a mapping already reported as malformed, so its missing keys are not reported again. */
    private static final Map<String, Object> INVALID = java.util.Collections.unmodifiableMap(new LinkedHashMap<>());

    private final List<String> problems = new ArrayList<>();

    private KnowledgeBaseLoader() {
    }

    public static KnowledgeBase bundled() throws KnowledgeBaseException {
        try {
            @SuppressWarnings("unchecked")
            Supplier<KnowledgeBase> compiled = (Supplier<KnowledgeBase>) Class.forName(COMPILED)
                    .getDeclaredConstructor().newInstance();
            return compiled.get();
        } catch (ClassNotFoundException e) {
            return bundledYaml(); // classes compiled outside the Maven build
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the compiled knowledge base cannot be used", e);
        }
    }

    static KnowledgeBase bundledYaml() throws KnowledgeBaseException {
        String name = "bundled conditions.yaml";
        try (InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new KnowledgeBaseException(name, List.of("missing from the application"));
            }
            return parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new KnowledgeBaseException(name, List.of("cannot be read: " + e.getMessage()));
        }
    }

    public static KnowledgeBase fromFile(Path file) throws KnowledgeBaseException {
        byte[] data;
        try {
            if (!Files.isRegularFile(file)) {
                throw new KnowledgeBaseException(file.toString(), List.of("not a readable file"));
            }
            if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                throw new KnowledgeBaseException(file.toString(), List.of("larger than 4 MiB"));
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KnowledgeBaseException(file.toString(), List.of("cannot be read: " + e.getClass().getSimpleName()));
        }
        return parse(data, file.toString());
    }

    public static KnowledgeBase parse(byte[] data, String name) throws KnowledgeBaseException {
        try {
            return parse(SafeParsers.yaml(data), data, name);
        } catch (IOException e) {
            throw new KnowledgeBaseException(name, List.of(GuardedTokens.translate(e, null).located()));
        }
    }

    private static KnowledgeBase parse(JsonParser parser, byte[] data, String name) throws KnowledgeBaseException {
        Object tree;
        try (JsonParser p = parser) {
            GuardedTokens t = new GuardedTokens(p, data);
            if (t.next() == null) {
                throw new KnowledgeBaseException(name, List.of("empty file"));
            }
            tree = readValue(t);
            if (t.next() != null) {
                throw new KnowledgeBaseException(name, List.of("more than one YAML document"));
            }
        } catch (InvalidInputException e) {
            throw new KnowledgeBaseException(name, List.of(e.located()));
        } catch (IOException e) {
            throw new KnowledgeBaseException(name, List.of(GuardedTokens.translate(e, null).located()));
        }
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
        KnowledgeBase kb = loader.build(tree, sha256(data));
        if (!loader.problems.isEmpty()) {
            throw new KnowledgeBaseException(name, loader.problems);
        }
        return kb;
    }

    private static Object readValue(GuardedTokens t) throws InvalidInputException {
        JsonToken tok = t.parser().currentToken();
        switch (tok) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken n = t.next(); n != JsonToken.END_OBJECT; n = t.next()) {
                    String key = t.text();
                    t.next();
                    map.put(key, readValue(t));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken n = t.next(); n != JsonToken.END_ARRAY; n = t.next()) {
                    list.add(readValue(t));
                }
                return list;
            }
            case VALUE_NULL:
                return null;
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return t.text();
            default:
                throw t.problem(Problem.SYNTAX, "unexpected " + tok);
        }
    }

    private KnowledgeBase build(Object tree, String hash) {
        Map<String, Object> root = map(tree, "(top level)",
                Set.of("version", "date", "sources", "concerns", "treatments", "drugClasses", "contraindications", "examples"));
        String version = text(root, "version", "(top level)");
        String date = text(root, "date", "(top level)");
        // A section lost in an edit (a stray indent, a deleted block) must not load as "nothing applies": without
        // contraindications, every patient would be suitable for every treatment.
        for (String section : List.of("sources", "concerns", "treatments", "contraindications")) {
            Object v = root.get(section);
            if (v == null || v instanceof List<?> list && list.isEmpty()) {
                problem("(top level)." + section + ": required list is missing or empty");
            }
        }
        List<Source> sources = new ArrayList<>();
        for (Item it : items(root, "sources")) {
            Map<String, Object> m = map(it.value, it.path, Set.of("id", "tier", "title", "ref"));
            sources.add(new Source(text(m, "id", it.path), text(m, "tier", it.path), text(m, "title", it.path),
                    optionalText(m, "ref", it.path)));
        }
        Set<String> sourceIds = uniqueIds(sources.stream().map(Source::id).toList(), "sources");

        List<Concern> concerns = new ArrayList<>();
        for (Item it : items(root, "concerns")) {
            Map<String, Object> m = map(it.value, it.path, Set.of("id", "name", "synonyms", "sources"));
            concerns.add(new Concern(text(m, "id", it.path), text(m, "name", it.path), texts(m, "synonyms", it.path),
                    cited(m, it.path, sourceIds)));
        }
        Set<String> concernIds = uniqueIds(concerns.stream().map(Concern::id).toList(), "concerns");

        List<Treatment> treatments = new ArrayList<>();
        for (Item it : items(root, "treatments")) {
            treatments.add(treatment(it, sourceIds, concernIds));
        }
        Set<String> treatmentIds = uniqueIds(treatments.stream().map(Treatment::id).toList(), "treatments");

        List<DrugClass> classes = new ArrayList<>();
        for (Item it : items(root, "drugClasses")) {
            classes.add(drugClass(it, sourceIds));
        }
        Set<String> classIds = uniqueIds(classes.stream().map(DrugClass::id).toList(), "drugClasses");

        List<Contraindication> contraindications = new ArrayList<>();
        for (Item it : items(root, "contraindications")) {
            contraindications.add(contraindication(it, sourceIds, classIds, treatmentIds));
        }
        uniqueIds(contraindications.stream().map(Contraindication::id).toList(), "contraindications");
        uniqueIds(contraindications.stream().map(c -> c.question().id()).toList(), "question ids");
        List<Example> examples = new ArrayList<>();
        for (Item it : items(root, "examples")) {
            Map<String, Object> m = map(it.value, it.path, Set.of("name", "profile", "expect"));
            Map<String, Object> profile = map(m.get("profile"), it.path + ".profile", Set.of("id", "concerns",
                    "conditions", "medications", "age", "fitzpatrick", "notes", "answers"));
            Set<String> expectable = new HashSet<>(treatmentIds);
            expectable.add("recommendation");
            Map<String, Object> expect = map(m.get("expect"), it.path + ".expect", expectable);
            Map<String, String> expected = new LinkedHashMap<>();
            expect.forEach((k, v) -> expected.put(k, String.valueOf(v)));
            examples.add(new Example(text(m, "name", it.path), profile, expected));
        }
        return new KnowledgeBase(version, date, hash, List.copyOf(sources), List.copyOf(concerns),
                List.copyOf(treatments), List.copyOf(classes), List.copyOf(contraindications), List.copyOf(examples));
    }

    private Treatment treatment(Item it, Set<String> sourceIds, Set<String> concernIds) {
        Map<String, Object> m = map(it.value, it.path,
                Set.of("id", "name", "summary", "sources", "indications", "notes", "depths"));
        List<Indication> indications = new ArrayList<>();
        for (Item ind : items(m, "indications", it.path)) {
            Map<String, Object> im = map(ind.value, ind.path, Set.of("concern", "strength", "note", "sources"));
            String concern = reference(im, "concern", ind.path, concernIds, "concern");
            String strengthWord = text(im, "strength", ind.path);
            EvidenceStrength strength = EvidenceStrength.fromWord(strengthWord);
            if (strengthWord != null && strength == null) {
                problem(ind.path + ".strength: `" + strengthWord + "` is not one of good, moderate, limited-moderate, limited");
            }
            indications.add(new Indication(concern, strength, optionalText(im, "note", ind.path), cited(im, ind.path, sourceIds)));
        }
        List<PracticalNote> notes = new ArrayList<>();
        for (Item n : items(m, "notes", it.path)) {
            Map<String, Object> nm = map(n.value, n.path, Set.of("text", "sources"));
            notes.add(new PracticalNote(null, text(nm, "text", n.path), cited(nm, n.path, sourceIds)));
        }
        for (Item n : items(m, "depths", it.path)) {
            Map<String, Object> nm = map(n.value, n.path, Set.of("concern", "text", "sources"));
            notes.add(new PracticalNote(reference(nm, "concern", n.path, concernIds, "concern"), text(nm, "text", n.path),
                    cited(nm, n.path, sourceIds)));
        }
        return new Treatment(text(m, "id", it.path), text(m, "name", it.path), optionalText(m, "summary", it.path),
                cited(m, it.path, sourceIds), List.copyOf(indications), List.copyOf(notes));
    }

    private DrugClass drugClass(Item it, Set<String> sourceIds) {
        Map<String, Object> m = map(it.value, it.path, Set.of("id", "name", "sources", "drugs"));
        List<Drug> drugs = new ArrayList<>();
        for (Item d : items(m, "drugs", it.path)) {
            Map<String, Object> dm = map(d.value, d.path, Set.of("name", "atc", "brands", "sources", "confirm"));
            drugs.add(new Drug(text(dm, "name", d.path), optionalText(dm, "atc", d.path), optionalTexts(dm, "brands", d.path),
                    cited(dm, d.path, sourceIds), optionalText(dm, "confirm", d.path)));
        }
        return new DrugClass(text(m, "id", it.path), text(m, "name", it.path), cited(m, it.path, sourceIds), List.copyOf(drugs));
    }

    private Contraindication contraindication(Item it, Set<String> sourceIds, Set<String> classIds, Set<String> treatmentIds) {
        Map<String, Object> m = map(it.value, it.path,
                Set.of("id", "name", "triggers", "except", "question", "sources", "treatments"));
        Map<String, Object> tm = map(m.get("triggers"), it.path + ".triggers", Set.of("conditions", "drugClasses", "fitzpatrick"));
        List<Trigger> conditions = new ArrayList<>();
        for (Item c : items(tm, "conditions", it.path + ".triggers")) {
            if (c.value instanceof String s) {
                conditions.add(new Trigger(s, null));
            } else {
                Map<String, Object> cm = map(c.value, c.path, Set.of("phrase", "confirm"));
                conditions.add(new Trigger(text(cm, "phrase", c.path), text(cm, "confirm", c.path)));
            }
        }
        List<String> drugClasses = new ArrayList<>();
        for (Item c : items(tm, "drugClasses", it.path + ".triggers")) {
            if (c.value instanceof String s && !classIds.contains(s)) {
                problem(c.path + ": unknown drug class `" + s + "`");
            }
            drugClasses.add(String.valueOf(c.value));
        }
        Set<FitzpatrickType> fitzpatrick = EnumSet.noneOf(FitzpatrickType.class);
        for (Item f : items(tm, "fitzpatrick", it.path + ".triggers")) {
            FitzpatrickType type = f.value instanceof String s ? FitzpatrickType.parse(s) : null;
            if (type == null) {
                problem(f.path + ": not a Fitzpatrick type I-VI");
            } else {
                fitzpatrick.add(type);
            }
        }
        if (conditions.isEmpty() && drugClasses.isEmpty() && fitzpatrick.isEmpty()) {
            problem(it.path + ".triggers: no trigger: this contraindication could never match");
        }
        Map<String, Object> qm = map(m.get("question"), it.path + ".question", Set.of("id", "text"));
        Question question = new Question(text(qm, "id", it.path + ".question"), text(qm, "text", it.path + ".question"));
        List<Applicability> applicability = new ArrayList<>();
        Map<String, Object> per = map(m.get("treatments"), it.path + ".treatments", treatmentIds);
        if (per.isEmpty()) {
            problem(it.path + ".treatments: names no treatment");
        }
        for (Map.Entry<String, Object> e : per.entrySet()) {
            String path = it.path + ".treatments." + e.getKey();
            Map<String, Object> am = map(e.getValue(), path, Set.of("severity", "explanation", "sources"));
            String word = text(am, "severity", path);
            Severity severity = Severity.fromWord(word);
            if (word != null && severity == null) {
                problem(path + ".severity: `" + word + "` is not absolute or relative");
            }
            applicability.add(new Applicability(e.getKey(), severity, text(am, "explanation", path), cited(am, path, sourceIds)));
        }
        return new Contraindication(text(m, "id", it.path), text(m, "name", it.path), List.copyOf(conditions),
                List.copyOf(drugClasses), Set.copyOf(fitzpatrick), optionalTexts(m, "except", it.path), question,
                cited(m, it.path, sourceIds), List.copyOf(applicability));
    }

    private record Item(String path, Object value) {
    }

    private List<Item> items(Map<String, Object> m, String key) {
        return items(m, key, null);
    }

    private List<Item> items(Map<String, Object> m, String key, String parent) {
        String path = parent == null ? key : parent + "." + key;
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            problem(path + ": must be a list");
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object e = list.get(i);
            String id = e instanceof Map<?, ?> em && em.get("id") instanceof String s ? s : null;
            items.add(new Item(path + "[" + (id != null ? id : String.valueOf(i)) + "]", e));
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object v, String path, Set<String> allowed) {
        if (!(v instanceof Map<?, ?>)) {
            problem(path + (v == null ? ": required mapping is missing" : ": must be a mapping"));
            return INVALID;
        }
        Map<String, Object> m = (Map<String, Object>) v;
        for (String key : m.keySet()) {
            if (!allowed.contains(key)) {
                String near = EditDistance.nearest(key, allowed);
                problem(path + ": unknown key `" + key + "`" + (near == null ? "" : " (did you mean `" + near + "`?)"));
            }
        }
        return m;
    }

    private String text(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v instanceof String s && !s.isBlank()) {
            return s;
        }
        if (m != INVALID) {
            problem(path + "." + key + ": required text is missing");
        }
        return null;
    }

    private String optionalText(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        problem(path + "." + key + ": must be text");
        return null;
    }

    private List<String> texts(Map<String, Object> m, String key, String path) {
        List<String> list = optionalTexts(m, key, path);
        if (list.isEmpty() && m != INVALID) {
            problem(path + "." + key + ": must list at least one entry");
        }
        return list;
    }

    private List<String> optionalTexts(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list) || !list.stream().allMatch(e -> e instanceof String s && !s.isBlank())) {
            problem(path + "." + key + ": must be a list of text");
            return List.of();
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** The entry's sources: at least one, each in the source list. */
    private List<String> cited(Map<String, Object> m, String path, Set<String> sourceIds) {
        Object v = m.get("sources");
        List<String> ids = v == null ? List.of() : optionalTexts(m, "sources", path);
        if (ids.isEmpty() && m != INVALID) {
            problem(path + ": cites no source");
        }
        for (String id : ids) {
            if (!sourceIds.contains(id)) {
                problem(path + ".sources: `" + id + "` is not in the source list");
            }
        }
        return ids;
    }

    private String reference(Map<String, Object> m, String key, String path, Set<String> known, String what) {
        String id = text(m, key, path);
        if (id != null && !known.contains(id)) {
            problem(path + "." + key + ": unknown " + what + " `" + id + "`");
        }
        return id;
    }

    private Set<String> uniqueIds(List<String> ids, String what) {
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            if (id != null && !seen.add(id)) {
                problem(what + ": id `" + id + "` is used twice");
            }
        }
        return seen;
    }

    private void problem(String message) {
        problems.add(message);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
