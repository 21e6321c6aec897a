package org.skinadvisor.knowledge;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KnowledgeBaseLintTest {
    private static final String BASE = """
            version: "1"
            date: "2026-01-01"
            sources: [{id: s, tier: A, title: t}]
            concerns:
              - {id: c, name: C, synonyms: [cee], sources: [s]}
              - {id: d, name: D, synonyms: [dee], sources: [s]}
            treatments:
              - {id: t, name: T, sources: [s], indications: [{concern: c, strength: good, sources: [s]}]}
              - {id: u, name: U, sources: [s], indications: [{concern: d, strength: limited, sources: [s]}]}
            drugClasses:
              - {id: k, name: K, sources: [s], drugs: [{name: drugone, sources: [s]}]}
            contraindications:
              - {id: x, name: X, triggers: {conditions: [ex], drugClasses: [k]}, question: {id: q, text: Q}, sources: [s],
                 treatments: {t: {severity: absolute, explanation: e, sources: [s]}}}
              - {id: y, name: Y, triggers: {conditions: [why]}, question: {id: r, text: R}, sources: [s],
                 treatments: {u: {severity: relative, explanation: e, sources: [s]}}}
            """;

    private static KnowledgeBase kb(String text) throws KnowledgeBaseException {
        return KnowledgeBaseLoader.parse(text.getBytes(StandardCharsets.UTF_8), "kb");
    }

    @Test
    void aCleanKnowledgeBaseHasNoProblems() throws Exception {
        assertThat(KnowledgeBaseLint.problems(kb(BASE))).isEmpty();
        assertThat(kb(BASE).source("s")).isPresent();
        assertThat(kb(BASE).source("nope")).isEmpty();
        assertThat(kb(BASE).treatments().get(1).indicationFor("c")).isEmpty();
    }

    @Test
    void anIdThatNamesTwoEntriesOfAnyKindsIsAProblem() throws Exception {
        for (String clash : List.of("c", "t", "x", "s")) {
            String text = BASE.replace("- {id: k, name: K,", "- {id: " + clash + ", name: K,")
                    .replace("drugClasses: [k]", "drugClasses: [" + clash + "]");
            assertThat(KnowledgeBaseLint.problems(kb(text))).as(clash).anyMatch(p -> p.startsWith("id `" + clash + "` names both"));
        }
    }

    /** A report lists the titles of the sources an entry cites: one its text names but does not cite had no title. */
    @Test
    void aTextNamingASourceItsEntryDoesNotCiteIsAProblem() throws Exception {
        String two = BASE.replace("sources: [{id: s, tier: A, title: t}]",
                "sources: [{id: s, tier: A, title: t}, {id: S2, tier: B, title: u}]");
        String naming = two.replace("{id: t, name: T, sources: [s], indications: [{concern: c, strength: good, sources: [s]}]}",
                        "{id: t, name: T, summary: \"As in S2.\", sources: [s], indications: [{concern: c, strength: good,"
                                + " sources: [s], note: \"Slight only (S2; S2).\"}], notes: [{text: \"Numb first (S2).\","
                                + " sources: [s]}]}")
                .replace("{severity: absolute, explanation: e, sources: [s]}",
                        "{severity: absolute, explanation: \"Used on keloids (S2, s2, S22)\", sources: [s]}");
        assertThat(KnowledgeBaseLint.problems(kb(naming))).containsExactly(
                "treatments[t].summary: names source S2 but does not cite it (add it to its sources)",
                "treatments[t].indications[c].note: names source S2 but does not cite it (add it to its sources)",
                "treatments[t].notes[0]: names source S2 but does not cite it (add it to its sources)",
                "contraindications[x].treatments.t.explanation: names source S2 but does not cite it (add it to its sources)");
        assertThat(KnowledgeBaseLint.problems(kb(naming.replace("sources: [s]", "sources: [s, S2]")))).isEmpty();
    }

    @Test
    void aConcernNoTreatmentAddressesIsAProblem() throws Exception {
        String text = BASE.replace("indications: [{concern: d, strength: limited, sources: [s]}]", "indications: []");
        assertThat(KnowledgeBaseLint.problems(kb(text))).containsExactly("concerns[d]: no treatment addresses this concern");
    }

    @Test
    void anAbsoluteTriggerThatIsAnIndicationOfTheSameTreatmentIsAProblemButNotForAnotherTreatment() throws Exception {
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("conditions: [ex]", "conditions: [ex, cee]"))))
                .containsExactly("contraindications[x]: `cee` is both an indication (c) and an absolute contraindication of t");
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("conditions: [ex]", "conditions: [ex, dee]")))).isEmpty();
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("conditions: [ex]", "conditions: [ex, cee]")
                .replace("severity: absolute", "severity: relative")))).isEmpty();
    }

    /** "Is the patient receiving chemotherapy?" answered no a week after the last course had ruled it out. */
    @Test
    void aQuestionThatDoesNotAskTheTimeItsExplanationGivesIsAProblem() throws Exception {
        String timed = BASE.replace("treatments: {t: {severity: absolute, explanation: e,",
                "treatments: {t: {severity: absolute, explanation: \"No treatment until 4 weeks after the end.\",");
        assertThat(KnowledgeBaseLint.problems(kb(timed))).containsExactly("contraindications[x].question: its t"
                + " explanation gives a time (`4 weeks`) the question does not ask, so a no from a patient within it"
                + " would rule the finding out");
        assertThat(KnowledgeBaseLint.problems(kb(timed.replace("text: Q}", "text: \"Q, or within 4 weeks of it?\"}"))))
                .isEmpty();
        assertThat(KnowledgeBaseLint.problems(kb(timed.replace("text: Q}", "text: \"Q, or recently?\"}")))).isEmpty();
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("{u: {severity: relative, explanation: e,",
                "{u: {severity: relative, explanation: \"Stop it a few days before.\",")))).singleElement().asString()
                .startsWith("contraindications[y].question: its u explanation gives a time (`few days`)");
    }

    @Test
    void aTriggerWithNoWordsOrListedUnderExceptCanNeverMatch() throws Exception {
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("conditions: [ex]", "conditions: [ex, \"--\"]"))))
                .containsExactly("contraindications[x]: trigger `--` can never match (no words)");
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("triggers: {conditions: [ex], drugClasses: [k]}",
                "triggers: {conditions: [ex], drugClasses: [k]}, except: [EX]"))))
                .containsExactly("contraindications[x]: trigger `ex` can never match (it is also listed under except)");
    }

    @Test
    void aDrugClassWithoutDrugsAndADrugInTwoClassesAreProblems() throws Exception {
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("drugs: [{name: drugone, sources: [s]}]", "drugs: []"))))
                .containsExactly("drugClasses[k]: lists no drug, so it can never match");
        String twice = BASE.replace("drugClasses:\n", "drugClasses:\n  - {id: k2, name: K2, sources: [s], drugs: [{name: other, brands: [DrugOne], sources: [s]}]}\n");
        assertThat(KnowledgeBaseLint.problems(kb(twice))).containsExactly("drugClasses: `drugone` is in both `k2` and `k`");
        String sameClass = BASE.replace("drugs: [{name: drugone, sources: [s]}]", "drugs: [{name: drugone, brands: [DRUGONE], sources: [s]}]");
        assertThat(KnowledgeBaseLint.problems(kb(sameClass))).isEmpty();
    }

    @Test
    void aTreatmentNoContraindicationAppliesToIsAProblem() throws Exception {
        String withoutY = BASE.substring(0, BASE.indexOf("  - {id: y,"));
        assertThat(KnowledgeBaseLint.problems(kb(withoutY)))
                .containsExactly("treatments[u]: no contraindication applies to it, so every patient it addresses would be suitable");
    }

    @Test
    void aDrugOrSynonymWithoutWordsCanNeverMatchAndIsAProblem() throws Exception {
        String punctuation = BASE.replace("drugs: [{name: drugone, sources: [s]}]", "drugs: [{name: drugone, brands: [\"-\"], sources: [s]}]")
                .replace("synonyms: [dee]", "synonyms: [dee, \"...\"]");
        assertThat(KnowledgeBaseLint.problems(kb(punctuation))).containsExactly(
                "concerns[d]: synonym `...` has no words, so it can never match",
                "drugClasses[k]: `-` has no words, so it can never match");
    }

    @Test
    void aSynonymInTwoConcernsIsAProblemButNotTwiceInOne() throws Exception {
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("synonyms: [dee]", "synonyms: [dee, Cees]"))))
                .containsExactly("concerns: synonym `Cees` is in both `c` and `d`");
        assertThat(KnowledgeBaseLint.problems(kb(BASE.replace("synonyms: [cee]", "synonyms: [cee, cees]")))).isEmpty();
    }

    @Test
    void theLoaderReportsEverySchemaProblemAtOnce() {
        String broken = BASE
                .replace("{concern: c, strength: good, sources: [s]}", "{concern: c, strength: great, sources: [s]}")
                .replace("triggers: {conditions: [ex], drugClasses: [k]}", "triggers: {conditions: [ex], drugClasses: [kk], fitzpatrick: [VII]}")
                .replace("question: {id: q, text: Q}", "question: {id: q}")
                .replace("title: t}", "title: t, ref: [1]}")
                .replace("name: D,", "name: [D],")
                .replace("synonyms: [dee]", "synonyms: dee")
                .replace("synonyms: [cee]", "synonyms: [cee, \" \"]")
                .replace("treatments: {t: {severity: absolute, explanation: e, sources: [s]}}", "treatments: {t: {severity: absolute, explanation: e, sources: [s]}, v: {severity: relative, explanation: e, sources: []}}")
                + "examples: [{name: e1, profile: {id: p, concerns: [cee], bogus: 1}, expect: {t: suitable, w: review}}]\n";
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class, () -> kb(broken));
        assertThat(e.problems()).contains(
                "treatments[t].indications[0].strength: `great` is not one of good, moderate, limited-moderate, limited",
                "contraindications[x].triggers.drugClasses[0]: unknown drug class `kk`",
                "contraindications[x].triggers.fitzpatrick[0]: not a Fitzpatrick type I-VI",
                "contraindications[x].question.text: required text is missing",
                "sources[s].ref: must be text",
                "concerns[d].name: required text is missing",
                "concerns[d].synonyms: must be a list of text",
                "concerns[d].synonyms: must list at least one entry",
                "concerns[c].synonyms: must be a list of text",
                "contraindications[x].treatments: unknown key `v` (did you mean `t`?)",
                "contraindications[x].treatments.v: cites no source",
                "examples[0].profile: unknown key `bogus`",
                "examples[0].expect: unknown key `w` (did you mean `t`?)");
        KnowledgeBaseException empty = catchThrowableOfType(KnowledgeBaseException.class, () -> kb(BASE.replace(
                "triggers: {conditions: [ex], drugClasses: [k]}", "triggers: {}").replace("treatments: {t: {severity: absolute, explanation: e, sources: [s]}}", "treatments: {}")));
        assertThat(empty.problems()).containsExactly("contraindications[x].triggers: no trigger: this contraindication could never match",
                "contraindications[x].treatments: names no treatment");
        KnowledgeBaseException shapes = catchThrowableOfType(KnowledgeBaseException.class, () -> kb(
                "version: \"1\"\ndate: \"d\"\nsources: {a: 1}\nconcerns: [x]\ntreatments: []\ncontraindications: []\n"));
        assertThat(shapes.problems()).containsExactly("(top level).treatments: required list is missing or empty",
                "(top level).contraindications: required list is missing or empty", "sources: must be a list",
                "concerns[0]: must be a mapping");
        KnowledgeBaseException twice = catchThrowableOfType(KnowledgeBaseException.class, () -> kb(BASE.replace("{id: d, name: D,", "{id: c, name: D,")));
        assertThat(twice.problems()).contains("concerns: id `c` is used twice");
    }

    @Test
    void severityAndStrengthPrintAsTheirKnowledgeBaseWords() {
        assertThat(Severity.ABSOLUTE).hasToString("absolute");
        assertThat(EvidenceStrength.LIMITED_MODERATE).hasToString("limited-moderate");
        assertThat(FitzpatrickType.parse(" iv ")).isEqualTo(FitzpatrickType.IV);
        assertThat(FitzpatrickType.parse("4")).isEqualTo(FitzpatrickType.IV);
        assertThat(FitzpatrickType.parse("1")).isEqualTo(FitzpatrickType.I);
        assertThat(FitzpatrickType.parse("6")).isEqualTo(FitzpatrickType.VI);
        assertThat(FitzpatrickType.parse("vi")).isEqualTo(FitzpatrickType.VI);
        assertThat(FitzpatrickType.parse("7")).isNull();
        assertThat(FitzpatrickType.parse("0")).isNull();
    }

    @Test
    void aSkinTypeIsReadAsIntakeFormsWriteItButNeverAsARange() {
        assertThat(FitzpatrickType.parse("Type IV")).isEqualTo(FitzpatrickType.IV);
        assertThat(FitzpatrickType.parse("type 2")).isEqualTo(FitzpatrickType.II);
        assertThat(FitzpatrickType.parse("typeV")).isEqualTo(FitzpatrickType.V);
        assertThat(FitzpatrickType.parse("Type")).isNull();
        assertThat(FitzpatrickType.parse("IV-V")).as("a range names no one type").isNull();
        assertThat(FitzpatrickType.parse("type IV or V")).isNull();
    }
}
