package org.skinadvisor.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skinadvisor.cli.Cli;
import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.Hashes;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.intake.UnknownField;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.knowledge.Severity;
import org.skinadvisor.report.BatchFormat;
import org.skinadvisor.report.CheckText;
import org.skinadvisor.report.JsonLinesFormat;
import org.skinadvisor.report.ScreenedRecord;
import org.skinadvisor.report.Stamp;
import org.skinadvisor.report.TextReport;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.Field;
import org.skinadvisor.screening.NotKnown;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Verdict;
import org.skinadvisor.screening.WhatIf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skinadvisor.screening.Profiles.SCREENER;

/** Safety properties over seeded random profiles (plain JUnit; see RandomProfiles for the seed). */
class SafetyPropertiesTest {
    /** How far a verdict is from "go ahead": suitable 0, review 1, caution 2, contraindicated 3. */
    private static int risk(Verdict v) {
        return switch (v) {
            case SUITABLE -> 0;
            case REVIEW -> 1;
            case CAUTION -> 2;
            case CONTRAINDICATED -> 3;
            case NOT_INDICATED -> -1;
        };
    }

    @Test
    void addingAConditionOrMedicationNeverMakesAVerdictSafer() {
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Random r = new Random(seed);
            IntakeProfile p = RandomProfiles.profile(r, true);
            boolean conditions = r.nextBoolean();
            List<String> list = conditions ? p.conditions() : p.medications();
            if (list == null) {
                continue;
            }
            List<String> more = new ArrayList<>(list);
            more.add(conditions ? RandomProfiles.CONDITIONS[r.nextInt(RandomProfiles.CONDITIONS.length)]
                    : RandomProfiles.MEDICATIONS[r.nextInt(RandomProfiles.MEDICATIONS.length)]);
            IntakeProfile q = new IntakeProfile(p.id(), p.concerns(), conditions ? more : p.conditions(),
                    conditions ? p.medications() : more, p.age(), p.fitzpatrick(), p.notes(), p.answers());
            Assessment before = SCREENER.assess(p);
            Assessment after = SCREENER.assess(q);
            for (int t = 0; t < before.treatments().size(); t++) {
                Verdict b = before.treatments().get(t).verdict();
                Verdict a = after.treatments().get(t).verdict();
                assertThat(risk(a)).as("seed %d: %s then %s", seed, p, q).isGreaterThanOrEqualTo(risk(b));
                if (b != Verdict.SUITABLE) {
                    assertThat(a).as("seed %d", seed).isNotEqualTo(Verdict.SUITABLE);
                }
            }
        }
    }

    /**
     * An entry no rule recognises may name anything the rules screen for: its list is at least as open as one not
     * recorded, while what the rest of the record shows still counts (hazard H34).
     */
    @Test
    void anEntryNoRuleRecognisesNeverMakesAVerdictSaferThanLeavingItsListOut() {
        int compared = withAnUnknownWord((r, entries, word) -> entries.add(r.nextInt(entries.size() + 1), word), true);
        assertThat(compared).isGreaterThan(RandomProfiles.CASES * 9 / 10);
    }

    /** The same for an unknown item written into an entry beside a known one ("eczema, von Willebrand disease"). */
    @Test
    void anItemNoRuleRecognisesInAnEntryNeverMakesAVerdictSaferThanLeavingItsListOut() {
        String[] separators = {", ", "; ", " and ", " + ", "/", " (", " plus ", " but "};
        int compared = withAnUnknownWord((r, entries, word) -> {
            int at = r.nextInt(entries.size());
            String separator = separators[r.nextInt(separators.length)];
            entries.set(at, r.nextBoolean() ? entries.get(at) + separator + word : word + separator + entries.get(at));
        }, false);
        assertThat(compared).isGreaterThan(RandomProfiles.CASES / 2);
    }

    interface WordWriter {
        void write(Random r, List<String> entries, String word);
    }

    /**
     * Writes a made-up word into the conditions or the medications of random profiles and checks the verdicts against
     * the same profile without that list; {@code emptyToo}: also into an empty or missing list, comparing only the
     * profiles whose entry the word left unrecognised. Returns how many profiles were compared.
     */
    private static int withAnUnknownWord(WordWriter writer, boolean emptyToo) {
        String consonants = "bcdfghjklmnpqrstvwxz";
        int compared = 0;
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Random r = new Random(seed);
            IntakeProfile p = RandomProfiles.profile(r, true);
            boolean conditions = r.nextBoolean();
            StringBuilder word = new StringBuilder();
            for (int n = 7 + r.nextInt(4); n > 0; n--) {
                word.append(consonants.charAt(r.nextInt(consonants.length())));
            }
            List<String> list = conditions ? p.conditions() : p.medications();
            List<String> more = new ArrayList<>(list == null ? List.of() : list);
            if (!emptyToo && more.isEmpty()) {
                continue;
            }
            writer.write(r, more, word.toString());
            IntakeProfile q = new IntakeProfile(p.id(), p.concerns(), conditions ? more : p.conditions(),
                    conditions ? p.medications() : more, p.age(), p.fitzpatrick(), p.notes(), p.answers());
            IntakeProfile left = new IntakeProfile(p.id(), p.concerns(), conditions ? null : p.conditions(),
                    conditions ? p.medications() : null, p.age(), p.fitzpatrick(), p.notes(), p.answers());
            Assessment withIt = SCREENER.assess(q);
            if (emptyToo && withIt.unmatched().stream().noneMatch(e -> e.contains(word))) {
                continue; // a word alone may be near a term's spelling, and so recognised
            }
            compared++;
            Assessment without = SCREENER.assess(left);
            for (int t = 0; t < withIt.treatments().size(); t++) {
                assertThat(risk(withIt.treatments().get(t).verdict())).as("seed %d: %s", seed, q)
                        .isGreaterThanOrEqualTo(risk(without.treatments().get(t).verdict()));
            }
            assertThat(withIt.notKnown()).as("seed %d", seed).containsKey(conditions ? Field.CONDITIONS : Field.MEDICATIONS);
        }
        return compared;
    }

    @Test
    void aFieldTheIntakeDoesNotHaveNeverMakesAVerdictSaferNorAFindingCertain() {
        String[] names = {"pregnant", "allergies", "history", "email", "blood thinners", "notes2"};
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Random r = new Random(seed);
            IntakeProfile p = RandomProfiles.profile(r, true);
            String[] pool = r.nextBoolean() ? RandomProfiles.CONDITIONS : RandomProfiles.MEDICATIONS;
            UnknownField extra = new UnknownField(names[r.nextInt(names.length)],
                    String.join(", ", RandomProfiles.pick(r, pool, 1, 2)));
            IntakeProfile q = new IntakeProfile(p.id(), p.concerns(), p.conditions(), p.medications(), p.age(),
                    p.fitzpatrick(), p.notes(), p.answers(), List.of(extra));
            Assessment before = SCREENER.assess(p);
            Assessment after = SCREENER.assess(q);
            for (int t = 0; t < before.treatments().size(); t++) {
                TreatmentAssessment b = before.treatments().get(t);
                TreatmentAssessment a = after.treatments().get(t);
                assertThat(risk(a.verdict())).as("seed %d: %s with %s", seed, p, extra).isGreaterThanOrEqualTo(risk(b.verdict()));
                for (int c = 0; c < b.checks().size(); c++) {
                    CheckStatus was = b.checks().get(c).status();
                    CheckStatus is = a.checks().get(c).status();
                    assertThat(is == CheckStatus.MATCHED).as("seed %d: %s with %s: certain only as before", seed, p, extra)
                            .isEqualTo(was == CheckStatus.MATCHED);
                    if (was != CheckStatus.CLEAR) {
                        assertThat(is).as("seed %d: %s with %s", seed, p, extra).isNotEqualTo(CheckStatus.CLEAR);
                    }
                }
            }
        }
    }

    @Test
    void anAbsoluteContraindicationLeftOpenIsAlwaysShownToMakeTheVerdictContraindicatedOnAYes() {
        int cautions = 0;
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Assessment a = SCREENER.assess(RandomProfiles.profile(new Random(seed), true));
            for (TreatmentAssessment ta : a.treatments()) {
                if (ta.verdict() == Verdict.CONTRAINDICATED || ta.verdict() == Verdict.NOT_INDICATED) {
                    continue;
                }
                cautions += ta.verdict() == Verdict.CAUTION ? 1 : 0;
                for (Check c : ta.checks()) {
                    boolean open = c.status() == CheckStatus.UNKNOWN || c.status() == CheckStatus.PROBABLE;
                    if (open && c.applicability().severity() == Severity.ABSOLUTE) {
                        assertThat(ta.whatIf()).as("seed %d: %s %s", seed, ta.treatment().id(), ta.verdict())
                                .anySatisfy(w -> {
                                    assertThat(w.contraindication()).isEqualTo(c.contraindication().id());
                                    assertThat(w.ifYes()).isEqualTo(Verdict.CONTRAINDICATED);
                                });
                    }
                }
            }
        }
        assertThat(cautions).as("the random profiles reach cautions").isPositive();
    }

    /**
     * What a report says an answer would change is what the record gives with that answer: "no -> suitable" had been
     * promised for a probable finding, which a no leaves as it is (the record wins over an answer, H16).
     */
    @Test
    void eachWhatIfIsTheVerdictTheRecordGivesWithItsQuestionAnswered() {
        // The random profiles, and each condition and medication of their pools alone in a record asked in full: a
        // probable finding is seldom the random profiles' only open check.
        List<IntakeProfile> profiles = new ArrayList<>();
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            profiles.add(RandomProfiles.profile(new Random(RandomProfiles.SEED + i), true));
        }
        for (String c : RandomProfiles.CONDITIONS) {
            profiles.add(new IntakeProfile("C", List.of("acne scars"), List.of(c), List.of(), 40, SkinType.of(FitzpatrickType.II), null, Map.of()));
        }
        for (String m : RandomProfiles.MEDICATIONS) {
            profiles.add(new IntakeProfile("M", List.of("acne scars"), List.of(), List.of(m), 40, SkinType.of(FitzpatrickType.II), null, Map.of()));
        }
        int probable = 0;
        for (int i = 0; i < profiles.size(); i++) {
            IntakeProfile p = profiles.get(i);
            Assessment a = SCREENER.assess(p);
            for (int t = 0; t < a.treatments().size(); t++) {
                TreatmentAssessment ta = a.treatments().get(t);
                for (WhatIf w : ta.whatIf()) {
                    probable += ta.checks().stream().anyMatch(c -> c.contraindication().id().equals(w.contraindication())
                            && c.status() == CheckStatus.PROBABLE) ? 1 : 0;
                    for (Answer answer : List.of(Answer.YES, Answer.NO)) {
                        Map<String, Answer> answers = new LinkedHashMap<>(p.answers());
                        answers.put(w.question().id(), answer);
                        IntakeProfile answered = new IntakeProfile(p.id(), p.concerns(), p.conditions(), p.medications(),
                                p.age(), p.fitzpatrick(), p.notes(), answers);
                        assertThat(SCREENER.assess(answered).treatments().get(t).verdict())
                                .as("case %d: %s; %s, %s %s", i, p, ta.treatment().id(), w.question().id(), answer)
                                .isEqualTo(answer == Answer.YES ? w.ifYes() : w.ifNo());
                    }
                }
            }
        }
        assertThat(probable).as("the random profiles reach what-ifs of probable findings").isPositive();
    }

    /** Every report can say why a check is open: each part it misses has a reason (H2; the JSON's notKnown). */
    @Test
    void everyPartAnOpenCheckMissesHasAReason() {
        Set<NotKnown> reached = EnumSet.noneOf(NotKnown.class);
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Assessment a = SCREENER.assess(RandomProfiles.profile(new Random(seed), true));
            for (TreatmentAssessment ta : a.treatments()) {
                for (Check c : ta.unknowns()) {
                    assertThat(c.missing()).as("seed %d: %s", seed, c.contraindication().id()).isNotEmpty();
                    assertThat(a.notKnown()).as("seed %d: %s", seed, c.contraindication().id())
                            .containsKeys(c.missing().toArray(Field[]::new));
                    c.missing().forEach(f -> reached.add(a.notKnown().get(f)));
                }
            }
        }
        assertThat(reached).as("the random profiles reach every reason").containsExactlyInAnyOrder(NotKnown.values());
    }

    /** Nothing is cleared that the record did not rule out: a check the lists left open was cleared by an answer no. */
    @Test
    void aCheckClearedWithoutItsListsWasClearedByAnAnswerAndIsNamedAsSuch() {
        int byAnswer = 0;
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Assessment a = SCREENER.assess(RandomProfiles.profile(new Random(seed), true));
            for (TreatmentAssessment ta : a.treatments()) {
                for (Check c : ta.checks()) {
                    if (c.status() == CheckStatus.CLEAR && !c.missing().isEmpty()) {
                        assertThat(c.answeredNo()).as("seed %d: %s", seed, c.contraindication().id()).isTrue();
                        assertThat(ta.clearedByAnswer()).as("seed %d", seed).contains(c);
                        byAnswer++;
                    }
                }
            }
        }
        assertThat(byAnswer).as("the random profiles reach checks cleared by an answer").isPositive();
    }

    @Test
    void removingAListNeverTurnsAnUnclearedVerdictIntoSuitable() {
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Random r = new Random(seed);
            IntakeProfile p = RandomProfiles.profile(r, false);
            int which = r.nextInt(3);
            IntakeProfile q = new IntakeProfile(p.id(), p.concerns(), which == 0 ? null : p.conditions(),
                    which == 1 ? null : p.medications(), p.age(), which == 2 ? null : p.fitzpatrick(), p.notes(), p.answers());
            Assessment before = SCREENER.assess(p);
            Assessment after = SCREENER.assess(q);
            for (int t = 0; t < before.treatments().size(); t++) {
                if (before.treatments().get(t).verdict() != Verdict.SUITABLE) {
                    assertThat(after.treatments().get(t).verdict()).as("seed %d: %s then %s", seed, p, q)
                            .isNotEqualTo(Verdict.SUITABLE);
                }
            }
            assertThat(after.recommendation() == null || before.recommendation() != null).as("seed %d", seed).isTrue();
        }
    }

    @Test
    void orderCaseAndSpacingOfListItemsNeverChangeTheAssessment() {
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Random r = new Random(seed);
            IntakeProfile p = RandomProfiles.profile(r, true);
            IntakeProfile q = new IntakeProfile(p.id(), scramble(p.concerns(), r), scramble(p.conditions(), r),
                    scramble(p.medications(), r), p.age(), p.fitzpatrick(), p.notes(), p.answers());
            Assessment a = SCREENER.assess(p);
            Assessment b = SCREENER.assess(q);
            for (int t = 0; t < a.treatments().size(); t++) {
                TreatmentAssessment x = a.treatments().get(t);
                TreatmentAssessment y = b.treatments().get(t);
                assertThat(y.verdict()).as("seed %d: %s vs %s", seed, p, q).isEqualTo(x.verdict());
                assertThat(ids(y.findings())).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(ids(x.findings()));
                assertThat(ids(y.unknowns())).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(ids(x.unknowns()));
            }
            assertThat(b.recommendation()).as("seed %d", seed).isEqualTo(a.recommendation());
        }
    }

    private static List<String> ids(List<Check> checks) {
        return checks.stream().map(c -> c.contraindication().id() + ":" + c.status()).toList();
    }

    private static List<String> scramble(List<String> items, Random r) {
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String s : items) {
            String cased = r.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
            out.add("  " + cased.replace(" ", r.nextBoolean() ? "   " : " ") + (r.nextBoolean() ? " " : ""));
        }
        Collections.shuffle(out, r);
        return out;
    }

    /**
     * screen writes the parts of a record that repeat (a treatment's heading, findings and open checks, the
     * questions, the stamp) once and then repeats their text: every record must still be exactly the JSON that
     * check writes for it, written field by field through Jackson.
     */
    @Test
    void screenRepeatsOnlyTextThatCheckWouldWriteForTheSameRecord() throws Exception {
        Random r = new Random(RandomProfiles.SEED);
        Stamp stamp = new Stamp("test", SCREENER.knowledgeBase());
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        BatchFormat.RecordWriter screen = new JsonLinesFormat(stamp).open(lines);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            IntakeProfile p = withNotes(RandomProfiles.profile(r, true), i % 5 == 0 ? "on warfarin \"since\" March" : null);
            Assessment a = SCREENER.assess(p);
            String source = "batch.jsonl:" + (i + 1);
            String hash = Hashes.sha256Prefix(p.toString());
            screen.write(new ScreenedRecord(IntakeRecord.valid(source, new ReadProfile(p, List.of()), hash), a));
            expected.add(CheckText.of(source, a, p.notesToRead(), stamp, hash));
        }
        screen.finish();
        assertThat(lines.toString(StandardCharsets.UTF_8)).as("seed %d", RandomProfiles.SEED)
                .isEqualTo(String.join("\n", expected) + "\n");
    }

    /**
     * The report a clinician reads drops nothing: under each treatment its verdict, every contraindication found or
     * left open with its question, and every question whose answer would change the verdict with what each answer
     * gives, however the open checks and questions are grouped to save lines; and every source it names is listed with
     * its title.
     */
    @Test
    void theTextReportNamesEveryFindingOpenCheckAndWhatIfAndListsEverySourceItNames() {
        int groupedChecks = 0;
        int groupedQuestions = 0;
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            long seed = RandomProfiles.SEED + i;
            Assessment a = SCREENER.assess(RandomProfiles.profile(new Random(seed), true));
            String text = TextReport.render(a, null, List.of(), SCREENER.knowledgeBase(), false);
            assertSourcesNamedAreListedWithTheirTitles(text, seed);
            List<TreatmentAssessment> treatments = a.treatments();
            for (int t = 0; t < treatments.size(); t++) {
                TreatmentAssessment ta = treatments.get(t);
                String heading = ta.treatment().name().toUpperCase(Locale.ROOT) + ": ";
                int end = t + 1 < treatments.size()
                        ? text.indexOf(treatments.get(t + 1).treatment().name().toUpperCase(Locale.ROOT) + ": ")
                        : text.length();
                String section = text.substring(text.indexOf(heading), end).replaceAll("\\s+", " ");
                String as = "seed " + seed + ": " + ta.treatment().id();
                assertThat(section).as(as).startsWith(heading + ta.verdict().word() + " ")
                        .contains(" checked " + ta.checks().size() + " contraindications: ");
                for (Check c : ta.findings()) {
                    assertThat(section).as(as).contains("[" + c.contraindication().id() + ", "
                            + c.applicability().severity().word());
                }
                for (Check c : ta.unknowns()) {
                    assertThat(section).as(as).contains("[" + c.contraindication().id() + ", "
                            + c.applicability().severity().word() + "]").contains(" ask: "
                            + c.contraindication().question().text().replaceAll("\\s+", " "));
                }
                groupedChecks += section.contains(" contraindications not ruled out: ") ? 1 : 0;
                Map<String, String> expected = new LinkedHashMap<>();
                ta.whatIf().forEach(w -> expected.put(w.question().id(),
                        "yes -> " + w.ifYes().word() + ", no -> " + w.ifNo().word()));
                Map<String, String> shown = new LinkedHashMap<>();
                int whatIf = section.indexOf(" what would change the answer: ");
                if (whatIf >= 0) {
                    String list = section.substring(whatIf, section.indexOf(" checked ", whatIf));
                    for (String item : list.split(" - ")) {
                        int colon = item.indexOf(": yes -> ");
                        if (colon < 0) {
                            continue;
                        }
                        for (String id : item.substring(0, colon).replaceFirst("^each of ", "").split(", ")) {
                            shown.put(id, item.substring(colon + 2).strip());
                        }
                        groupedQuestions += item.startsWith("each of ") ? 1 : 0;
                    }
                }
                assertThat(shown).as(as).isEqualTo(expected);
            }
        }
        assertThat(groupedChecks).as("the random profiles reach checks open for one reason").isPositive();
        assertThat(groupedQuestions).as("and questions whose answers change the verdict alike").isPositive();
    }

    /** Every source id the report names, in a citation or in a note's text, is listed under Sources with its title. */
    private static void assertSourcesNamedAreListedWithTheirTitles(String text, long seed) {
        int list = text.indexOf("\nSources:\n");
        assertThat(list).as("seed %d", seed).isPositive();
        Set<String> ids = new HashSet<>();
        SCREENER.knowledgeBase().sources().forEach(src -> ids.add(src.id()));
        Set<String> named = new TreeSet<>(List.of(text.substring(0, list).split("[^A-Za-z0-9]+")));
        named.retainAll(ids);
        Map<String, String> listed = new LinkedHashMap<>();
        String sources = text.substring(list + "\nSources:\n".length(), text.indexOf("\n\n", list + 1));
        for (String entry : sources.split("\n(?=  \\S)")) {
            String[] idAndTitle = entry.strip().split(" ", 2);
            listed.put(idAndTitle[0], idAndTitle[1].replaceAll("\\s+", " "));
        }
        assertThat(listed.keySet()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(named);
        listed.forEach((id, title) -> assertThat(title).as("seed %d: %s", seed, id)
                .isEqualTo(SCREENER.knowledgeBase().source(id).orElseThrow().title()));
    }

    private static IntakeProfile withNotes(IntakeProfile p, String notes) {
        return new IntakeProfile(p.id(), p.concerns(), p.conditions(), p.medications(), p.age(), p.fitzpatrick(), notes,
                p.answers(), p.unknownFields());
    }

    @Test
    void aRecordIsAssessedTheSameAloneInABatchAndUnderAnyNumberOfWorkers(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random r = new Random(RandomProfiles.SEED);
        List<IntakeProfile> profiles = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            IntakeProfile p = RandomProfiles.profile(r, true);
            profiles.add(p);
            var node = json.createObjectNode().put("id", p.id());
            node.set("concerns", json.valueToTree(p.concerns()));
            node.set("conditions", json.valueToTree(p.conditions()));
            node.set("medications", json.valueToTree(p.medications()));
            if (p.fitzpatrick() != null) {
                node.put("fitzpatrick", p.fitzpatrick().toString());
            }
            var answers = node.putObject("answers");
            p.answers().forEach((k, v) -> answers.put(k, v.word()));
            lines.append(json.writeValueAsString(node)).append('\n');
        }
        Path in = dir.resolve("batch.jsonl");
        Files.writeString(in, lines);
        Path one = dir.resolve("one.jsonl");
        Path three = dir.resolve("three.jsonl");
        Cli.run("screen", in.toString(), "--jobs", "1", "--output", one.toString());
        Cli.run("screen", in.toString(), "--jobs", "3", "--output", three.toString());
        assertThat(Files.mismatch(one, three)).as("seed %d", RandomProfiles.SEED).isEqualTo(-1L);
        List<String> out = Files.readAllLines(one);
        assertThat(out).hasSize(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            Assessment alone = SCREENER.assess(profiles.get(i));
            JsonNode batch = json.readTree(out.get(i));
            assertThat(batch.get("recommendation").isNull() ? null : batch.get("recommendation").asText())
                    .as("record %d", i).isEqualTo(alone.recommendation());
            for (int t = 0; t < alone.treatments().size(); t++) {
                JsonNode bt = batch.get("treatments").get(t);
                TreatmentAssessment at = alone.treatments().get(t);
                assertThat(bt.get("verdict").asText()).as("record %d", i).isEqualTo(at.verdict().word());
                List<String> ids = new ArrayList<>();
                bt.get("contraindications").forEach(c -> ids.add(c.get("id").asText()));
                assertThat(ids).as("record %d", i).isEqualTo(at.findings().stream().map(c -> c.contraindication().id()).toList());
            }
        }
    }

    /**
     * Each reader binds the same profile from the same data: written as a YAML file, a JSON file, a JSON Lines line
     * and a CSV row (its absent lists as missing columns, its answers as answer columns), a profile gets the same
     * report in every format, apart from its source and the hash of its bytes.
     */
    @Test
    void aProfileIsAssessedTheSameInEveryFormatItCanBeWrittenIn(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        Random r = new Random(RandomProfiles.SEED);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < RandomProfiles.CASES; i++) {
            IntakeProfile p = RandomProfiles.profile(r, true);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", p.id());
            fields.put("concerns", p.concerns());
            if (p.conditions() != null) {
                fields.put("conditions", p.conditions());
            }
            if (p.medications() != null) {
                fields.put("medications", p.medications());
            }
            fields.put("age", p.age());
            if (p.fitzpatrick() != null) {
                fields.put("fitzpatrick", p.fitzpatrick().toString());
            }
            Map<String, String> answers = new LinkedHashMap<>();
            p.answers().forEach((q, a) -> answers.put(q, a.word()));
            if (!answers.isEmpty()) {
                fields.put("answers", answers);
            }
            String name = String.format(Locale.ROOT, "p%04d", i);
            lines.append(json.writeValueAsString(fields)).append('\n');
            Cli.write(dir, "json/" + name + ".json", json.writerWithDefaultPrettyPrinter().writeValueAsString(fields));
            Cli.write(dir, "yaml/" + name + ".yaml", yaml.writeValueAsString(fields));
            Map<String, String> row = new LinkedHashMap<>();
            fields.forEach((k, v) -> {
                if (v instanceof List<?> list) {
                    row.put(k, String.join(";", list.stream().map(String::valueOf).toList()));
                } else if (!(v instanceof Map)) {
                    row.put(k, String.valueOf(v));
                }
            });
            row.putAll(answers);
            Cli.write(dir, "csv/" + name + ".csv", csvLine(row.keySet()) + csvLine(row.values()));
        }
        Cli.write(dir, "all.jsonl", lines.toString());
        List<JsonNode> expected = reports(dir.resolve("all.jsonl"));
        assertThat(expected).hasSize(RandomProfiles.CASES);
        for (String format : List.of("yaml", "json", "csv")) {
            List<JsonNode> actual = reports(dir.resolve(format));
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as("%s, profile %d, seed %d", format, i, RandomProfiles.SEED)
                        .isEqualTo(expected.get(i));
            }
        }
    }

    /** `screen`'s JSON Lines report of the input, without what names the input: its source and its bytes' hash. */
    private static List<JsonNode> reports(Path input) throws Exception {
        Cli.Result r = Cli.run("screen", input.toString(), "--format", "jsonl");
        assertThat(r.exit()).as(r.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            ObjectNode node = (ObjectNode) json.readTree(line);
            node.remove("source");
            node.remove("stamp");
            out.add(node);
        }
        return out;
    }

    private static String csvLine(Collection<String> cells) {
        return String.join(",", cells.stream()
                .map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList()) + "\n";
    }
}
