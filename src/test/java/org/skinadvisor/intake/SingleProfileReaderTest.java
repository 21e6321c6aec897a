package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each hostile or odd input class gets a test: fail fast, fail small, name the line, never echo the data. */
class SingleProfileReaderTest {
    private final SingleProfileReader reader = new SingleProfileReader(new ProfileBinder(Set.of("blood-thinners")), "one profile");

    private ReadProfile yaml(String text) throws InvalidInputException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), IntakeFormat.YAML);
    }

    private ReadProfile json(String text) throws InvalidInputException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), IntakeFormat.JSON);
    }

    private InvalidInputException yamlError(String text) {
        return catchThrowableOfType(InvalidInputException.class, () -> yaml(text));
    }

    private InvalidInputException jsonError(String text) {
        return catchThrowableOfType(InvalidInputException.class, () -> json(text));
    }

    /** A `---` typed twice, or left at the end of a file as some writers do, starts a document of nothing. */
    @Test
    void emptyDocumentsBesideTheProfileAreNotASecondOne() throws Exception {
        assertThat(yaml("---\n---\nid: a\nconcerns: [pores]\n---\n# next patient\n---\n").profile().id()).isEqualTo("a");
        assertThat(yamlError("---\n# nothing yet\n---\n").problem()).isEqualTo(Problem.EMPTY);
        assertThat(yamlError("---\n# nothing yet\n---\n").getMessage())
                .isEqualTo("no intake profile: every document in the input is empty");
        assertThat(yamlError("id: a\nconcerns: [pores]\n--- ~\n").problem()).as("null, written")
                .isEqualTo(Problem.MULTIPLE_DOCUMENTS);
        assertThat(yamlError("---\n---\nid: a\nconcerns: [pores]\n---\nid: b\n").problem())
                .isEqualTo(Problem.MULTIPLE_DOCUMENTS);
    }

    @Test
    void aSkinTypeMayBeARangeOfTwo() throws Exception {
        assertThat(yaml("id: a\nconcerns: [pores]\nfitzpatrick: III-IV\n").profile().fitzpatrick())
                .isEqualTo(new SkinType(FitzpatrickType.III, FitzpatrickType.IV));
        assertThat(yaml("id: a\nconcerns: [pores]\nfitzpatrick: 3 to 4\n").profile().fitzpatrick()).hasToString("III-IV");
    }

    @Test
    void readsTheDocumentedProfile() throws Exception {
        IntakeProfile p = yaml("""
                id: P-0042
                concerns: [acne scars]
                conditions: [eczema]
                medications: [Eliquis]
                age: 34
                fitzpatrick: IV
                notes: "prefers mornings"
                answers: {blood-thinners: yes}
                """).profile();
        assertThat(p.id()).isEqualTo("P-0042");
        assertThat(p.concerns()).containsExactly("acne scars");
        assertThat(p.conditions()).containsExactly("eczema");
        assertThat(p.medications()).containsExactly("Eliquis");
        assertThat(p.age()).isEqualTo(34);
        assertThat(p.fitzpatrick()).isEqualTo(SkinType.of(FitzpatrickType.IV));
        assertThat(p.answers()).containsEntry("blood-thinners", Answer.YES);
        assertThat(p.notes()).isEqualTo("prefers mornings");
        assertThat(yaml("id: a\nconcerns: [pores]\nfitzpatrick: 4\n").profile().fitzpatrick())
                .as("a skin type as a number").isEqualTo(SkinType.of(FitzpatrickType.IV));
    }

    /** A field written with nothing after it (`age:`) says nothing: not recorded, never an error and never none. */
    @Test
    void aFieldLeftEmptyIsNotRecorded() throws Exception {
        IntakeProfile p = yaml("id: a\nconcerns: [pores]\nconditions:\nmedications: ''\nage:\nfitzpatrick:\nnotes:\nanswers:\n")
                .profile();
        assertThat(p.conditions()).isNull();
        assertThat(p.medications()).isNull();
        assertThat(p.age()).isNull();
        assertThat(p.fitzpatrick()).isNull();
        assertThat(p.notes()).isNull();
        assertThat(p.answers()).isEmpty();
    }

    @Test
    void absentMeansUnknownAndEmptyMeansAskedNone() throws Exception {
        IntakeProfile p = yaml("id: a\nconcerns: [pores]\nconditions: []\nmedications:\n").profile();
        assertThat(p.conditions()).isEmpty();
        assertThat(p.medications()).isNull();
        assertThat(json("{\"id\":\"a\",\"concerns\":[\"pores\"],\"medications\":null}").profile().conditions()).isNull();
        assertThat(yaml("id: a\nconcerns: [pores]\nmedications: [none]\n").profile().medications()).isEmpty();
    }

    @Test
    void aMisspeltFieldIsAWarningWithASuggestionAndTheListStaysUnknown() throws Exception {
        ReadProfile r = yaml("id: a\nconcerns: [pores]\nmedicatons: [warfarin]\n");
        assertThat(r.profile().medications()).isNull();
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).isEqualTo("unknown field `medicatons` (did you mean `medications`?): not read, only searched for terms to ask about");
            assertThat(w.line()).isEqualTo(3);
        });
    }

    @Test
    void anUnknownFieldKeepsItsTextKeysBeforeTheirValuesForTheRulesToSearch() throws Exception {
        ReadProfile r = yaml("id: a\nconcerns: [pores]\npregnant: yes\nemail: ''\nphone:\n"
                + "history: {moles: [back, arm], smoker: null, empty: {}, seen: 2024}\nflags: [[true, 3]]\n");
        assertThat(r.profile().unknownFields()).containsExactly(new UnknownField("pregnant", "yes"),
                new UnknownField("history", "moles: back, arm, seen: 2024"), new UnknownField("flags", "true, 3"));
        assertThat(r.warnings()).extracting(IntakeWarning::message).allMatch(m -> m.endsWith(": not read, only searched"
                + " for terms to ask about")).hasSize(5);
        assertThat(json("{\"id\":\"a\",\"concerns\":[\"pores\"],\"allergies\":[\" lidocaine \"]}").profile()
                .unknownFields()).containsExactly(new UnknownField("allergies", "lidocaine"));
    }

    @Test
    void aFieldNamedForTheSkinTypeSaysItGoesInFitzpatrick() throws Exception {
        ReadProfile r = new SingleProfileReader(new ProfileBinder(Set.of("skin-type")), "one profile")
                .read("id: a\nconcerns: [pores]\nskin-type: IV\n".getBytes(StandardCharsets.UTF_8), IntakeFormat.YAML);
        assertThat(r.warnings().get(0).message()).isEqualTo("unknown field `skin-type` (a skin type I-VI goes in"
                + " `fitzpatrick`; an answer to `skin-type` goes under `answers`): not read, only searched for terms to ask about");
        assertThat(yaml("id: a\nconcerns: [pores]\nphototype: 4\n").warnings().get(0).message())
                .startsWith("unknown field `phototype` (a skin type I-VI goes in `fitzpatrick`):");
    }

    @Test
    void aFieldWithAnIntakeFieldsNameAmongItsWordsIsAskedToBeRenamed() throws Exception {
        ReadProfile r = yaml("id: a\nconcerns: [pores]\nmedical_conditions: [none]\npatient-age: 34\n"
                + "notes_on_medications: x\n");
        assertThat(r.warnings()).extracting(IntakeWarning::message).containsExactly(
                "unknown field `medical_conditions` (rename it `conditions` if that is what it holds): not read, only"
                        + " searched for terms to ask about",
                "unknown field `patient-age` (rename it `age` if that is what it holds): not read, only searched for"
                        + " terms to ask about",
                "unknown field `notes_on_medications`: not read, only searched for terms to ask about");
        assertThat(r.profile().conditions()).as("never read for the field it names").isNull();
    }

    /** An export that wraps the profile in a field of its own: the missing fields are said to be inside it. */
    @Test
    void aRequiredFieldNestedInAnotherFieldIsSaidToBeThere() {
        assertThat(jsonError("{\"patient\":{\"id\":\"P-1\",\"concerns\":[\"pores\"]}}").all())
                .extracting(InvalidInputException::getMessage).containsExactly(
                        "required field `id` is missing (it is inside `patient`: an intake profile's fields go at the top"
                                + " level, not inside another field)",
                        "required field `concerns` is missing (it is inside `patient`: an intake profile's fields go at"
                                + " the top level, not inside another field)");
        assertThat(yamlError("id: P-1\ndoctor: {id: D-1}\nnotes: [x]\n").all()).extracting(InvalidInputException::getMessage)
                .as("only the missing field's own name counts").contains("required field `concerns` is missing");
        assertThat(yamlError("id: P-1\nform: {page: {concerns: [pores]}}\n").getMessage())
                .as("only the wrapping mapping's own keys").isEqualTo("required field `concerns` is missing");
    }

    @Test
    void anAnswerWrittenAsAFieldSaysThatAnswersGoUnderAnswers() throws Exception {
        ReadProfile r = yaml("id: a\nconcerns: [pores]\nblood-thinners: no\nBlood-thinner: no\n");
        assertThat(r.profile().answers()).isEmpty();
        assertThat(r.warnings()).extracting(IntakeWarning::message).containsExactly(
                "unknown field `blood-thinners` (an answer goes under `answers`): not read, only searched for terms to ask about",
                "unknown field `Blood-thinner` (an answer goes under `answers`: did you mean `blood-thinners`?): not read,"
                        + " only searched for terms to ask about");
    }

    @Test
    void aYesUnderAQuestionTheKnowledgeBaseDoesNotHaveIsKeptToBeAskedAboutWithTheQuestionItMayMean() throws Exception {
        ReadProfile r = yaml("id: a\nconcerns: [pores]\nanswers: {blood-thinner: yes, smoker: yes, keloid: no}\n"
                + "blood-thinners: y\nbloodthinners: maybe\n");
        assertThat(r.profile().answers()).isEmpty();
        assertThat(r.profile().unknownFields()).containsExactly(
                new UnknownField("answers.blood-thinner", "yes", "blood-thinners"),
                new UnknownField("answers.smoker", "yes", null),
                new UnknownField("blood-thinners", "y", "blood-thinners"),
                new UnknownField("bloodthinners", "maybe", null));
        assertThat(r.warnings().get(0).message()).isEqualTo("unknown question `blood-thinner` in answers (did you mean"
                + " `blood-thinners`?): its yes is not read, only asked about");
        assertThat(r.warnings().get(2).message()).as("a no is dropped: it could only clear")
                .isEqualTo("unknown question `keloid` in answers ignored");
    }

    @Test
    void anAnswerLeftEmptyIsNotAnAnswerWhileUnknownIs() throws Exception {
        assertThat(yaml("id: a\nconcerns: [pores]\nanswers:\n  blood-thinners:\n").profile().answers()).isEmpty();
        assertThat(yaml("id: a\nconcerns: [pores]\nanswers: {blood-thinners: unknown}\n").profile().answers())
                .containsEntry("blood-thinners", Answer.UNKNOWN);
        ReadProfile near = yaml("id: a\nconcerns: [pores]\nanswers: {blood-thinner: unknown}\n");
        assertThat(near.profile().answers()).as("an unknown can only keep the near question open")
                .containsExactlyEntriesOf(Map.of("blood-thinners", Answer.UNKNOWN));
        assertThat(near.warnings().get(0).message()).isEqualTo("unknown question `blood-thinner` in answers (did you mean"
                + " `blood-thinners`?): read as blood-thinners: unknown, which keeps it open");
        assertThat(yaml("id: a\nconcerns: [pores]\nanswers: {blood-thinners: no, blood-thinner: unknown}\n").profile()
                .answers()).as("the question's own answer wins").containsExactlyEntriesOf(Map.of("blood-thinners", Answer.NO));
        assertThat(yaml("id: a\nconcerns: [pores]\nanswers: {blood-thinner: unknown, blood-thinners: no}\n").profile()
                .answers()).containsExactlyEntriesOf(Map.of("blood-thinners", Answer.NO));
        assertThat(yamlError("id: a\nconcerns: [pores]\nanswers: {blood-thinners: maybe}\n").getMessage())
                .isEqualTo("answer to `blood-thinners` must be yes, no or unknown (or empty when not asked)");
    }

    @Test
    void anUnknownAnswerKeyIsAWarning() throws Exception {
        ReadProfile r = yaml("id: a\nconcerns: [pores]\nanswers: {blood-thinner: no}\n");
        assertThat(r.profile().answers()).isEmpty();
        assertThat(r.warnings().get(0).message()).contains("did you mean `blood-thinners`");
    }

    @Test
    void duplicateKeysAreErrorsInYamlAndJson() {
        InvalidInputException y = yamlError("id: a\nconcerns: [pores]\nmedications: []\nmedications: [warfarin]\n");
        assertThat(y.problem()).isEqualTo(Problem.DUPLICATE_KEY);
        assertThat(y.located()).isEqualTo("4:1: duplicate key `medications`: a second value could hide the first");
        InvalidInputException j = jsonError("{\"id\":\"a\",\"concerns\":[\"x\"],\"medications\":[],\"medications\":[\"warfarin\"]}");
        assertThat(j.problem()).isEqualTo(Problem.DUPLICATE_KEY);
        assertThat(j.located()).startsWith("1:45: duplicate key `medications`");
    }

    /** A repeated key does not stop the reading: the errors after it are found too, at any depth. */
    @Test
    void aRecordIsReadOnPastARepeatedKey() {
        InvalidInputException e = yamlError("id: a\nconcerns: [pores]\nconcerns: [scars, {x: 1}]\nfitzpatrick: VII\n"
                + "answers: {blood-thinners: no, blood-thinners: yes}\nextra: {note: a, note: b}\n");
        assertThat(e.all()).extracting(InvalidInputException::located).containsExactly(
                "3:1: duplicate key `concerns`: a second value could hide the first",
                "4:14: `fitzpatrick` must be a skin type I-VI (or 1-6) or a range such as III-IV; leave it out when it is not known",
                "5:31: duplicate key `blood-thinners`: a second value could hide the first",
                "6:18: duplicate key `note`: a second value could hide the first");
        InvalidInputException j = jsonError("{\"id\":\"a\",\"id\":\"b\",\"concerns\":[\"pores\"],\"age\":\"old\"}");
        assertThat(j.all()).extracting(InvalidInputException::problem)
                .containsExactly(Problem.DUPLICATE_KEY, Problem.TYPE);
    }

    /** Keys are counted per mapping: two mappings in a list may use the same keys. */
    @Test
    void theSameKeyInSiblingMappingsIsNoRepeat() throws Exception {
        ReadProfile r = yaml("id: a\nconcerns: [pores]\nextra: [{note: a, when: x}, {note: b, when: y}]\n"
                + "answers: {blood-thinners: no}\n");
        assertThat(r.profile().answers()).containsOnlyKeys("blood-thinners");
        assertThat(r.warnings()).extracting(IntakeWarning::located)
                .containsExactly("3:1: unknown field `extra`: not read, only searched for terms to ask about");
    }

    @Test
    void yamlAliasesAnchorsAndTagsAreRefused() {
        assertThat(yamlError("id: a\nbase: &m [warfarin]\nconcerns: [pores]\nmedications: *m\n").problem())
                .isEqualTo(Problem.UNSUPPORTED_YAML);
        assertThat(yamlError("id: a\nconcerns: [pores]\nmedications: *nope\n").getMessage()).contains("aliases");
        InvalidInputException tag = yamlError("id: !!javax.script.ScriptEngineManager [x]\nconcerns: [pores]\n");
        assertThat(tag.problem()).isEqualTo(Problem.UNSUPPORTED_YAML);
        assertThat(tag.line()).isEqualTo(1);
        assertThat(yamlError("id: !!str 42\nconcerns: [pores]\n").problem()).isEqualTo(Problem.UNSUPPORTED_YAML);
        InvalidInputException aliasAsName = yamlError("id: a\nbase: &pores x\n*pores : y\nconcerns: [pores]\n");
        assertThat(aliasAsName.problem()).isEqualTo(Problem.UNSUPPORTED_YAML);
        assertThat(aliasAsName.located()).startsWith("3:1: an alias (`*name`) where a field name should be");
        InvalidInputException aliasInBraces = yamlError("{id: a, *pores : y}\n");
        assertThat(aliasInBraces.problem()).isEqualTo(Problem.UNSUPPORTED_YAML);
        assertThat(aliasInBraces.column()).isEqualTo(9);
    }

    @Test
    void billionLaughsFailsFastOnTheFirstAnchor() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertThat(yamlError(bomb.toString()).problem()).isEqualTo(Problem.UNSUPPORTED_YAML);
    }

    @Test
    void deepNestingIsBounded() {
        assertThat(yamlError("id: a\nx: " + "[".repeat(2000) + "]".repeat(2000) + "\n").problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        StringBuilder block = new StringBuilder("id: a\n");
        for (int i = 0; i < 60; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(yamlError(block.toString()).problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(jsonError("{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}").problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    }

    @Test
    void hugeScalarsAndFilesAreRefused() {
        assertThat(yamlError("id: a\nconcerns: [\"" + "x".repeat(50_000) + "\"]\n").problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(yamlError("id: a\n" + "k".repeat(1000) + ": 1\n").problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(jsonError("{\"id\":\"" + "x".repeat(50_000) + "\"}").problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(yamlError("id: a\nage: " + "9".repeat(100) + "\n").problem()).isEqualTo(Problem.TYPE);
        assertThat(jsonError("{\"id\":\"a\",\"age\":" + "9".repeat(100) + "}").problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        byte[] big = new byte[5 << 20];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> reader.read(big, IntakeFormat.YAML)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED));
    }

    @Test
    void emptyAndCommentOnlyInputsAreErrors() {
        assertThat(yamlError("").problem()).isEqualTo(Problem.EMPTY);
        assertThat(yamlError("# nothing here\n").problem()).isEqualTo(Problem.EMPTY);
        assertThat(jsonError("   ").problem()).isEqualTo(Problem.EMPTY);
    }

    @Test
    void binaryAndNonUtf8InputAreEncodingErrors() {
        byte[] latin1 = "id: Ren\u00e9\nconcerns: [pores]\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(latin1, IntakeFormat.YAML)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problem()).isIn(Problem.ENCODING, Problem.SYNTAX));
        byte[] binary = {0x00, 0x01, (byte) 0xFF, (byte) 0xFE, 0x07, 0x1B};
        assertThatThrownBy(() -> reader.read(binary, IntakeFormat.YAML)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reader.read(binary, IntakeFormat.JSON)).isInstanceOf(InvalidInputException.class);
        assertThat(yamlError("id: a\u0007\nconcerns: [pores]\n").problem()).isEqualTo(Problem.ENCODING);
    }

    @Test
    void anUnclosedObjectSaysSoWithoutTheParsersSettings() {
        InvalidInputException e = jsonError("{\"id\":\"a\",\"concerns\":[\"pores\"]");
        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.getMessage()).isEqualTo("the record ends before its closing `}`");
        assertThat(jsonError("{\"id\":\"\u00e9\",\"concerns\":[\"pores\"]").located())
                .isEqualTo("1:31: the record ends before its closing `}`");
    }

    @Test
    void halfASurrogatePairIsAnEncodingErrorAndAWholePairIsACharacter() throws Exception {
        for (String half : List.of("\\uD800", "\\uDC00", "x\\uD83D", "\\uDE00\\uD83D")) {
            InvalidInputException j = jsonError("{\"id\":\"a" + half + "\",\"concerns\":[\"pores\"]}");
            assertThat(j.problem()).as(half).isEqualTo(Problem.ENCODING);
            assertThat(j.getMessage()).contains("half a surrogate pair");
            assertThat(yamlError("id: a\nconcerns: [pores]\nmedications: [\"warfarin" + half + "\"]\n").problem())
                    .as(half).isEqualTo(Problem.ENCODING);
        }
        assertThat(json("{\"id\":\"a\\uD83D\\uDE00\",\"concerns\":[\"pores\"]}").profile().id()).isEqualTo("a\uD83D\uDE00");
        assertThat(yaml("id: \"a\\uD83D\\uDE00\"\nconcerns: [pores]\n").profile().id()).isEqualTo("a\uD83D\uDE00");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsSimplyWork() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id: a\r\nconcerns: [pores]\r\nconditions: []\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, data, 0, 3);
        System.arraycopy(body, 0, data, 3, body.length);
        assertThat(reader.read(data, IntakeFormat.YAML).profile().conditions()).isEmpty();
        byte[] jsonBody = "{\"id\":\"a\",\r\n\"concerns\":[\"pores\"]}".getBytes(StandardCharsets.UTF_8);
        byte[] jsonData = new byte[3 + jsonBody.length];
        System.arraycopy(bom, 0, jsonData, 0, 3);
        System.arraycopy(jsonBody, 0, jsonData, 3, jsonBody.length);
        assertThat(reader.read(jsonData, IntakeFormat.JSON).profile().id()).isEqualTo("a");
    }

    @Test
    void wrongTypesAreErrorsWithTheirLine() {
        InvalidInputException scalar = yamlError("id: a\nconcerns: [pores]\nmedications: isotretinoin\n");
        assertThat(scalar.problem()).isEqualTo(Problem.TYPE);
        assertThat(scalar.line()).isEqualTo(3);
        assertThat(yamlError("- a\n- b\n").problem()).isEqualTo(Problem.TYPE);
        assertThat(yamlError("- id: a\n  concerns: [pores]\n- id: b\n  concerns: [pores]\n").getMessage())
                .isEqualTo("expected an intake profile, found a list (one profile; in YAML, each profile a document of its"
                        + " own, separated by --- lines)");
        assertThat(yamlError("hello\n").problem()).isEqualTo(Problem.TYPE);
        assertThat(jsonError("{\"id\":\"a\",\"concerns\":[1]}").problem()).isEqualTo(Problem.TYPE);
        assertThat(yamlError("id: a\nconcerns: []\n").getMessage()).contains("at least one concern");
    }

    @Test
    void aSkinTypeWrittenAsUnknownIsAnErrorThatSaysToLeaveItOut() {
        InvalidInputException e = yamlError("id: a\nconcerns: [pores]\nfitzpatrick: unknown\n");
        assertThat(e.problem()).isEqualTo(Problem.TYPE);
        assertThat(e.getMessage()).contains("must be a skin type I-VI (or 1-6) or a range such as III-IV; leave it out when it is not known");
    }

    @Test
    void missingRequiredFieldsAreErrors() {
        assertThat(yamlError("concerns: [pores]\n").getMessage()).contains("`id`");
        assertThat(yamlError("id: a\nconditions: []\n").problem()).isEqualTo(Problem.MISSING_FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"042", "0x2A", "42.9", "\"42\"", "-1", "+42", "131", "200", "1_000", "no"})
    void ageIsNeverCoerced(String age) {
        assertThat(yamlError("id: a\nconcerns: [pores]\nage: " + age + "\n").problem()).isEqualTo(Problem.TYPE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 42, 130})
    void agesFromNoughtTo130AreRead(int age) throws InvalidInputException {
        assertThat(json("{\"id\":\"a\",\"concerns\":[\"pores\"],\"age\":" + age + "}").profile().age()).isEqualTo(age);
        assertThat(yaml("id: a\nconcerns: [pores]\nage: " + age + "\n").profile().age()).isEqualTo(age);
    }

    @Test
    void jsonAgeIsNeverCoercedEither() {
        assertThat(jsonError("{\"id\":\"a\",\"concerns\":[\"pores\"],\"age\":42.9}").problem()).isEqualTo(Problem.TYPE);
        assertThat(jsonError("{\"id\":\"a\",\"concerns\":[\"pores\"],\"age\":\"42\"}").problem()).isEqualTo(Problem.TYPE);
    }

    @Test
    void anIdThatReadsAsADecimalNumberOrATruthValueIsAskedToBeQuoted() throws Exception {
        assertThat(yamlError("id: 1.50\nconcerns: [pores]\n").getMessage())
                .contains("reads as a decimal number: put it in quotes").doesNotContain("1.50");
        assertThat(yamlError("id: 1e3\nconcerns: [pores]\n").getMessage()).contains("reads as a decimal number");
        assertThat(jsonError("{\"id\":true,\"concerns\":[\"pores\"]}").getMessage()).contains("reads as true or false");
        assertThat(yamlError("id: ~\nconcerns: [pores]\n").getMessage()).isEqualTo("`id` must be non-empty text");
        assertThat(yaml("id: \"1.50\"\nconcerns: [pores]\n").profile().id()).isEqualTo("1.50");
        assertThat(yaml("id: 0042\nconcerns: [pores]\n").profile().id()).isEqualTo("0042");
    }

    @Test
    void aMissingFieldNamesTheUnknownFieldThatLooksLikeIt() {
        InvalidInputException capital = yamlError("id: a\nConcerns: [pores]\n");
        assertThat(capital.problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(capital.getMessage()).isEqualTo("required field `concerns` is missing"
                + " (`Concerns` is not it: field names are lower case)");
        assertThat(jsonError("{\"concerns\":[\"pores\"],\"notes\":\"x\",\"ID\":\"a\"}").getMessage())
                .isEqualTo("required field `id` is missing (`ID` is not it: field names are lower case)");
        assertThat(yamlError("id: a\nconcern: [pores]\n").getMessage())
                .endsWith("(`concern` is not it: is it misspelt?)");
        assertThat(yamlError("id: a\nconditions: [eczema]\n").getMessage()).isEqualTo("required field `concerns` is missing");
    }

    @Test
    void yesAndNoStayWordsInLists() throws Exception {
        assertThat(yaml("id: NO\nconcerns: [pores]\nmedications: [no, off]\n").profile().medications()).containsExactly("no", "off");
        assertThat(yaml("id: NO\nconcerns: [pores]\n").profile().id()).isEqualTo("NO");
    }

    @Test
    void aSecondYamlDocumentIsAnErrorNotSilentlyDropped() {
        InvalidInputException e = yamlError("id: a\nconcerns: [pores]\n---\nid: b\nconcerns: [pores]\n");
        assertThat(e.problem()).isEqualTo(Problem.MULTIPLE_DOCUMENTS);
        assertThat(jsonError("{\"id\":\"a\",\"concerns\":[\"x\"]} {\"id\":\"b\"}").problem()).isEqualTo(Problem.SYNTAX);
    }

    @Test
    void syntaxErrorsNameTheLineAndColumnAndNeverEchoTheData() {
        InvalidInputException y = yamlError("id: a\nconcerns: [pores\nnotes: \"Jane Doe has warfarin\n");
        assertThat(y.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(y.line()).isPositive();
        assertThat(y.getMessage()).doesNotContain("Jane", "warfarin");
        InvalidInputException j = jsonError("{\"id\": \"a\", \"concerns\": [JaneDoe]}");
        assertThat(j.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(j.line()).isEqualTo(1);
        assertThat(j.column()).isPositive();
        assertThat(j.getMessage()).doesNotContain("JaneDoe");
        InvalidInputException tab = yamlError("id: a\n\tconcerns: [SecretName]\n");
        assertThat(tab.getMessage()).doesNotContain("SecretName");
    }

    @Test
    void controlCharactersAreKeptAsDataForTheRenderersToNeutralise() throws Exception {
        ReadProfile r = json("{\"id\":\"a\\u001b[2J\",\"concerns\":[\"pores\"]}");
        assertThat(r.profile().id()).isEqualTo("a\u001b[2J");
    }

    @Test
    void aStrayControlCharacterInYamlIsNamedWhereItStandsNotAtTheStart() {
        InvalidInputException e = yamlError("id: a\nconcerns: [acne\u0001 scars]\n");
        assertThat(e.problem()).isEqualTo(Problem.ENCODING);
        assertThat(e.located()).isEqualTo("2:16: control character U+0001 is not allowed in YAML: delete it");
        // A byte order mark takes no column, an emoji is one character, CR LF is one line break.
        assertThat(yamlError("\uFEFFid: a\r\nconcerns: [\u00e9\uD83D\uDE00 x]\r\nconditions: [b\u007f]\n").located())
                .startsWith("3:15: control character U+007F ");
        // SnakeYAML's other line breaks: a lone CR, NEL and the line separator.
        assertThat(yamlError("id: a\nconcerns: [x]\nnotes: \"\u2028 \u0085 \r \u0002\"\n").located()).startsWith("6:2: ");
        assertThat(yamlError("\u0001id: a\n").located()).startsWith("1:1: control character U+0001 ");
        assertThat(yamlError("id: a\nconcerns: [x]\nnotes: \"\uFFFE\"\n").located())
                .isEqualTo("3:9: character U+FFFE is not allowed in YAML: delete it");
    }

    @Test
    void aRawControlCharacterInJsonSaysWhereItIsAndHowToWriteIt() {
        assertThat(jsonError("{\"id\":\"a\",\"concerns\":[\"acne\u0001scars\"]}").located())
                .isEqualTo("1:28: control character U+0001 in quoted text: delete it, or write it as \\u0001");
        assertThat(jsonError("{\"id\":\"a\",\u0002\"concerns\":[\"x\"]}").located())
                .isEqualTo("1:12: control character U+0002 between values: delete it");
        InvalidInputException key = jsonError("{\"id\":\"a\",\"con\u001fcerns\":[\"x\"]}");
        assertThat(key.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(key.located()).isEqualTo("1:15: control character U+001F in a key: delete it");
    }

    @Test
    void textThatIsNotUtf8IsPlacedAtItsFirstBadByteWithWhatToDo() {
        byte[] latinYaml = "id: a\nconcerns: [pores]\nnotes: \"Ren\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read(latinYaml, IntakeFormat.YAML)).located())
                .isEqualTo("3:12: not valid UTF-8 text (byte 0xE9): save the file as UTF-8");
        byte[] latinJson = "{\"id\":\"a\",\n\"notes\":\"Ren\u00e9 \"}".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException json = catchThrowableOfType(InvalidInputException.class, () -> reader.read(latinJson, IntakeFormat.JSON));
        assertThat(json.problem()).isEqualTo(Problem.ENCODING);
        assertThat(json.located()).isEqualTo("2:13: not valid UTF-8 text (byte 0xE9): save the file as UTF-8");
        byte[] markedJson = "\uFEFF{\"id\":\"Ren\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        markedJson[markedJson.length - 4] = (byte) 0xE9;
        markedJson[markedJson.length - 3] = ' ';
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read(markedJson, IntakeFormat.JSON)).located())
                .isEqualTo("1:11: not valid UTF-8 text (byte 0xE9): save the file as UTF-8");
    }

    @Test
    void jsonColumnsCountCharactersAsAnEditorDoesNotBytes() throws Exception {
        String error = "\"concerns\":[x]}";
        assertThat(jsonError("{\"id\":\"eee\"," + error).column()).isEqualTo(25);
        assertThat(jsonError("{\"id\":\"\u00e9\u00e9\u00e9\"," + error).column()).isEqualTo(25);
        assertThat(jsonError("{\"id\":\"\uD83D\uDE00\u4e2d\u00e9\"," + error).column()).isEqualTo(25);
        assertThat(jsonError("\uFEFF{\"id\":\"\u00e9\u00e9\u00e9\"," + error).column()).isEqualTo(25);
        InvalidInputException second = jsonError("{\"id\":\"\u00e9\",\r\n\"notes\":\"\u00e9\",\r\"concerns\":[\"\u00e9\", x]}");
        assertThat(second.located()).startsWith("3:18: ");
        ReadProfile warned = json("{\"id\":\"\u00e9\u00e9\",\"concerns\":[\"pores\"],\"concernz\":[]}");
        assertThat(warned.warnings()).singleElement().satisfies(w -> assertThat(w.located()).startsWith("1:33: "));
    }

    @Test
    void theCommonestJsonMistakesAreSaidInPlainWordsAtTheirPlace() {
        Map<String, String> mistakes = new LinkedHashMap<>();
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"pores\"],}", "1:32: a comma before `}`: JSON allows none after the last entry");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"pores\",]}", "1:31: a value is missing before `]` (a comma after the last"
                + " entry? JSON allows none)");
        mistakes.put("{'id':'a'}", "1:2: JSON writes text in double quotes (\"), not single quotes (')");
        mistakes.put("{id:\"a\"}", "1:2: field names are written in double quotes in JSON (\"id\": ...)");
        mistakes.put("{\"id\":\"a\" \"concerns\":[]}", "1:11: a comma is missing between two fields");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"a\" \"b\"]}", "1:27: a comma is missing between two list entries");
        mistakes.put("{\u201Cid\u201D:\u201Ca\u201D}", "1:2: typographic quotes (\u201C \u201D \u2018 \u2019, as a word"
                + " processor or phone types them) are not JSON quotes: write \"");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"pores\"]} // note", "1:33: JSON has no comments: delete it (a remark can go in `notes`)");
        mistakes.put("{\"id\":\"a\",\"concerns\":[pores]}", "1:23: text without quotes: JSON writes text in double quotes"
                + " (\"pores\"), and values true, false and null without");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"pores\"]", "1:31: the record ends before its closing `}`");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"pores\"", "1:30: a list is not closed: its `]` is missing");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"pores\",", "1:31: a list is not closed: its `]` is missing");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"pores", "1:29: quoted text is not closed: its closing \" is missing");
        mistakes.put("{\"id\":\"a\",\"age\":034}", "1:17: a number starts with 0: write 34, not 034 (an id such as 0042"
                + " is written in quotes, \"0042\")");
        mistakes.put("{\"id\":\"a\",\"age\":NaN}", "1:17: NaN and Infinity are not numbers in JSON");
        mistakes.put("{\"id\":\"a\",\"age\":-Infinity}", "1:17: NaN and Infinity are not numbers in JSON");
        mistakes.put("{\"id\":\"\u00e9\",\"age\":-0034}", "1:18: a number starts with 0: write 34, not 034 (an id such"
                + " as 0042 is written in quotes, \"0042\")");
        mistakes.put("{\"id\":\"a\",\"notes\":\"two\nlines\"}", "1:23: a line ends inside quoted text: close the quote"
                + " (a line break within text is written \\n)");
        mistakes.put("\"id:a\"", "1:1: expected an intake profile (a mapping of fields such as id and concerns)");
        mistakes.put("{\"id\" \"a\"}", "1:7: a colon is missing after the field name");
        mistakes.put("{\"id\":\"a\",\r", "2:1: the record ends before its closing `}`");
        mistakes.put("{\"notes\":\"a\u0085b\",\n\"id\":\"\u2028a\" x}", "2:11: a comma is missing between two fields");
        mistakes.put("{\"id\":\"a\",\"age\":+1}", "1:18: a number with a plus sign: JSON writes 1, not +1");
        mistakes.put("{\"id\":\"C:\\q\"}", "1:11: a backslash in quoted text starts an escape such as \\n: write \\\\ for a"
                + " backslash itself");
        mistakes.put("{\"id\":\"a\",\"age\":.5}", "1:17: a number starts with a digit: write 0.5, not .5");
        mistakes.put("{\"id\":\"a\",\"age\":-}", "1:18: a minus sign needs a digit after it");
        mistakes.put("{\"id\":\"a\",\"age\":3.}", "1:19: a decimal point needs a digit after it: write 3.5 or 3, not 3.");
        mistakes.put("{\"id\":\"a\",\"age\":1e}", "1:19: an exponent needs a digit after its e: write 1e2, not 1e");
        mistakes.put("{\"id\":\"a\",\"age\":3,5}", "1:19: a field name in double quotes must follow the comma (a decimal"
                + " comma? JSON writes 3.5, not 3,5)");
        mistakes.put("{\"id\":\"a\",\"age\":\uFF13\uFF14}", "1:17: not a JSON value: text is written in double quotes"
                + " (\"pores\"), a number in plain digits (34)");
        mistakes.put("{\"id\":}", "1:7: a value is missing after the field's `:`");
        mistakes.put("{\"id\":\"a\"]", "1:10: a `]` where no list is open: the record's `{` closes with `}`");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"pores\"}", "1:30: a list is not closed: its `]` is missing before"
                + " this `}`");
        mistakes.put("{\"id\":\"\\u12\"}", "1:12: a \\u escape in quoted text is written with four hex digits (\\u00e9"
                + " for \u00e9)");
        mistakes.put("{\"id\":\"a\",,\"age\":3}", "1:11: a comma where a field name should be: a comma typed twice,"
                + " or one right after `{`");
        mistakes.put("{\"id\":\"a\",\"concerns\":[\"a\",,\"b\"]}", "1:27: a comma where a value should be: a comma"
                + " typed twice, or a value left out");
        mistakes.put("{{\"id\":\"a\"}}", "1:2: a `{` where a field name should be: the `}` that ends the record before it"
                + " left out, a `{` typed twice, or a field's name and its colon left out before it");
        mistakes.put("{\"id\":\"a\",[\"b\"]}", "1:11: a `[` where a field name should be: a field's name and its colon"
                + " left out before it");
        mistakes.put("{\"id\":\"a\",.x}", "1:11: a `.` where a field name should be: a field's name is written in double"
                + " quotes (\"id\": ...)");
        mistakes.put("1,\"notes\":\"x\"}", "1:2: a value outside any record runs into the text after it: a record starts"
                + " with `{` (the rest of a record that a line break split?)");
        mistakes.put("{\"id\":\"a\",\"age\":-", "1:18: the text ends inside a value: it is cut off, or a closing bracket"
                + " or quote is missing");
        mistakes.put("{\"id\":\"a\",\"", "1:12: quoted text is not closed: its closing \" is missing");
        mistakes.forEach((json, said) -> assertThat(jsonError(json).located()).as(json).isEqualTo(said));
    }

    /** A profile's `{` left out, or text after its `}`: the parser names the character, the message the slip. */
    @Test
    void aSlipAtTheProfilesStartOrAfterItsEndIsSaidAsTheSlipItIs() {
        Map<String, String> slips = new LinkedHashMap<>();
        slips.put("\"id\":\"a\",\"concerns\":[\"pores\"]}", "1:1: a field name where a record should start: the `{` that"
                + " opens the record is missing before it");
        slips.put("{\"id\":\"a\",\"concerns\":[\"pores\"]}}", "1:32: a `}` after the profile's closing `}`: one typed"
                + " once too often");
        slips.put("{\"id\":\"a\",\"concerns\":[\"pores\"]} ]", "1:33: a `]` after the profile's closing `}`: one typed"
                + " once too often");
        slips.put("{\"id\":\"a\",\"answers\":{\"blood-thinners\":\"no\"}},\"medications\":[\"warfarin\"]}", "1:46: a"
                + " field name after the profile's closing `}`: a `}` typed once too often ended the profile early, and"
                + " the fields after it are the profile's");
        slips.put("{\"id\":\"a\",\"concerns\":[\"pores\"],\"answers\":{\"blood-thinners\":\"no\"}},\"medications\":"
                + "[\"warfarin\"]}", "1:67: a field name after the profile's closing `}`: a `}` typed once too often ended"
                + " the profile early, and the fields after it are the profile's");
        slips.put("{\"id\":\"a\",\"concerns\":[\"pores\"]} \"notes\":\"x\"}", "1:33: a field name after the profile's"
                + " closing `}`: a `}` typed once too often ended the profile early, and the fields after it are the"
                + " profile's");
        slips.put("{\"id\":\"a\"} \"concerns\":[\"pores\"]}", "1:12: a field name after the profile's closing `}`: a `}`"
                + " typed once too often ended the profile early, and the fields after it are the profile's");
        slips.put("{\"id\":\"a\",\"concerns\":[\"pores\"]},\r", "1:32: a comma after the profile's closing `}`, with"
                + " nothing after it: delete it");
        slips.put("{\"id\":\"a\",\"concerns\":[\"pores\"]}, {\"id\":\"b\"}", "1:32: a comma and a second profile after"
                + " the profile's closing `}` (one profile)");
        slips.forEach((json, said) -> assertThat(jsonError(json).located()).as(json).isEqualTo(said));
        String profile = "{\"id\":\"a\",\"concerns\":[\"pores\"]}";
        assertThat(jsonError(profile + " \"b\"").located()).as("a string after the profile, not a field's name")
                .isEqualTo("1:33: unexpected content after the profile");
        assertThat(jsonError(profile + " {\"id\":\"b\"}").located()).as("a second profile without a comma")
                .isEqualTo("1:33: unexpected content after the profile: another profile follows (one profile)");
        assertThat(jsonError(profile + " \"no\\uD800tes\":\"x\"}").located()).as("a key the parser refuses after the profile")
                .startsWith("1:33: text holds half a surrogate pair");
        assertThat(jsonError("{\"id\":\"a\",\"age\":\"old\"}}").located()).as("a binding error, no field after the `}`")
                .startsWith("1:17: `age` must be");
    }

    @Test
    void theCommonestYamlMistakesAreSaidInPlainWordsWhereTheyStart() {
        Map<String, String> mistakes = new LinkedHashMap<>();
        mistakes.put("id: a\n\tconcerns: [pores]\n", "2:1: a tab in the indentation: YAML indents with spaces");
        mistakes.put("id: a\nconcerns: [\"pores]\nage: 3\n", "2:12: quoted text that starts here is not closed");
        mistakes.put("id: a\nconcerns: [pores\nage: 3\n", "2:11: a list that starts here with `[` is not closed with `]`"
                + " (or a comma is missing between entries)");
        mistakes.put("id: a\nanswers: {pregnancy: no\n", "2:10: a mapping that starts here with `{` is not closed with `}`"
                + " (or a comma is missing between entries)");
        mistakes.put("id: a\nconcerns: [pores]\nnotes: says: itchy\n", "3:12: `: ` cannot start a field here: put text"
                + " that holds a colon in quotes, or check this line's indentation");
        mistakes.put("id: a\nconcerns:\n  - pores\n - scars\n", "4:2: this line does not fit the lines above it: check its"
                + " indentation, and that quoted text above ends where it should");
        mistakes.put("id: a\nconcerns [pores]\nage: 3\n", "2:1: a line without `name: value` where a field should be: a"
                + " colon missing, or text meant for the line above");
        mistakes.put("id:a\nconcerns:[pores]\n", "1:1: expected an intake profile (a mapping of fields such as id and"
                + " concerns): a field needs a space after its colon (id: P-1, not id:P-1)");
        mistakes.put("just some text\n", "1:1: expected an intake profile (a mapping of fields such as id and concerns)");
        mistakes.put("id: a\nconcerns: [pores]\nnotes: \"bad \\q escape\"\n", "3:14: a backslash in double-quoted text starts"
                + " an escape such as \\n: write \\\\ for a backslash itself, or put the text in single quotes");
        mistakes.put("id: a\nconcerns: [pores]\nnotes: @home\n", "3:8: `@` cannot start text without quotes in YAML: put"
                + " the text in quotes");
        mistakes.put("id: a\nconcerns: [pores]\nnotes: `x`\n", "3:8: a backquote (`) cannot start text without quotes in YAML:"
                + " put the text in quotes");
        mistakes.put("id: a\nconcerns: [pores,,scars]\n", "2:18: a comma where a value should be: a comma typed twice,"
                + " or a value left out");
        mistakes.put("]\nid: a\n", "1:1: a `]` with no `[` open before it");
        mistakes.put("}\nid: a\n", "1:1: a `}` with no `{` open before it");
        mistakes.put("id: a\nanswers: {{pregnancy: no}}\nconcerns: [pores]\n", "2:11: a mapping where a field name should"
                + " be: a `{` typed twice, or a field's name and its colon left out before it");
        mistakes.put("{[a]: b}\n", "1:2: a list where a field name should be: a field's name and its colon left out"
                + " before it");
        String quoteIt = " typed by mistake, or text that starts with one, which goes in quotes";
        mistakes.put("id: a\n>concerns: [pores]\n", "2:1: `|` or `>` starts a block of text on the lines below it, with"
                + " nothing but a comment after it on its line: a `|` or `>`" + quoteIt);
        mistakes.put("id: a\n%concerns: [pores]\n", "2:1: a line that starts with `%` is a YAML directive (such as"
                + " `%YAML 1.2`), and this one cannot be read: a `%`" + quoteIt);
        mistakes.put("id: &\nconcerns: [pores]\n", "1:5: `&` starts a YAML anchor, which is not accepted: a `&`" + quoteIt);
        mistakes.put("id: a\nconcerns: [*, pores]\n", "2:12: `*` starts a YAML alias, which is not accepted: a `*`"
                + quoteIt);
        mistakes.put("id: !}\nconcerns: [pores]\n", "1:5: `!` starts a YAML tag, which is not accepted: a `!`" + quoteIt);
        mistakes.put("id: a\nconcerns: [pores, : x]\n", "2:19: a `:` where a value should be: a `:`" + quoteIt);
        mistakes.put("id: a\nconcerns: [pores,\n---\n", "3:1: a `---` line inside a `[` or `{` that is not closed above"
                + " it");
        mistakes.put("a: &x b\n*x : c\n", "2:1: an alias (`*name`) where a field name should be: YAML aliases are not"
                + " accepted, write the name itself");
        mistakes.forEach((yaml, said) -> assertThat(yamlError(yaml).located()).as(yaml).isEqualTo(said));
    }

    /** `validate` promises every problem at once: a value of the wrong type does not stop the reading of its record. */
    @Test
    void everyErrorInARecordIsFoundInOneReadingWithTheRecordsWarnings() {
        InvalidInputException e = yamlError("""
                concerns: [pores, 7, {a: b}, '']
                age: old
                fitzpatrick: VII
                medications: warfarin
                colour: blue
                answers: {blood-thinners: maybe, pregnancy: [x]}
                """);
        assertThat(e.all()).extracting(InvalidInputException::located).containsExactly(
                "1:19: `concerns` entries must be text, and this one reads as a number: put it in quotes to keep it as written",
                "1:22: `concerns` entries must be text, and this one reads as a mapping (a colon and a space make one): put it in quotes to keep it as written",
                "1:30: `concerns` has an empty entry",
                "2:6: `age` must be a whole number of years from 0 to 130 written in plain digits",
                "3:14: `fitzpatrick` must be a skin type I-VI (or 1-6) or a range such as III-IV; leave it out when it is not known",
                "4:14: `medications` must be a list, e.g. medications: [...] ([] means asked, none)",
                "6:27: answer to `blood-thinners` must be yes, no or unknown (or empty when not asked)",
                "6:45: answer to `pregnancy` must be yes, no or unknown (or empty when not asked)",
                "7:1: required field `id` is missing");
        assertThat(e.located()).isEqualTo(e.all().get(0).located());
        assertThat(e.warnings()).extracting(IntakeWarning::located)
                .containsExactly("5:1: unknown field `colour`: not read, only searched for terms to ask about");
        assertThat(jsonError("{\"id\": \"a\", \"concerns\": [1, \"pores\", null], \"age\": 1.5}").all())
                .extracting(InvalidInputException::located).containsExactly(
                        "1:26: `concerns` entries must be text, and this one reads as a number: put it in quotes to keep it as written",
                        "1:38: `concerns` entries must be text", "1:52: `age` must be a whole number of years from 0 to 130"
                                + " written in plain digits");
    }

    /** What stops the parser says how far the record was read, so it is the record's error; the earlier ones are kept. */
    @Test
    void anErrorThatStopsTheReadingLeadsAndTheErrorsBeforeItAreKept() {
        InvalidInputException e = yamlError("id: a\nage: old\nconcerns: [pores]\ncolour: blue\nnotes: \"unclosed\n");
        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.all()).extracting(InvalidInputException::located).containsExactly(
                "2:6: `age` must be a whole number of years from 0 to 130 written in plain digits",
                "5:8: quoted text that starts here is not closed");
        assertThat(e.warnings()).extracting(IntakeWarning::located)
                .containsExactly("4:1: unknown field `colour`: not read, only searched for terms to ask about");
    }

    /** A list or mapping where one value belongs is passed over whole: the fields after it are read as fields. */
    @Test
    void aListOrMappingWhereOneValueBelongsIsPassedOverAndTheFieldsAfterItAreRead() {
        InvalidInputException e = yamlError("""
                id: a
                fitzpatrick: [II, III]
                notes: {said: [a, b]}
                answers: [yes]
                concerns: pores
                age: 1.5
                """);
        assertThat(e.all()).extracting(InvalidInputException::located).containsExactly(
                "2:14: `fitzpatrick` must be a skin type I-VI (or 1-6) or a range such as III-IV; leave it out when it is not known",
                "3:8: `notes` must be text, and this one reads as a mapping (a colon and a space make one): put it in quotes to keep it as written",
                "4:10: `answers` must be a mapping of question id to yes, no or unknown",
                "5:11: `concerns` must be a list, e.g. concerns: [...]",
                "6:6: `age` must be a whole number of years from 0 to 130 written in plain digits");
    }

    /** Unquoted, YAML reads a dose after a colon as a mapping and true as a truth value: the error says to quote it. */
    @Test
    void textThatYamlReadsAsSomethingElseIsAnErrorThatSaysToQuoteIt() {
        InvalidInputException e = yamlError("id: a\nconcerns: [pores]\nmedications:\n  - Eliquis: 5 mg twice daily\n"
                + "  - true\nnotes: 12\n");
        assertThat(e.all()).extracting(InvalidInputException::located).containsExactly(
                "4:5: `medications` entries must be text, and this one reads as a mapping (a colon and a space make"
                        + " one): put it in quotes to keep it as written",
                "5:5: `medications` entries must be text, and this one reads as true or false: put it in quotes to keep"
                        + " it as written",
                "6:8: `notes` must be text, and this one reads as a number: put it in quotes to keep it as written");
        assertThat(jsonError("{\"id\": \"a\", \"concerns\": [{\"x\": 1}]}").located())
                .isEqualTo("1:26: `concerns` entries must be text");
    }
}
