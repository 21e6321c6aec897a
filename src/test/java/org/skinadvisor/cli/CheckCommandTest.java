package org.skinadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CheckCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Cli.write(dir, name, content);
    }

    @Test
    void theReadmeExampleContraindicatesMicroneedlingAndExplainsWhy() {
        Cli.Result r = Cli.run("check", "--concern", "acne scars", "--condition", "none", "--medication", "warfarin",
                "--fitzpatrick", "II");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("MICRONEEDLING: contraindicated")
                .contains("medications: \"warfarin\" is warfarin, Anticoagulants (ATC B01A)")
                .contains("[seed, S49]")
                .contains("MICRODERMABRASION: caution")
                .contains("Recommendation: none")
                .contains("does not replace clinical judgement");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void suitableTreatmentsComeWithTheirPracticalNotes() {
        Cli.Result r = Cli.run("check", "--concern", "acne scars", "--condition", "none", "--medication", "none",
                "--fitzpatrick", "2");
        assertThat(r.out()).contains("Recommendation: Microneedling")
                .contains("MICRONEEDLING: suitable")
                .contains("lidocaine gel is applied about 30-45 minutes before")
                .contains("Acne scars: median 1.5 mm")
                .contains("   - A history of cold sores (HSV): antiviral prophylaxis is used before\n"
                        + "     treatment (practice sources only). [S37, S51]")
                .contains("checked 21 contraindications: 21 clear");
    }

    @Test
    void aSuitableTreatmentNamesTheSessionsTrialsUsedForTheConcern() {
        Cli.Result r = Cli.run("check", "--concern", "stretch marks", "--condition", "none", "--medication", "none",
                "--fitzpatrick", "2");
        assertThat(r.out()).contains("MICRONEEDLING: suitable").contains("MICRODERMABRASION: suitable")
                .contains("   - Stretch marks: 3 sessions 4 weeks apart in one trial, at least 6 sessions 2\n"
                        + "     weeks apart in another. [S15, S14]")
                .contains("   - Stretch marks: at least 6 sessions 2 weeks apart in one trial. [S14]")
                .doesNotContain("Alopecia areata");
        assertThat(Cli.run("check", "--concern", "hair loss", "--condition", "none", "--medication", "none",
                "--fitzpatrick", "2").out()).contains("Alopecia areata: 3 sessions 3 weeks apart")
                .doesNotContain("Stretch marks:");
    }

    /** "III-IV" had been refused (exit 2); the record is now screened and the range shown where it decides. */
    @Test
    void aRangeOfSkinTypesIsScreenedAndAskedWhereItsTypesDisagree() {
        Cli.Result r = Cli.run("check", "--concern", "acne scars", "--condition", "none", "--medication", "none",
                "--fitzpatrick", "III-IV");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("MICRONEEDLING: review", "fitzpatrick: \"III-IV\" is partly in the listed skin types",
                "ask: the record gives a range of skin types, III-IV, of which IV is");
        assertThat(Cli.run("check", "--concern", "acne scars", "--condition", "none", "--medication", "none",
                "--fitzpatrick", "V-VI").out()).contains("MICRONEEDLING: caution",
                "fitzpatrick: \"V-VI\" is in the listed skin types");
    }

    @Test
    void anUnaskedListGivesReviewWithTheQuestionToAsk() {
        Cli.Result r = Cli.run("check", "--concern", "stretch marks", "--condition", "none", "--fitzpatrick", "I");
        assertThat(r.out()).contains("MICRONEEDLING: review")
                .contains("not ruled out: medications not recorded")
                .contains("ask: Does the patient take a blood thinner");
    }

    @Test
    void aListRecordedAsNotKnownGivesReviewSayingSo() {
        Cli.Result r = Cli.run("check", "--concern", "stretch marks", "--condition", "none", "--medication", "unsure",
                "--fitzpatrick", "I");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("MICRONEEDLING: review")
                .contains("not ruled out: medications recorded as not known")
                .contains("ask: Does the patient take a blood thinner")
                .contains("Entries no rule recognises (their lists rule out nothing they do not name; check by hand):\n"
                        + "  - \"unsure\"");
    }

    /**
     * Checks left open for the same reason are listed under it once, each with its question, and questions whose
     * answers would change the verdict alike share a line: one unknown condition had repeated its name 33 times.
     */
    @Test
    void checksOpenForOneReasonAreListedUnderItOnce() {
        Cli.Result r = Cli.run("check", "--concern", "acne scars", "--condition", "hay fever", "--medication", "none",
                "--fitzpatrick", "II");
        assertThat(r.exit()).isZero();
        String microneedling = r.out().substring(r.out().indexOf("MICRONEEDLING:"), r.out().indexOf("MICRODERMABRASION:"));
        assertThat(microneedling).containsOnlyOnce("hay fever");
        assertThat(microneedling).contains("  ? 21 contraindications not ruled out: conditions hold \"hay fever\", which no\n"
                        + "    rule recognises\n    - Blood or bleeding disorder [blood-disorders, absolute]\n"
                        + "        ask: Does the patient have a blood or bleeding disorder")
                .contains("    - Pregnancy or breastfeeding [pregnancy, relative]\n"
                        + "        ask: Is the patient pregnant or breastfeeding? [S77, S51]\n")
                .contains("   - each of bleeding-disorder, blood-thinners, keloids, changing-lesions,\n")
                .contains("     anaesthetic-metal-allergy: yes -> contraindicated, no -> review\n")
                .contains("     recent-procedure, collagen-vascular, skin-type:\n     yes -> caution, no -> review\n");
        String whatIf = microneedling.substring(microneedling.indexOf("what would change"), microneedling.indexOf("  checked"));
        assertThat(whatIf.split("\n   - ", -1)).as("one line for each outcome").hasSize(3);
        assertThat(microneedling.split("\n        ask: ", -1)).as("every open check keeps its question").hasSize(22);
    }

    /** The open checks name the entries that keep them open, a few and shortened: the list at the end has them whole. */
    @Test
    void anEntryNoRuleRecognisesIsNamedAsWhyItsListsChecksAreOpen() {
        Cli.Result r = Cli.run("check", "--concern", "acne scars", "--condition", "von Willebrand disease",
                "--medication", "amlodipine", "--medication", "a long medicine name that goes on and on, 20 mg",
                "--medication", "ibuprofen", "--medication", "sertraline", "--fitzpatrick", "II");
        assertThat(r.exit()).isZero();
        String text = r.out().replaceAll("\\s+", " ");
        assertThat(text).contains("MICRONEEDLING: review")
                .contains("? 17 contraindications not ruled out: conditions hold \"von Willebrand disease\", "
                        + "which no rule recognises - Blood or bleeding disorder [blood-disorders, absolute] "
                        + "ask: Does the patient have a blood or bleeding disorder")
                .contains("medications hold \"amlodipine\", \"a long medicine name that goes on and...\", "
                        + "\"ibuprofen\" and 1 more, which no rule recognises")
                .contains("- \"sertraline\"");
    }

    @Test
    void aMisspeltDrugIsShownAsPossiblyThatDrugNeverAsIt() {
        Cli.Result r = Cli.run("check", "--concern", "acne scars", "--condition", "none", "--medication", "warfrin",
                "--medication", "Eliquis", "--fitzpatrick", "II");
        assertThat(r.out()).contains("medications: \"warfrin\" is possibly warfarin, Anticoagulants")
                .contains("ask: `warfrin` may be a misspelling of warfarin: confirm")
                .contains("medications: \"Eliquis\" is apixaban (Eliquis), Anticoagulants");
    }

    /** A record that answers no and lists the drug is contradictory: the list wins, and the report says so. */
    @Test
    void anAnsweredNoThatTheListContradictsIsShownBesideTheFindingItDidNotClear() throws Exception {
        Path p = file("p.yaml", "id: P-1\nconcerns: [acne scars]\nconditions: []\nmedications: [warfarin, Roacutane]"
                + "\nfitzpatrick: II\nanswers: {blood-thinners: no, isotretinoin: no, keloids: no}\n");
        Cli.Result text = Cli.run("check", p.toString());
        assertThat(text.exit()).as(text.toString()).isZero();
        assertThat(text.out()).contains("MICRONEEDLING: contraindicated")
                .contains("      answered: no to blood-thinners, but the record shows it (medications),\n"
                        + "                which wins over an answer: settle it with the patient\n")
                .contains("answered: no to isotretinoin, but the record shows it (medications)")
                .doesNotContain("no to keloids");
        Cli.Result json = Cli.run("check", p.toString(), "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"anticoagulants\",\n"
                + "      \"severity\" : \"absolute\",\n      \"match\" : \"certain\",\n      \"answered\" : \"no\"");
        assertThat(json.out().split("\"answered\"", -1)).hasSize(4);
        Path skin = file("s.yaml", "id: P-2\nconcerns: [acne scars]\nconditions: []\nmedications: []\nfitzpatrick: V\n"
                + "answers: {skin-type: no}\n");
        assertThat(Cli.run("check", skin.toString()).out())
                .contains("answered: no to skin-type, but the record shows it (fitzpatrick), which\n");
    }

    /** A no that settles a probable finding names the entry it settled; "no keloids" had stayed review. */
    @Test
    void aProbableFindingRuledOutByAnAnswerNoIsNamedWithItsEntry() throws Exception {
        Path p = file("k.yaml", "id: K\nconcerns: [acne scars]\nconditions: [no keloids]\nmedications: [stopped Roaccutane]"
                + "\nfitzpatrick: II\nanswers: {keloids: no, acne-medication: no, isotretinoin: no}\n");
        Cli.Result text = Cli.run("check", p.toString());
        assertThat(text.out()).contains("MICRONEEDLING: suitable\n").contains("MICRODERMABRASION: suitable\n")
                .contains("  ruled out by an answer no alone: keloids, acne-medication (conditions hold \"no\n"
                        + "                                   keloids\", medications hold \"stopped\n"
                        + "                                   Roaccutane\")\n")
                .doesNotContain("answered: no");
        Cli.Result json = Cli.run("check", p.toString(), "--format", "json");
        assertThat(json.out()).contains("\"clearedByAnswer\" : [ \"keloid-tendency\", \"acne-medication\" ]")
                .contains("\"clearedByAnswer\" : [ \"keloid-tendency\", \"isotretinoin\" ]");
    }

    /** A suitable that rests on answers alone, the medications never listed, says so; it had read as checked lists. */
    @Test
    void aContraindicationRuledOutByAnAnswerAloneIsNamedAsSuch() throws Exception {
        Path p = file("q.yaml", "id: Q\nconcerns: [pores]\nconditions: []\nfitzpatrick: II\nanswers: {blood-thinners: no,"
                + " high-dose-steroids: no, acne-medication: no, immunosuppression: no, isotretinoin: no, topical-retinoids: no, keloids: no}\n");
        Cli.Result text = Cli.run("check", p.toString());
        assertThat(text.out()).contains("MICRONEEDLING: suitable\n")
                .contains("  checked 21 contraindications: 21 clear, 0 found, 0 unknown\n"
                        + "  ruled out by an answer no alone: blood-thinners, high-dose-steroids,\n"
                        + "                                   acne-medication, immunosuppression\n"
                        + "                                   (medications not recorded)\n")
                .as("keloids: the conditions list, asked and empty, rules it out").doesNotContain("keloids");
        JsonNode json = new ObjectMapper().readTree(Cli.run("check", p.toString(), "--format", "json").out());
        assertThat(json.get("treatments").get(1).get("clearedByAnswer").toString())
                .isEqualTo("[\"anticoagulants\",\"isotretinoin\",\"topical-retinoids\"]");
        Path listed = file("l.yaml", "id: L\nconcerns: [pores]\nconditions: []\nmedications: []\nfitzpatrick: II\n"
                + "answers: {blood-thinners: no}\n");
        JsonNode both = new ObjectMapper().readTree(Cli.run("check", listed.toString(), "--format", "json").out());
        assertThat(both.get("treatments").get(0).has("clearedByAnswer")).as("the list rules it out too").isFalse();
    }

    /** Notes are never screened (a condition or medicine goes in its list), so the report shows them to be read. */
    @Test
    void theNotesAreShownToTheClinicianAndNeverScreened() throws Exception {
        Path p = file("p.yaml", "id: P-1\nconcerns: [acne scars]\nconditions: []\nmedications: []\nfitzpatrick: II\n"
                + "notes: \"pt says she is on warfarin since March\\n\\n\\e[2J referred by Dr K\"\n");
        Cli.Result r = Cli.run("check", p.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("  concern: \"acne scars\" -> Scars from acne or burns\n"
                        + "  notes (not read by the rules; a condition or medicine goes in its list):\n"
                        + "    pt says she is on warfarin since March\n"
                        + "    \\u001b[2J referred by Dr K\n\nRecommendation: Microneedling\n")
                .contains("MICRONEEDLING: suitable");
        assertThat(Cli.run("check", p.toString(), "--format", "json").out())
                .contains("  \"unmatched\" : [ ],\n  \"notes\" : \"pt says she is on warfarin since March\\n\\n\\u001B[2J referred by Dr K\",\n");
        Path without = file("q.yaml", "id: P-2\nconcerns: [acne scars]\n");
        assertThat(Cli.run("check", without.toString()).out()).doesNotContain("notes");
        Path blank = file("b.yaml", "id: P-3\nconcerns: [acne scars]\nnotes: \"  \"\n");
        assertThat(Cli.run("check", blank.toString(), "--format", "json").out()).doesNotContain("notes");
    }

    /** Checks a profile for acne scars whose lists and skin type were asked and rule everything out, plus {@code more}. */
    private Cli.Result checkAskedNone(String more) throws Exception {
        return Cli.run("check", file("asked.yaml", "id: P-7\nconcerns: [acne scars]\nconditions: []\nmedications: []\n"
                + "fitzpatrick: II\n" + more).toString());
    }

    @Test
    void aFieldTheIntakeDoesNotHaveIsShownAsTheEvidenceForWhatItAsks() throws Exception {
        Cli.Result r = checkAskedNone("allergies: [lidocaine]\n");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("MICRONEEDLING: review")
                .contains("unknown field: \"allergies: lidocaine\" matched \"lidocaine allergy\"")
                .contains("ask: the field `allergies` is not one the rules read: Is the patient");
    }

    @Test
    void aYesToAMisspeltQuestionIsAskedAboutNeverDropped() throws Exception {
        Cli.Result r = checkAskedNone("answers: {pregnant: yes}\n");
        assertThat(r.out()).contains("MICRONEEDLING: review").contains("MICRODERMABRASION: review")
                .contains("unknown field: \"answers.pregnant: yes\" is possibly a yes to pregnancy")
                .contains("unknown question `pregnant` in answers (did you mean `pregnancy`?):");
    }

    @Test
    void anAnswerUnknownIsAQuestionToAskEvenBesideListsThatSayNone() throws Exception {
        Cli.Result r = checkAskedNone("answers: {pregnancy: unknown}\n");
        assertThat(r.out()).contains("MICRONEEDLING: review")
                .contains("[pregnancy, relative] not ruled out: answered\n    unknown")
                .contains("ask: Is the patient pregnant or breastfeeding?");
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        Path p = file("p.yaml", "id: P-0042\nconcerns: [acne scars]\nconditions: [eczema]\nmedications: [Eliquis]\nfitzpatrick: II\n");
        Cli.Result r = Cli.run("check", p.toString(), "--format", "json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"id\" : \"P-0042\"")
                .contains("\"recommendation\" : null")
                .contains("\"concerns\" : [ {\n    \"input\" : \"acne scars\",\n    \"concern\" : \"scars\"")
                .contains("\"treatment\" : \"microneedling\",\n    \"verdict\" : \"contraindicated\"")
                .contains("\"id\" : \"anticoagulants\"")
                .contains("\"matched\" : \"Eliquis\"")
                .contains("\"treatment\" : \"microdermabrasion\",\n    \"verdict\" : \"caution\"")
                .contains("\"notKnown\" : { }")
                .contains("\"knowledgeBase\" : \"2026.11.29.4\"");
    }

    /** A script reading the JSON report learns why each question is open, as the text report says it. */
    @Test
    void theJsonReportSaysWhyEachPartOfTheRecordRulesNothingOut() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Cli.Result unsure = Cli.runWithInput("{\"id\":\"u\",\"concerns\":[\"pores\"],\"conditions\":[\"unsure\"]}",
                "check", "-", "--format", "json");
        assertThat(json.readTree(unsure.out()).get("notKnown")).isEqualTo(json.readTree("{\"conditions\": "
                + "\"recorded as not known\", \"medications\": \"not recorded\", \"fitzpatrick\": \"not recorded\"}"));
        Cli.Result answered = Cli.runWithInput("{\"id\":\"a\",\"concerns\":[\"pores\"],\"conditions\":[],"
                + "\"medications\":[],\"fitzpatrick\":\"II\",\"answers\":{\"pregnancy\":\"unknown\"}}", "check", "-", "--format", "json");
        JsonNode a = json.readTree(answered.out());
        assertThat(a.get("notKnown")).isEqualTo(json.readTree("{\"answers\": \"answered unknown\"}"));
        assertThat(a.get("questions")).isEqualTo(json.readTree("[\"pregnancy\"]"));
    }

    @Test
    void readsAProfileFromStandardInputInEitherFormat() {
        Cli.Result yaml = Cli.runWithInput("id: s\nconcerns: [pores]\nconditions: []\nmedications: []\nfitzpatrick: III\n", "check", "-");
        assertThat(yaml.exit()).as(yaml.toString()).isZero();
        assertThat(yaml.out()).contains("Patient s").contains("Recommendation: Microdermabrasion");
        Cli.Result json = Cli.runWithInput("{\"id\":\"j\",\"concerns\":[\"pores\"]}", "check", "-", "--format", "json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"id\" : \"j\"");

        Cli.Result flow = Cli.runWithInput("{id: f, concerns: [pores], conditions: [], medications: [], fitzpatrick: III}",
                "check", "-");
        assertThat(flow.exit()).as(flow.toString()).isZero();
        assertThat(flow.out()).contains("Patient f").contains("Recommendation: Microdermabrasion");
        Cli.Result empty = Cli.runWithInput("{}", "check", "-");
        assertThat(empty.err()).contains("required field `id` is missing");
    }

    @Test
    void invalidInputExitsOneNamingFileLineAndColumnWithoutEchoingData() throws Exception {
        Path p = file("bad.yaml", "id: a\nconcerns: [pores]\nmedications: []\nmedications: [Warfarin-Jane-Doe]\n");
        Cli.Result r = Cli.run("check", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(p + ":4:1: duplicate key `medications`").contains("[duplicate_key]")
                .doesNotContain("Jane").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everyErrorInTheProfileIsSaidOnALineOfItsOwnInTheOrderOfTheirPlaces() throws Exception {
        Path p = file("two-mistakes.yaml", "id: a\nconcerns: [pores]\nfitzpatrick: VII\nage: 34 years\n");
        Cli.Result r = Cli.run("check", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().split("\n")).containsExactly(
                "skinadvisor: " + p + ":3:14: `fitzpatrick` must be a skin type I-VI (or 1-6) or a range such as III-IV; leave it out when it is"
                        + " not known [type]",
                "skinadvisor: " + p + ":4:6: `age` must be a whole number of years from 0 to 130 written in plain"
                        + " digits [type]");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aProfileSavedAsUtf16IsRefusedSayingToSaveItAsUtf8FromAFileOrStandardInput() throws Exception {
        Path p = dir.resolve("unicode.yaml");
        Files.write(p, "id: a\nconcerns: [pores]\nconditions: []\nmedications: []\n".getBytes(StandardCharsets.UTF_16));
        Cli.Result r = Cli.run("check", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("skinadvisor: " + p + ": UTF-16 text (what some editors and spreadsheets save as"
                + " \"Unicode text\"): YAML is read as UTF-8; save the file as UTF-8 [encoding]\n");
        Cli.Result piped = Cli.runWithInput(Files.readAllBytes(p), "check", "-");
        assertThat(piped.exit()).isEqualTo(1);
        assertThat(piped.err()).isEqualTo("skinadvisor: <stdin>: UTF-16 text (what some editors and spreadsheets save as"
                + " \"Unicode text\"): standard input is read as UTF-8; save the file as UTF-8 [encoding]\n");
        assertThat(r.out()).isEmpty();
        assertThat(piped.out()).isEmpty();
    }

    @Test
    void aProfileSavedUnderAnotherFormatsNameSaysWhatItsTextShows() throws Exception {
        Path p = file("p1.json", "id: a\nconcerns: [pores]\n");
        Cli.Result r = Cli.run("check", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("skinadvisor: " + p + ":1:1: text without quotes: JSON writes text in double quotes"
                + " (\"pores\"), and values true, false and null without (is this YAML? It starts with YAML's `field:"
                + " value`; YAML is read from a file named .yaml, or from standard input with `screen --stdin-format"
                + " yaml`) [syntax]\n");
    }

    @Test
    void aMultiDocumentFileIsAnErrorForCheck() throws Exception {
        Path p = file("two.yaml", "id: a\nconcerns: [pores]\n---\nid: b\nconcerns: [pores]\n");
        Cli.Result r = Cli.run("check", p.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("more than one YAML document");
    }

    @Test
    void missingFilesDirectoriesAndUnknownFieldsAreReportedClearly() throws Exception {
        assertThat(Cli.run("check", dir.resolve("nope.yaml").toString()).err())
                .isEqualTo("skinadvisor: " + dir.resolve("nope.yaml") + ": no such file [unreadable]" + System.lineSeparator());
        assertThat(Cli.run("check", dir.toString()).err()).contains(dir + ": is a directory: `check` reads one profile;"
                + " use `screen` for a folder of intake files [unreadable]");
        Path p = file("typo.yaml", "id: a\nconcerns: [pores]\nmedicatons: [warfarin]\n");
        Cli.Result r = Cli.run("check", p.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("3:1: unknown field `medicatons` (did you mean `medications`?): not read,")
                .contains("unknown field: \"medicatons: warfarin\" is warfarin")
                .contains("MICRODERMABRASION: review");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(Cli.run("check").exit()).isEqualTo(2);
        assertThat(Cli.run("check", "--frobnicate").exit()).isEqualTo(2);
        assertThat(Cli.run("check", "--concern", "pores", "--format", "xml").exit()).isEqualTo(2);
        Path p = file("p.yaml", "id: a\nconcerns: [pores]\n");
        Cli.Result both = Cli.run("check", p.toString(), "--concern", "pores");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        assertThat(Cli.run().exit()).isEqualTo(2);
    }

    @Test
    void aBrokenCustomKnowledgeBaseIsRefusedWithExitTwo() throws Exception {
        Path kb = file("kb.yaml", "version: 1\nsources: []\nconcerns: [{id: x}]\n");
        Cli.Result r = Cli.run("check", "--conditions", kb.toString(), "--concern", "pores");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("refusing to use it").contains("concerns[x].name: required text is missing");
        assertThat(r.out()).isEmpty();
        assertThat(Cli.run("check", "--conditions", dir.resolve("missing.yaml").toString(), "--concern", "x").exit()).isEqualTo(2);
    }

    @Test
    void aKnowledgeBaseThatLostItsContraindicationsIsRefusedNotLoadedAsAllClear() throws Exception {
        String bundled = Files.readString(Path.of("conditions.yaml"));
        // The edit a stray delete makes: the section and the golden examples after it gone.
        Path kb = file("lost.yaml", bundled.substring(0, bundled.indexOf("\ncontraindications:") + 1));
        Cli.Result r = Cli.run("check", "--conditions", kb.toString(), "--concern", "pores", "--condition", "none",
                "--medication", "none", "--fitzpatrick", "I");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("refusing to use it").contains("(top level).contraindications: required list is missing or empty");
        assertThat(r.out()).doesNotContain("suitable");
    }

    @Test
    void aCustomKnowledgeBaseIsUsedInsteadOfTheBundledOne() throws Exception {
        String text = Files.readString(Path.of("conditions.yaml")).replace("version: \"2026.11.29.4\"", "version: \"custom-7\"");
        Path kb = file("custom.yaml", text);
        Cli.Result r = Cli.run("check", "--conditions", kb.toString(), "--concern", "pores", "--format", "json");
        assertThat(r.out()).contains("\"knowledgeBase\" : \"custom-7\"");
    }

    @Test
    void inputTextCannotDriveTheTerminal() throws Exception {
        Path p = file("esc.json", "{\"id\":\"x\\u001b[2J\\u202e\",\"concerns\":[\"pores\\u001b]0;title\\u0007\"]}");
        Cli.Result r = Cli.run("check", p.toString());
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0007")
                .contains("x\\u001b[2J\\u202e");
    }

    @Test
    void anInternalErrorExitsSeventyWithoutATraceUnlessDebugging() {
        Boom boom = new Boom();
        Cli.Result r = Cli.runWith("", cl -> cl.addSubcommand("boom", boom), "boom");
        assertThat(r.exit()).isEqualTo(70);
        assertThat(r.err()).contains("internal error").doesNotContain("\tat ");
        Cli.Result debug = Cli.runWith("", cl -> cl.addSubcommand("boom", boom), "--debug", "boom");
        assertThat(debug.err()).contains("\tat ");
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aWorkerOutOfMemoryIsSaidAsSuchWithExitSeventy() {
        Cli.Result r = Cli.runWith("", cl -> cl.addSubcommand("starved", new Starved()), "starved");
        assertThat(r.exit()).isEqualTo(70);
        assertThat(r.err()).startsWith("skinadvisor: out of memory").contains("SKINADVISOR_JAVA_OPTS=-Xmx1g")
                .doesNotContain("\tat ");
    }

    /** What a batch whose worker ran out of memory throws. */
    @picocli.CommandLine.Command(name = "starved")
    static final class Starved implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a screening worker failed", new OutOfMemoryError("Java heap space"));
        }
    }

    @Test
    void helpListsEveryExitCodeAndVersionNamesTheKnowledgeBase() {
        Cli.Result help = Cli.run("check", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Exit codes:").contains("  0").contains("  1").contains("  2").contains(" 70")
                .contains("skinadvisor check --concern \"acne scars\"");
        String codes = help.out().substring(help.out().indexOf("Exit codes:"));
        assertThat(codes.indexOf("\n   70 ")).as("codes in ascending order").isLessThan(codes.indexOf("\n   74 "))
                .isGreaterThan(codes.indexOf("\n    2 "));
        assertThat(codes).contains("74   a file could not be written");
        Cli.Result version = Cli.run("--version");
        assertThat(version.out()).contains("skinadvisor 0.1.0").contains("knowledge base 2026.11.29.4 (2026-11-29), sha256 ");
    }

    @Test
    void theReportIsColouredOnlyOnATerminalWhoseUserHasNotRefusedColour() {
        String[] args = {"check", "--concern", "acne scars", "--condition", "none", "--medication", "warfarin"};
        Cli.Result coloured = Cli.runWith("", cl -> ((SkinAdvisor) cl.getCommand())
                .terminal(new Terminal(false, true, false, false)), args);
        assertThat(coloured.out()).contains("\u001b[1;31mcontraindicated\u001b[0m");
        Cli.Result refused = Cli.runWith("", cl -> ((SkinAdvisor) cl.getCommand())
                .terminal(new Terminal(true, true, true, true)), args);
        assertThat(refused.out()).contains("MICRONEEDLING: contraindicated").doesNotContain("\u001b");
        Cli.Result piped = Cli.runWith("", cl -> ((SkinAdvisor) cl.getCommand())
                .terminal(new Terminal(true, false, true, false)), args);
        assertThat(piped.out()).contains("MICRONEEDLING: contraindicated").doesNotContain("\u001b");
    }

    @Test
    void colourIsRefusedByANonEmptyNoColorOrADumbTerminal() {
        assertThat(Terminal.colourRefused(Map.of())).isFalse();
        assertThat(Terminal.colourRefused(Map.of("NO_COLOR", ""))).isFalse();
        assertThat(Terminal.colourRefused(Map.of("NO_COLOR", "1"))).isTrue();
        assertThat(Terminal.colourRefused(Map.of("TERM", "dumb"))).isTrue();
        assertThat(Terminal.colourRefused(Map.of("TERM", "xterm-256color"))).isFalse();
    }

    @Test
    void blankFlagValuesAreRefusedAsAFilesEmptyEntriesAreAndOthersAreStripped() {
        Cli.Result concern = Cli.run("check", "--concern", " ");
        assertThat(concern.exit()).isEqualTo(2);
        assertThat(concern.err()).contains("--concern has an empty value: name the concern");
        Cli.Result medication = Cli.run("check", "--concern", "pores", "--medication", "warfarin", "--medication", "");
        assertThat(medication.exit()).isEqualTo(2);
        assertThat(medication.err()).contains("--medication has an empty value: name the medication, or say none");
        Cli.Result id = Cli.run("check", "--concern", "pores", "--id", "");
        assertThat(id.exit()).isEqualTo(2);
        assertThat(id.err()).contains("--id must be non-empty text");
        Cli.Result padded = Cli.run("check", "--concern", " pores ", "--id", " P-7 ", "--format", "json");
        assertThat(padded.exit()).isZero();
        assertThat(padded.out()).contains("\"id\" : \"P-7\"").contains("\"input\" : \"pores\"");
    }

    @Test
    void aCsvExportJsonLinesOrAJsonArrayPipedToCheckIsSentToScreen() {
        Cli.Result csv = Cli.runWithInput("id,concerns\nP1,pores\n", "check", "-");
        assertThat(csv.exit()).isEqualTo(1);
        assertThat(csv.err()).contains("use `screen` for JSON Lines and CSV [unsupported_format]");
        Cli.Result lines = Cli.runWithInput("{\"id\":\"a\",\"concerns\":[\"pores\"]}\n{\"id\":\"b\",\"concerns\":[\"pores\"]}\n",
                "check", "-");
        assertThat(lines.exit()).isEqualTo(1);
        assertThat(lines.err()).contains("<stdin>:2:1: unexpected content after the profile: another profile follows"
                + " (`check` reads one profile; use `screen` for several: a JSON array, JSON Lines, YAML documents) [syntax]");
        assertThat(Cli.runWithInput("{\"id\":\"a\",\"concerns\":[\"pores\"]}\n", "check", "-").exit()).isZero();
        Cli.Result array = Cli.runWithInput("[{\"id\":\"a\",\"concerns\":[\"pores\"]}]\n", "check", "-");
        assertThat(array.exit()).isEqualTo(1);
        assertThat(array.err()).as("an array of profiles is screen's input").contains("<stdin>:1:1: expected an intake"
                + " profile, found a list (`check` reads one profile; use `screen` for several: a JSON array, JSON Lines,"
                + " YAML documents) [type]");
    }

    @Test
    void aWorkbookOrTabSeparatedFileSaysHowToMakeItReadableNotWhatItsBytesAreAsYaml() throws Exception {
        Path workbook = Files.write(dir.resolve("intake.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0});
        Cli.Result r = Cli.run("check", workbook.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("skinadvisor: " + workbook + ": not an intake profile: a spreadsheet workbook,"
                + " which is not read: save the sheet as \"CSV UTF-8\" and screen the .csv [unsupported_format]\n");
        Path tabs = Files.writeString(dir.resolve("p.TSV"), "id\tconcerns\nP-1\tpores\n");
        assertThat(Cli.run("check", tabs.toString()).err()).contains(": not an intake profile: tab-separated text");
        assertThat(Cli.run("check", dir.resolve("missing.xlsx").toString()).err()).contains("missing.xlsx")
                .doesNotContain("workbook");
        Path yamlAsText = Files.writeString(dir.resolve("p.txt"), "id: a\nconcerns: [pores]\n");
        assertThat(Cli.run("check", yamlAsText.toString()).exit()).as("other names are read by their text").isZero();
    }

    @Test
    void noRecommendationSaysWhyInTheTermsOfTheVerdicts() {
        assertThat(Cli.run("check", "--concern", "zzz").out()).contains("Recommendation: none - no concern was recognised");
        assertThat(Cli.run("check", "--concern", "pores", "--condition", "skin cancer", "--medication", "none",
                "--fitzpatrick", "I").out())
                .contains("Recommendation: none - every treatment that addresses the concerns is contraindicated");
        assertThat(Cli.run("check", "--concern", "pores", "--condition", "none", "--medication", "warfarin").out())
                .contains("Recommendation: none - no treatment is suitable without further review");
    }

    @Test
    void saveIsRefusedBeforeTheFirstQuestionWhenItWouldOverwriteOrHasNoFolder() throws Exception {
        Path other = Files.writeString(dir.resolve("P-0041.yaml"), "id: P-0041\nconcerns: [pores]\n");
        Cli.Result exists = Cli.runWithInput("pores\n\nno\n", "check", "-i", "--id", "P-0042", "--save", other.toString());
        assertThat(exists.exit()).isEqualTo(2);
        assertThat(exists.err()).contains("exists; name a new file (an intake profile is never overwritten)")
                .doesNotContain("Concerns, one per line");
        assertThat(other).hasContent("id: P-0041\nconcerns: [pores]");
        Cli.Result noFolder = Cli.runWithInput("pores\n\nno\n", "check", "-i", "--id", "P-0042", "--save",
                dir.resolve("no/x.yaml").toString());
        assertThat(noFolder.exit()).isEqualTo(2);
        assertThat(noFolder.err()).contains("--save: no such directory:").doesNotContain("Concerns, one per line");
        Cli.Result withoutGuidedCheck = Cli.run("check", "--concern", "pores", "--save", dir.resolve("y.yaml").toString());
        assertThat(withoutGuidedCheck.exit()).isEqualTo(2);
        assertThat(withoutGuidedCheck.err()).contains("--save writes the answers --interactive collects");
        Cli.Result withoutId = Cli.runWithInput("pores\n\nno\n", "check", "-i", "--save", dir.resolve("z.yaml").toString());
        assertThat(withoutId.exit()).isEqualTo(2);
        assertThat(withoutId.err()).contains("--save needs --id: a saved intake profile names its patient")
                .doesNotContain("Concerns, one per line");
        assertThat(dir.resolve("z.yaml")).doesNotExist();
        Cli.Result blankId = Cli.runWithInput("pores\n\nno\n", "check", "-i", "--id", " ", "--save", dir.resolve("z.yaml").toString());
        assertThat(blankId.exit()).isEqualTo(2);
        assertThat(blankId.err()).contains("--id must be non-empty text").doesNotContain("Concerns, one per line");
        assertThat(dir.resolve("z.yaml")).doesNotExist();
    }

    @Test
    void aSaveThatFailsAfterTheQuestionsStillPrintsTheAssessmentAndExitsSeventyFour() {
        // /proc takes no new files, even from root: the one failure a test running as root can cause.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        Cli.Result r = Cli.runWithInput("pores\n\nno\n", "check", "-i", "--id", "P-0042", "--save",
                "/proc/skinadvisor-test.yaml");
        assertThat(r.exit()).isEqualTo(74);
        assertThat(r.err()).contains("could not save to /proc/skinadvisor-test.yaml (")
                .contains("); the answers, to save by hand:\n# written by skinadvisor check --interactive\n")
                .contains("concerns:\n  - \"pores\"\nanswers:\n  bleeding-disorder: no\n").doesNotContain("internal error");
        assertThat(r.out()).contains("Patient P-0042").contains("MICRONEEDLING: review");
    }
}
