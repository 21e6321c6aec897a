package org.skinadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Concern;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.Drug;
import org.skinadvisor.knowledge.DrugClass;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.skinadvisor.knowledge.Source;
import org.skinadvisor.knowledge.Treatment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** conditions, validate, template and the guided check, through the real command line. */
class KnowledgeToolsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Cli.write(dir, name, content);
    }

    private static String bundledText() throws Exception {
        return Files.readString(Path.of("conditions.yaml"));
    }

    @Test
    void conditionsListsEverythingWithin80Columns() {
        Cli.Result r = Cli.run("conditions");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("CONCERNS", "TREATMENTS", "CONTRAINDICATIONS", "DRUG CLASSES", "SOURCES")
                .contains("synonyms: stretch mark").contains("scars (good)").contains("microneedling: absolute")
                .contains("[A] StatPearls, Microneedling");
        assertThat(Arrays.stream(r.out().split("\n"))).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    /** Output with its wrapping undone: every run of spaces and line breaks as one space. */
    private static String unwrapped(String out) {
        return out.replaceAll("\\s+", " ");
    }

    private static void citesEach(String out, KnowledgeBase kb, List<String> sources) {
        for (String id : sources) {
            assertThat(out).contains(" " + id + " " + kb.source(id).orElseThrow().title());
        }
    }

    @Test
    void conditionsShowsEveryPartOfEveryEntryInTheKnowledgeBase() throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.fromFile(Path.of("conditions.yaml"));
        String overview = Cli.run("conditions").out();
        String overviewText = unwrapped(overview);
        for (Concern c : kb.concerns()) {
            assertThat(overview).containsPattern("\n  " + Pattern.quote(c.id()) + "[ \n]");
            String out = unwrapped(Cli.run("conditions", c.id()).out());
            assertThat(out).as(c.id()).startsWith("Concern " + c.id() + ": " + c.name() + " synonyms: "
                    + String.join(", ", c.synonyms()));
            for (Treatment t : kb.treatments()) {
                t.indicationFor(c.id()).ifPresent(i -> assertThat(out).contains(" " + t.id() + ": "
                        + i.strength().word() + " evidence" + (i.note() == null ? " [" : ". " + unwrapped(i.note()))));
            }
            citesEach(out, kb, c.sources());
        }
        for (Treatment t : kb.treatments()) {
            assertThat(overview).containsPattern("\n  " + Pattern.quote(t.id()) + "[ \n]");
            String out = unwrapped(Cli.run("conditions", t.id()).out());
            assertThat(out).as(t.id()).startsWith("Treatment " + t.id() + ": " + t.name() + " " + t.summary());
            t.indications().forEach(i -> assertThat(out).contains(" addresses " + i.concern() + ": " + i.strength().word()));
            t.notes().forEach(n -> assertThat(out).contains(" note" + (n.concern() == null ? "" : " (" + n.concern() + ")")
                    + ": " + unwrapped(n.text()) + " [" + String.join(", ", n.sources()) + "]"));
            citesEach(out, kb, t.sources());
        }
        for (Contraindication c : kb.contraindications()) {
            assertThat(overview).containsPattern("\n  " + Pattern.quote(c.id()) + "[ \n]");
            assertThat(overviewText).contains(" " + c.id() + " " + unwrapped(c.name()) + " ");
            String out = unwrapped(Cli.run("conditions", c.id()).out());
            assertThat(out).as(c.id()).startsWith("Contraindication " + c.id() + ": " + unwrapped(c.name()));
            for (Applicability a : c.treatments()) {
                assertThat(out).contains(" " + a.treatment() + ": " + a.severity().word() + ". " + unwrapped(a.explanation())
                        + " [" + String.join(", ", a.sources()) + "]");
            }
            c.conditions().forEach(t -> assertThat(out).contains(t.phrase() + (t.confirm() == null ? "" : " (probable: asks to confirm)")));
            if (!c.drugClasses().isEmpty()) {
                assertThat(out).contains(" drug classes: " + String.join(", ", c.drugClasses()));
            }
            c.fitzpatrick().forEach(f -> assertThat(out).contains(" Fitzpatrick types: ").contains(f.name()));
            if (!c.except().isEmpty()) {
                assertThat(out).contains(" not when: " + String.join(", ", c.except()));
            }
            assertThat(out).contains(" question [" + c.question().id() + "]: " + unwrapped(c.question().text()));
            citesEach(out, kb, c.sources());
        }
        for (DrugClass d : kb.drugClasses()) {
            assertThat(overview).containsPattern("\n  " + Pattern.quote(d.id()) + "[ \n]");
            String out = unwrapped(Cli.run("conditions", d.id()).out());
            assertThat(out).as(d.id()).startsWith("Drug class " + d.id() + ": " + d.name());
            for (Drug drug : d.drugs()) {
                assertThat(out).contains(" " + drug.name() + (drug.atc() == null ? "" : " (" + drug.atc() + ")") + ": "
                        + (drug.brands().isEmpty() ? "no brands listed" : String.join(", ", drug.brands()))
                        + (drug.confirm() == null ? " [" : "; probable only: " + unwrapped(drug.confirm())));
            }
            assertThat(out).contains(" a trigger of: ");
            citesEach(out, kb, d.sources());
        }
        for (Source s : kb.sources()) {
            assertThat(overview).containsPattern("\n  " + Pattern.quote(s.id()) + "[ \n]");
            String out = unwrapped(Cli.run("conditions", s.id()).out());
            assertThat(out).as(s.id()).startsWith("Source " + s.id() + " [tier " + s.tier() + "] " + unwrapped(s.title()));
            if (s.ref() != null) {
                assertThat(out).endsWith(s.ref() + " ");
            }
        }
    }

    /**
     * An entry's sources list the title of every source a line of it cites: they had listed the entry's own sources
     * alone, so `conditions microneedling` cited 22 sources and gave the titles of two.
     */
    @Test
    void anEntrysSourcesListTheTitleOfEverySourceALineOfItCites() throws Exception {
        KnowledgeBase kb = KnowledgeBaseLoader.fromFile(Path.of("conditions.yaml"));
        List<String> ids = Stream.of(kb.concerns().stream().map(Concern::id), kb.treatments().stream().map(Treatment::id),
                kb.contraindications().stream().map(Contraindication::id), kb.drugClasses().stream().map(DrugClass::id))
                .flatMap(x -> x).toList();
        for (String id : ids) {
            String out = Cli.run("conditions", id).out();
            int list = out.indexOf("\n  sources:\n");
            Set<String> cited = new LinkedHashSet<>();
            Matcher brackets = Pattern.compile("\\[([^\\]]*)]").matcher(out.substring(0, list));
            while (brackets.find()) {
                Arrays.stream(brackets.group(1).split(",\\s*")).filter(s -> kb.source(s).isPresent()).forEach(cited::add);
            }
            String listed = unwrapped(out.substring(list));
            for (String source : cited) {
                assertThat(listed).as(id).contains(" " + source + " " + unwrapped(kb.source(source).orElseThrow().title()));
            }
        }
    }

    @Test
    void conditionsFindsTheEntriesThatNameADrugBrandSynonymOrTrigger() {
        Cli.Result brand = Cli.run("conditions", "eliquis");
        assertThat(brand.exit()).isZero();
        assertThat(brand.out()).startsWith("`eliquis` is named in 1 entry:\n\nDrug class anticoagulant-drugs:")
                .contains("  a trigger of: anticoagulants\n");
        assertThat(Cli.run("conditions", "tranexamic acid").out()).contains("Drug class antifibrinolytics:")
                .contains("  a trigger of: none (its drugs are known, and trigger no contraindication)\n");
        assertThat(Cli.run("conditions", "Acne-Scarring").out()).contains("\nConcern scars: Scars from acne or burns\n");
        assertThat(Cli.run("conditions", "psoriasis").out()).contains("\nContraindication psoriasis-eczema:");
        assertThat(Cli.run("conditions", "aspirin", "--format", "json").out())
                .startsWith("[ {\n  \"id\" : \"antiplatelet-drugs\"");
    }

    @Test
    void conditionsShowsOneEntryInFullByIdOrQuestionId() {
        Cli.Result byQuestion = Cli.run("conditions", "blood-thinners");
        assertThat(byQuestion.out()).startsWith("Contraindication anticoagulants")
                .contains("never").contains("drug classes: anticoagulant-drugs, antiplatelet-drugs")
                .contains("question [blood-thinners]");
        assertThat(Cli.run("conditions", "anticoagulant-drugs").out()).contains("apixaban (B01AF02): Eliquis");
        assertThat(Cli.run("conditions", "S49").out()).contains("Device IFU");
        Cli.Result missing = Cli.run("conditions", "anticoagulans");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no entry with id `anticoagulans`, and no drug, brand, synonym or trigger by"
                + " that name (did you mean `anticoagulants`?)");
        assertThat(Cli.run("conditions", "eliqis").err()).contains("no entry with id `eliqis`, and no drug, brand, synonym"
                + " or trigger by that name (did you mean `Eliquis`?)");
        assertThat(Cli.run("conditions", "striea distensae").err()).contains("(did you mean `striae distensae`?)");
        assertThat(Cli.run("conditions", "bleeding-disordr").err()).contains("(did you mean `bleeding-disorder`?)");
        assertThat(Cli.run("conditions", "psoraisis").err()).contains("(did you mean `psoriasis`?)");
        assertThat(Cli.run("conditions", "zzzzzz").err()).contains("by that name; `skinadvisor conditions` lists them");
        assertThat(Arrays.stream(byQuestion.out().split("\n"))).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void conditionsAsJson() {
        Cli.Result r = Cli.run("conditions", "keloid-tendency", "--format", "json");
        assertThat(r.out()).contains("\"id\" : \"keloid-tendency\"").contains("\"severity\" : \"absolute\"");
        assertThat(Cli.run("conditions", "--format", "json").out()).contains("\"contraindications\" : [").contains("\"examples\"");
    }

    @Test
    void validateReportsEveryProblemInEveryFileAtOnce() throws Exception {
        file("in/a.yaml", "id: a\nconcerns: [pores]\nmedicatons: []\n");
        file("in/b.jsonl", "{\"id\":\"b\",\"concerns\":[\"pores\"]}\n{\"id\": }\n{\"id\":\"c\",\"concerns\":\"x\"}\n"
                + "{\"id\":\"d\",\"concerns\":[\"pores\"],\"foo\":1}\n");
        file("in/c.csv", "id,concerns,bogus,\nr1,pores,1,\nr2,pores,,x\nr3,pores,,\n");
        file("in/ok.yaml", "id: ok\nconcerns: [pores]\n");
        file("in/readme.txt", "not an intake form");
        Cli.Result r = Cli.run("validate", dir.resolve("in").toString());
        assertThat(r.exit()).isEqualTo(1);
        String in = dir.resolve("in").toString();
        assertThat(r.out().split("\n")).containsExactly(
                in + "/a.yaml:3:1: unknown field `medicatons` (did you mean `medications`?): not read, only searched for terms to ask about",
                in + "/b.jsonl:2:8: a value is missing after the field's `:` [syntax]",
                in + "/b.jsonl:3:22: `concerns` must be a list, e.g. concerns: [...] [type]",
                in + "/b.jsonl:4:32: unknown field `foo`: not read, only searched for terms to ask about",
                in + "/c.csv:1:13: unknown column `bogus`: not read, only searched for terms to ask about",
                in + "/c.csv:3:11: column 4 has no name in the header: its text is not read, only searched for terms to"
                        + " ask about");
        // The header's warning is every row's, printed and counted once.
        assertThat(r.err()).contains("9 records checked: 2 invalid, 4 warnings, 1 file skipped")
                .contains("skipped 1: files of other types");
        Cli.Result clean = Cli.run("validate", dir.resolve("in/ok.yaml").toString());
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).isEmpty();
    }

    /**
     * A record with several mistakes shows them all in one run, in the order of their places, with its warnings; a
     * YAML file's next document is still read, and a JSON Lines line's problems are placed on its line of the file.
     */
    @Test
    void validateListsEveryErrorOfARecordWithItsWarningsInTheOrderOfTheirPlaces() throws Exception {
        file("in/a.yaml", "id: a\nage: old\ncolour: blue\nconcerns: [pores, 5]\n---\nid: b\nconcerns: pores\n");
        file("in/b.jsonl", "{\"id\":\"b\",\"concerns\":[\"pores\"]}\n{\"concerns\":[1],\"fitzpatrick\":\"VIII\"}\n");
        file("in/c.csv", "id,concerns,age,pregnancy\nr1,pores,200,maybe\n");
        Cli.Result r = Cli.run("validate", dir.resolve("in").toString());
        assertThat(r.exit()).isEqualTo(1);
        String in = dir.resolve("in").toString();
        assertThat(r.out().split("\n")).containsExactly(
                in + "/a.yaml:2:6: `age` must be a whole number of years from 0 to 130 written in plain digits [type]",
                in + "/a.yaml:3:1: unknown field `colour`: not read, only searched for terms to ask about",
                in + "/a.yaml:4:19: `concerns` entries must be text, and this one reads as a number: put it in quotes to keep it as written [type]",
                in + "/a.yaml:7:11: `concerns` must be a list, e.g. concerns: [...] [type]",
                in + "/b.jsonl:2:14: `concerns` entries must be text, and this one reads as a number: put it in quotes to keep it as written [type]",
                in + "/b.jsonl:2:31: `fitzpatrick` must be a skin type I-VI (or 1-6) or a range such as III-IV; leave it out when it is not known [type]",
                in + "/b.jsonl:2:37: required field `id` is missing [missing_field]",
                in + "/c.csv:2:10: `age` must be a whole number of years from 0 to 130 written in plain digits [type]",
                in + "/c.csv:2:14: answer to `pregnancy` must be yes, no or unknown; leave the cell empty (or N/A) when it"
                        + " was not asked [type]");
        assertThat(r.err()).contains("5 records checked: 4 invalid (8 errors), 1 warning");
    }

    /** A name ending in a colon and digits looks like a record's line; read as one, a long one broke `validate`. */
    @Test
    void validateReadsAFileWhoseNameEndsInAColonAndManyDigits() throws Exception {
        Path odd = file("x.yaml:99999999999", "id: a\nconcerns: [pores]\n");
        Cli.Result r = Cli.run("validate", odd.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("x.yaml:99999999999").contains("[unsupported_format]");
    }

    @Test
    void validateChecksTheBundledKnowledgeBaseAndItsExamples() {
        Cli.Result r = Cli.run("validate");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("valid (23 contraindications, 41 examples passed)");
    }

    @Test
    void validateConditionsFlagsAmbiguityLintAndFailingExamples() throws Exception {
        String text = bundledText()
                .replace("synonyms: [fine line, wrinkle,", "synonyms: [fine line, pore, wrinkle,")
                .replace("{name: tinzaparin, atc: B01AB10, sources: [S53]}", "{name: tinzaparin, atc: B01AB10, sources: [S53]}\n      - {name: adalimumab, sources: [S53]}")
                .replace("      conditions: [rosacea, telangiectasia]", "      conditions: [rosacea, telangiectasia, pores]")
                .replace("expect: {microneedling: caution, microdermabrasion: caution, recommendation: none}}",
                        "expect: {microneedling: suitable, microdermabrasion: caution, recommendation: none}}")
                .replace("    except: [acne scar,", "    except: [acne, acne scar,");
        Path kb = file("kb.yaml", text);
        Cli.Result r = Cli.run("validate", "--conditions", kb.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("synonym `pore` is in both `enlarged-pores` and `fine-lines-wrinkles`")
                .contains("`adalimumab` is in both `anticoagulant-drugs` and `immunosuppressants`")
                .contains("trigger `acne` can never match (it is also listed under except)")
                .contains("examples[contraindication: darker-skin-pih]: microneedling expected suitable, got caution");
        assertThat(r.err()).containsPattern("kb\\.yaml: [2-9] problems\\R");
        Cli.Result used = Cli.run("check", "--conditions", kb.toString(), "--concern", "pores");
        assertThat(used.exit()).isEqualTo(2);
        assertThat(used.err()).contains("refusing to use it").contains("synonym `pore` is in both");
    }

    @Test
    void validateFlagsAnIndicationThatIsAlsoAnAbsoluteContraindication() throws Exception {
        Path kb = file("kb2.yaml", bundledText().replace("synonyms: [scar, scarring,", "synonyms: [scar, keloid, scarring,"));
        assertThat(Cli.run("validate", "--conditions", kb.toString()).out())
                .contains("`keloid` is both an indication (scars) and an absolute contraindication of microneedling");
    }

    /** Nothing in the template stands in for the patient: left as it is, it is refused; filled in in haste, review. */
    @Test
    void theTemplateLeftAsItIsIsRefusedAndWithOnlyItsRequiredFieldsFilledIsReviewAndItsSchemaNamesEveryQuestion()
            throws Exception {
        Cli.Result t = Cli.run("template");
        assertThat(t.out()).contains("\n  blood-thinners:\n").contains("\n# required: the patient or record id\nid:\n")
                .contains("# optional: free text the rules never read; a condition or medicine goes in its\n# list\nnotes:");
        assertThat(t.out().lines()).as("an editor's 80 columns").allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(80));
        Cli.Result blank = Cli.run("check", file("blank.yaml", t.out()).toString());
        assertThat(blank.exit()).isEqualTo(1);
        assertThat(blank.err()).contains("blank.yaml:12:4: `id` must be non-empty text")
                .contains("blank.yaml:15:10: `concerns` must be a list");
        Path p = file("t.yaml", t.out().replace("\nid:\n", "\nid: P-0042\n")
                .replace("\nconcerns:\n", "\nconcerns: [acne scars]\n"));
        Cli.Result check = Cli.run("check", p.toString(), "--format", "json");
        assertThat(check.exit()).as(check.toString()).isZero();
        assertThat(check.out()).as("answers left empty are not asked, and open nothing beyond the lists")
                .contains("\"id\" : \"P-0042\"").doesNotContain("\"suitable\"").contains("\"verdict\" : \"review\"")
                .contains("\"conditions\" : \"not recorded\"").contains("\"medications\" : \"not recorded\"")
                .contains("\"fitzpatrick\" : \"not recorded\"").contains("\"warnings\" : [ ]");
        Cli.Result schema = Cli.run("template", "--format", "json");
        assertThat(schema.out()).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"required\" : [ \"id\", \"concerns\" ]").contains("\"skin-type\" : {")
                .contains("Free text the rules never read: a condition or medicine goes in its list.");

    }

    @Test
    void theCsvTemplateIsAHeaderScreenReadsWithAnAnswerColumnPerQuestion() throws Exception {
        Cli.Result t = Cli.run("template", "--format", "csv");
        assertThat(t.exit()).isZero();
        assertThat(t.err()).as("what a blank cell means, beside a header that cannot say it").contains("an empty"
                + " conditions or medications cell means asked, none: write unknown in one that was not asked");
        assertThat(t.out()).startsWith("id,concerns,conditions,medications,age,fitzpatrick,notes,bleeding-disorder,")
                .endsWith(",skin-type\n");
        // Conditions and medications asked, none; notes empty; every question unanswered but the skin type's.
        String row = "P-1,acne scars,,,34,II," + ",".repeat(t.out().split(",").length - 7) + "no\n";
        Path p = file("t.csv", t.out() + row);
        Cli.Result screen = Cli.run("screen", p.toString(), "--format", "jsonl");
        assertThat(screen.exit()).as(screen.toString()).isZero();
        assertThat(screen.err()).contains("1 assessed, 0 errors, 0 warnings");
        assertThat(screen.out()).contains("\"verdict\":\"suitable\"");
    }

    @Test
    void theGuidedCheckReadsPipedAnswersAndSavesAProfile() throws Exception {
        Path saved = dir.resolve("saved.yaml");
        String answers = "acne scars\n\n" + "n\n".repeat(3) + "?\n" + "n\n".repeat(20);
        Cli.Result r = Cli.runWithInput(answers, "check", "--interactive", "--id", "P-0042", "--save", saved.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("MICRONEEDLING: suitable").contains("Recommendation: Microneedling");
        assertThat(r.err()).contains("Concerns, one per line").contains("-> Scars from acne or burns")
                .contains("microneedling (absolute): The article lists moles");
        assertThat(r.err().lines().map(String::stripTrailing))
                .as("each question and a reason asked for with ? wrap within 80 columns").allSatisfy(l ->
                        assertThat(l).hasSizeLessThanOrEqualTo(80))
                .anySatisfy(l -> assertThat(l).startsWith("    ").endsWith("]"))
                .anySatisfy(l -> assertThat(l).isEqualTo("clotting disorder)? [yes/no/unknown, ? for why]"));
        assertThat(Files.readString(saved)).contains("id: \"P-0042\"").contains("  blood-thinners: no");
        assertThat(Cli.run("check", saved.toString()).out()).contains("MICRONEEDLING: suitable");
        KnowledgeBase kb = KnowledgeBaseLoader.fromFile(Path.of("conditions.yaml"));
        String prompts = r.err().replace('\n', ' '); // a question wrapped over lines, read as one
        List<String> asked = kb.contraindications().stream().map(c -> c.question())
                .filter(q -> prompts.contains(q.text() + " [yes/no/unknown, ? for why]"))
                .sorted(java.util.Comparator.comparingInt(q -> prompts.indexOf(q.text() + " [yes/no/unknown")))
                .map(q -> q.id()).distinct().toList();
        List<String> savedKeys = Files.readString(saved).lines().dropWhile(l -> !l.equals("answers:")).skip(1)
                .map(l -> l.strip().replace(": no", "")).toList();
        assertThat(savedKeys).as("the saved answers, in the order the questions were asked").hasSize(23)
                .containsExactlyElementsOf(asked);
    }

    @Test
    void theGuidedCheckAnsweringYesContraindicatesAndStoppingEarlyLeavesReview() {
        Cli.Result yes = Cli.runWithInput("wrinkles\n\nno\nyes\n", "check", "-i");
        assertThat(yes.out()).contains("MICRONEEDLING: contraindicated").contains("answers: \"yes\" answered to:");
        assertThat(yes.err()).contains("no more answers");
    }

    @Test
    void atATerminalTheGuidedCheckAsksAgainAfterAnInvalidAnswerWhereverTheReportGoes() {
        // Standard input a terminal, standard output redirected (check -i > report.txt): the clinician is typing.
        Cli.Result r = Cli.runWith("pores\n\nmaybe\nno\n",
                cl -> ((SkinAdvisor) cl.getCommand()).terminal(new Terminal(true, false, true, false)), "check", "-i");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("please answer yes, no or unknown (y/n/u), or ? for why");
        assertThat(r.out()).contains("MICRONEEDLING: review");
    }

    @Test
    void theGuidedCheckRefusesWithoutInputOrWithAnInvalidAnswer() {
        Cli.Result none = Cli.runWithInput("", "check", "-i");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("needs a terminal, or answers piped");
        Cli.Result bad = Cli.runWithInput("pores\n\nmaybe\n", "check", "-i");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("`maybe`").contains("is not yes, no or unknown");
        Cli.Result empty = Cli.runWithInput("pores\n\n\n", "check", "-i");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("an empty answer to `bleeding-disorder` is not yes, no or unknown (y/n/u)");
    }

    @Test
    void reviewVerdictsSayWhatWouldChangeTheAnswer() {
        Cli.Result r = Cli.run("check", "--concern", "acne scars", "--condition", "none", "--fitzpatrick", "I");
        assertThat(r.out()).contains("what would change the answer:")
                .contains("   - each of blood-thinners, high-dose-steroids, acne-medication:\n"
                        + "     yes -> contraindicated, no -> review\n"
                        + "   - immunosuppression: yes -> caution, no -> review\n")
                .contains("checked 21 contraindications: 17 clear, 0 found, 4 unknown");
        Cli.Result json = Cli.run("check", "--concern", "acne scars", "--condition", "none", "--fitzpatrick", "I", "--format", "json");
        assertThat(json.out()).contains("\"whatIf\" : [ {\n      \"question\" : \"blood-thinners\",\n      \"id\" : \"anticoagulants\",\n      \"yes\" : \"contraindicated\",\n      \"no\" : \"review\"");
    }

    @Test
    void aCautionWithAnAbsoluteContraindicationOpenSaysThatItsYesWouldMakeItContraindicated() {
        String[] darkerSkinMedicationsNotAsked = {"check", "--concern", "acne scars", "--condition", "none", "--fitzpatrick", "V"};
        Cli.Result r = Cli.run(darkerSkinMedicationsNotAsked);
        String microneedling = r.out().substring(r.out().indexOf("MICRONEEDLING:"), r.out().indexOf("MICRODERMABRASION:"));
        assertThat(microneedling).startsWith("MICRONEEDLING: caution\n  not settled: a yes to any of 3 open questions makes it"
                        + " contraindicated (see\n  what would change the answer)\n")
                .contains("what would change the answer:\n   - each of blood-thinners, high-dose-steroids, acne-medication:\n"
                        + "     yes -> contraindicated, no -> caution\n  checked 21")
                .as("a yes to a relative one leaves it a caution").doesNotContain("immunosuppression: yes");
        Cli.Result json = Cli.run(Stream.concat(Stream.of(darkerSkinMedicationsNotAsked), Stream.of("--format", "json"))
                .toArray(String[]::new));
        assertThat(json.out()).contains("\"verdict\" : \"caution\"").contains("\"whatIf\" : [ {\n      \"question\" : \"blood-thinners\",\n"
                + "      \"id\" : \"anticoagulants\",\n      \"yes\" : \"contraindicated\",\n      \"no\" : \"caution\"");
        Cli.Result one = Cli.run("check", "--concern", "acne scars", "--condition", "none", "--medication", "warfarine",
                "--fitzpatrick", "V");
        assertThat(one.out()).contains("MICRONEEDLING: caution\n  not settled: a yes to the open question blood-thinners makes it\n"
                + "  contraindicated (see what would change the answer)\n");
        Cli.Result settled = Cli.run("check", "--concern", "acne scars", "--condition", "none", "--medication", "none",
                "--fitzpatrick", "V");
        assertThat(settled.out()).contains("MICRONEEDLING: caution\n").doesNotContain("not settled");
    }

    @Test
    void everyCommandHasHelpWithExamplesAndVersion() {
        for (String cmd : new String[] {"check", "screen", "validate", "conditions", "template"}) {
            Cli.Result help = Cli.run(cmd, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).as(cmd).contains("Examples:").contains("Exit codes:");
            assertThat(Cli.run(cmd, "--version").out()).as(cmd).contains("knowledge base 2026.11.29.4 (2026-11-29)");
        }
    }

    /** An example that picocli wraps at 80 columns breaks at column 0, and pasted into a shell runs as two commands. */
    @Test
    void everyExampleCanBeCopiedFromAnEightyColumnTerminal() {
        for (String[] help : new String[][] {{"--help"}, {"check", "--help"}, {"screen", "--help"},
            {"validate", "--help"}, {"conditions", "--help"}, {"template", "--help"}}) {
            String out = Cli.run(help).out();
            List<String> examples = out.substring(out.indexOf("Examples:")).lines().skip(1).toList();
            assertThat(examples).as(String.join(" ", help)).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("  ").hasSizeLessThanOrEqualTo(80));
        }
    }
}
