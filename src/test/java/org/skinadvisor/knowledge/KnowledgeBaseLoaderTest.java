package org.skinadvisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.ToolProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KnowledgeBaseLoaderTest {
    private static final Path ROOT_FILE = Path.of("conditions.yaml");

    @Test
    void theBundledKnowledgeBaseIsTheRepositoryFileWithItsHash() throws Exception {
        KnowledgeBase bundled = KnowledgeBaseLoader.bundled();
        KnowledgeBase file = KnowledgeBaseLoader.fromFile(ROOT_FILE);
        assertThat(bundled.contentHash()).isEqualTo(file.contentHash()).hasSize(64);
        assertThat(Class.forName(KnowledgeBaseLoader.COMPILED).getInterfaces()).as("compiled at build time")
                .contains(Supplier.class);
        assertThat(bundled).as("the code compiled at build time holds exactly the YAML's rules").isEqualTo(file)
                .isEqualTo(KnowledgeBaseLoader.bundledYaml());
        assertThat(bundled.version()).isNotBlank();
        assertThat(bundled.date()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void holdsTheSevenConcernGroupsAndTheTwoTreatments() throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        assertThat(kb.concerns()).extracting(Concern::id).containsExactly("stretch-marks", "enlarged-pores",
                "discoloration", "scars", "fine-lines-wrinkles", "alopecia", "hyperhidrosis");
        assertThat(kb.treatments()).extracting(Treatment::id).containsExactly("microneedling", "microdermabrasion");
        Treatment mn = kb.treatments().get(0);
        assertThat(mn.indicationFor("scars").orElseThrow().strength())
                .isGreaterThan(kb.treatments().get(1).indicationFor("scars").orElseThrow().strength());
    }

    @Test
    void everyArticleItemIsAbsoluteForMicroneedlingAndCitesTheArticle() throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        for (String id : List.of("blood-disorders", "anticoagulants", "keloid-tendency", "changing-skin-lesions",
                "cancer-therapy", "psoriasis-eczema", "active-acne", "acne-medication")) {
            Contraindication c = kb.contraindications().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            Applicability mn = c.forTreatment("microneedling").orElseThrow();
            assertThat(mn.severity()).as(id).isEqualTo(Severity.ABSOLUTE);
            assertThat(mn.sources()).as(id).contains("seed");
        }
    }

    @Test
    void activeInfectionIsAbsoluteForBothAndDarkerSkinIsACautionForBoth() throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        Contraindication infection = kb.contraindications().stream().filter(x -> x.id().equals("active-infection")).findFirst().orElseThrow();
        assertThat(infection.treatments()).extracting(Applicability::severity).containsOnly(Severity.ABSOLUTE).hasSize(2);
        Contraindication skin = kb.contraindications().stream().filter(x -> x.id().equals("darker-skin-pih")).findFirst().orElseThrow();
        assertThat(skin.treatments()).extracting(Applicability::severity).containsOnly(Severity.RELATIVE).hasSize(2);
    }

    @Test
    void aBrokenKnowledgeBaseIsRefusedWithEveryProblemListed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = Files.readString(ROOT_FILE)
                .replace("sources: [seed, S16]", "sources: [seed, S999]")
                .replace("{concern: scars, strength: good,", "{concern: scarz, strength: good,")
                .replace("severity: absolute, sources: [seed, S49, S77], explanation: \"The article lists blood",
                        "severity: fatal, sources: [seed, S49, S77], explanation: \"The article lists blood")
                .replace("    question: {id: keloids,", "    questoin: {id: keloids,");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, text);
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.fromFile(broken));
        assertThat(e.problems()).anyMatch(p -> p.contains("`S999` is not in the source list"))
                .anyMatch(p -> p.contains("unknown concern `scarz`"))
                .anyMatch(p -> p.contains("`fatal` is not absolute or relative"))
                .contains("contraindications[keloid-tendency]: unknown key `questoin` (did you mean `question`?)",
                        "contraindications[keloid-tendency].question: required mapping is missing");
        assertThat(e.getMessage()).endsWith(e.problems().size() + " problems in the knowledge base");
        Files.writeString(broken, Files.readString(ROOT_FILE).replace("sources: [seed, S16]", "sources: [seed, S999]"));
        assertThat(catchThrowableOfType(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.fromFile(broken)).getMessage())
                .endsWith(": 1 problem in the knowledge base");
    }

    @Test
    void anEntryWithoutASourceIsRefused() {
        String kb = """
                version: "1"
                date: "2026-01-01"
                sources: [{id: s, tier: A, title: t}]
                concerns: [{id: c, name: C, synonyms: [c], sources: [s]}]
                treatments: [{id: t, name: T, sources: [s], indications: [{concern: c, strength: good}]}]
                contraindications: [{id: x, name: X, triggers: {conditions: [ex]}, question: {id: q, text: Q}, sources: [s],
                                     treatments: {t: {severity: absolute, explanation: e, sources: [s]}}}]
                """;
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class,
                () -> KnowledgeBaseLoader.parse(kb.getBytes(StandardCharsets.UTF_8), "kb"));
        assertThat(e.problems()).containsExactly("treatments[t].indications[0]: cites no source");
    }

    @Test
    void duplicateKeysAndAliasesInAKnowledgeBaseAreRefused() {
        KnowledgeBaseException dup = catchThrowableOfType(KnowledgeBaseException.class,
                () -> KnowledgeBaseLoader.parse("version: 1\nversion: 2\n".getBytes(StandardCharsets.UTF_8), "kb"));
        assertThat(dup.problems().get(0)).contains("duplicate key `version`");
        KnowledgeBaseException alias = catchThrowableOfType(KnowledgeBaseException.class,
                () -> KnowledgeBaseLoader.parse("a: &x 1\nb: *x\n".getBytes(StandardCharsets.UTF_8), "kb"));
        assertThat(alias.problems().get(0)).startsWith("2:4:").contains("aliases");
        KnowledgeBaseException anchor = catchThrowableOfType(KnowledgeBaseException.class,
                () -> KnowledgeBaseLoader.parse("a: &x [1]\n".getBytes(StandardCharsets.UTF_8), "kb"));
        assertThat(anchor.problems().get(0)).contains("anchors");
    }

    @Test
    void aControlCharacterPastedIntoAKnowledgeBaseIsNamedAtItsLine() {
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class,
                () -> KnowledgeBaseLoader.parse("version: 1\nsources:\n  - id: s\u0008\n".getBytes(StandardCharsets.UTF_8), "kb"));
        assertThat(e.problems()).containsExactly("3:10: control character U+0008 is not allowed in YAML: delete it");
    }

    @Test
    void theBuildStepsSourceCompilesToExactlyTheYamlsRules(@TempDir Path dir) throws Exception {
        KnowledgeBase yaml = KnowledgeBaseLoader.fromFile(ROOT_FILE);
        Path source = dir.resolve("src/org/skinadvisor/knowledge/BundledConditions.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, BundleKnowledgeBase.javaSource(yaml));
        Path classes = dir.resolve("classes");
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(exit).as("javac exit status").isZero();
        // Child-first for the one class, so the freshly written code is what runs, not the build's copy.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(KnowledgeBaseLoader.COMPILED)) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : findClass(name);
                }
            }
        }) {
            @SuppressWarnings("unchecked")
            Supplier<KnowledgeBase> compiled = (Supplier<KnowledgeBase>) loader.loadClass(KnowledgeBaseLoader.COMPILED)
                    .getDeclaredConstructor().newInstance();
            assertThat(compiled.get()).isEqualTo(yaml);
        }
    }

    @Test
    void theBuildStepWritesTextAsPlainAsciiJavaLiterals() throws Exception {
        assertThat(BundleKnowledgeBase.literal("a \"b\" \\ c\nd\r\te \u00e9 \u2264 \u0007"))
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\r\\te \\u00e9 \\u2264 \\u0007\"");
        KnowledgeBase yaml = KnowledgeBaseLoader.fromFile(ROOT_FILE);
        String source = BundleKnowledgeBase.javaSource(yaml);
        assertThat(source).startsWith("// Generated at build time").contains("class BundledConditions")
                .contains(yaml.contentHash());
        assertThat(source.chars()).allMatch(c -> c == '\n' || c >= 0x20 && c < 0x7f);
    }
}
