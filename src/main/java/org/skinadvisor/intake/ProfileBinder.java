package org.skinadvisor.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.matching.EditDistance;
import org.skinadvisor.matching.Terms;
import org.skinadvisor.parsing.GuardedTokens;
import org.skinadvisor.parsing.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.RecordErrors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds one intake mapping from a token stream, strictly and with positions: no coercion (YAML
 * {@code age: 042} is an error, not 34), absent and empty lists kept apart, unknown fields reported. A value of the
 * wrong type or a repeated key does not stop the reading: the record is read to its end, so that every such error
 * in it is found at once; only what stops the parser (a syntax error, a limit) ends it early.
 */
public final class ProfileBinder {
    public static final List<String> FIELDS =
            List.of("id", "concerns", "conditions", "medications", "age", "fitzpatrick", "notes", "answers");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);
    static final int MAX_AGE = 130;

    private final Set<String> questionIds;

    public ProfileBinder(Set<String> questionIds) {
        this.questionIds = Set.copyOf(questionIds);
    }

    /** The ids of the screening questions an intake's `answers` (or a CSV's answer columns) may answer. */
    public Set<String> questionIds() {
        return questionIds;
    }

    /** Reads the mapping whose START_OBJECT the tokens stand on, up to and including its END_OBJECT. */
    public ReadProfile bind(GuardedTokens t) throws InvalidInputException {
        if (t.parser().currentToken() == JsonToken.START_ARRAY) {
            // A YAML file written as a list of profiles is the likely case: say how several profiles are written.
            throw t.problem(Problem.TYPE, "expected an intake profile, found a list: write one profile per YAML"
                    + " document (separated by --- lines), per JSON Lines line, or per element of a JSON array");
        }
        if (t.parser().currentToken() != JsonToken.START_OBJECT) {
            // YAML reads "id:P-1" (no space after the colon) as one text, not a field: say so.
            boolean colon = t.readsYaml() && t.parser().currentToken() == JsonToken.VALUE_STRING && t.text().contains(":");
            throw t.problem(Problem.TYPE, "expected an intake profile (a mapping of fields such as id and concerns)"
                    + (colon ? ": a field needs a space after its colon (id: P-1, not id:P-1)" : ""));
        }
        List<IntakeWarning> warnings = new ArrayList<>();
        Fields f = new Fields();
        RecordErrors errors = new RecordErrors();
        try {
            for (JsonToken tok = nextKey(t, errors); tok != JsonToken.END_OBJECT; tok = nextKey(t, errors)) {
                if (tok != JsonToken.FIELD_NAME) {
                    throw t.problem(Problem.SYNTAX, "expected a field name");
                }
                String field = t.text();
                JsonStreamContext mapping = t.parser().getParsingContext();
                // Only an unknown field's position is reported (a warning); a known one's is not kept.
                JsonLocation fieldAt = KNOWN.contains(field) ? null : t.parser().currentTokenLocation();
                JsonToken value = t.next();
                if (value == JsonToken.VALUE_STRING && t.text().isBlank()) {
                    value = JsonToken.VALUE_NULL; // YAML `key:` and `key: ''` say nothing: unknown, never "none"
                }
                try {
                    read(t, field, fieldAt, value, f, warnings, errors);
                } catch (InvalidInputException e) {
                    if (e.problem() != Problem.TYPE && e.problem() != Problem.DUPLICATE_KEY) {
                        throw e;
                    }
                    errors.add(e);
                    skipTo(t, mapping);
                }
            }
        } catch (InvalidInputException e) {
            throw errors.stoppedBy(e, warnings);
        }
        if (!f.idGiven) {
            errors.add(t.problem(Problem.MISSING_FIELD, "required field `id` is missing" + missed("id", f.idIn, f.unknownNames)));
        }
        if (!f.concernsGiven) {
            errors.add(t.problem(Problem.MISSING_FIELD, "required field `concerns` is missing"
                    + missed("concerns", f.concernsIn, f.unknownNames)));
        }
        errors.throwIfAny(warnings);
        return new ReadProfile(new IntakeProfile(f.id, f.concerns, f.conditions, f.medications, f.age, f.fitzpatrick,
                f.notes, f.answers, f.unknownFields), List.copyOf(warnings));
    }

    /** The fields of one record as they are read. */
    private static final class Fields {
        private String id;
        private List<String> concerns;
        private List<String> conditions;
        private List<String> medications;
        private Integer age;
        private SkinType fitzpatrick;
        private String notes;
        private Map<String, Answer> answers;
        private List<String> unknownNames; // made only for a record that has one: most have none
        private List<UnknownField> unknownFields; // their text, and any yes under an unknown question
        private String idIn; // the first unknown field whose mapping holds an `id` of its own
        private String concernsIn; // and one whose mapping holds `concerns`
        private boolean idGiven;
        private boolean concernsGiven;
    }

    /** Reads the value of {@code field} into {@code f}; an error of its type is thrown, one in its entries collected. */
    private void read(GuardedTokens t, String field, JsonLocation fieldAt, JsonToken value, Fields f,
                      List<IntakeWarning> warnings, RecordErrors errors) throws InvalidInputException {
        switch (field) {
            case "id" -> {
                f.idGiven = true;
                f.id = idValue(t, value);
            }
            case "concerns" -> {
                f.concernsGiven = true;
                f.concerns = list(t, value, field, false, errors);
            }
            case "conditions" -> f.conditions = list(t, value, field, true, errors);
            case "medications" -> f.medications = list(t, value, field, true, errors);
            case "age" -> f.age = age(t, value);
            case "fitzpatrick" -> f.fitzpatrick = fitzpatrick(t, value);
            case "notes" -> f.notes = optionalText(t, value, field);
            case "answers" -> {
                if (f.unknownFields == null) {
                    f.unknownFields = new ArrayList<>();
                }
                f.answers = answers(t, value, warnings, f.unknownFields, errors);
            }
            default -> {
                if (f.unknownNames == null) {
                    f.unknownNames = new ArrayList<>();
                }
                f.unknownNames.add(field); // never twice: a repeated key's value is skipped
                warnings.add(warning(t, fieldAt, unknownFieldWarning(field)));
                String text = unknownText(t, value, f, field);
                if (!text.isEmpty()) {
                    if (f.unknownFields == null) {
                        f.unknownFields = new ArrayList<>();
                    }
                    f.unknownFields.add(UnknownField.of(field, text, questionIds));
                }
            }
        }
    }

    /**
     * The token after a mapping's value: its next key or its end. A repeated key is an error of the record, and its
     * value is skipped unread, so that it can neither replace nor be mistaken for the first.
     */
    private static JsonToken nextKey(GuardedTokens t, RecordErrors errors) throws InvalidInputException {
        while (true) {
            try {
                return t.next();
            } catch (InvalidInputException e) {
                if (e.problem() != Problem.DUPLICATE_KEY) {
                    throw e;
                }
                errors.add(e);
                skipValue(t, t.next());
            }
        }
    }

    /** Reads on to the end of the value that held an error, back in the profile's {@code mapping}. */
    private static void skipTo(GuardedTokens t, JsonStreamContext mapping) throws InvalidInputException {
        while (t.parser().getParsingContext() != mapping) {
            if (t.next() == null) {
                throw t.problem(Problem.SYNTAX, "unexpected end of input");
            }
        }
    }

    /** Reads on past a list or mapping that stands where one text was expected; nothing to do for a scalar. */
    private static void skipValue(GuardedTokens t, JsonToken value) throws InvalidInputException {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            skipTo(t, t.parser().getParsingContext().getParent());
        }
    }

    /** What becomes of the text of a field or column the intake does not have (H29). */
    static final String NOT_READ = "not read, only searched for terms to ask about";

    /**
     * The warning for a field the intake does not have: its list is not read, but its text is searched (H29). One that
     * is, or looks like, a screening question's id is an answer written in the wrong place: say where answers go.
     */
    private String unknownFieldWarning(String field) {
        String hint = didYouMean(field, FIELDS);
        if (hint.isEmpty() && namesSkinType(field)) {
            String question = EditDistance.nearest(field, questionIds);
            hint = " (a skin type I-VI goes in `fitzpatrick`"
                    + (question == null ? ")" : "; an answer to `" + question + "` goes under `answers`)");
        }
        if (hint.isEmpty()) {
            hint = renameHint(field, FIELDS);
        }
        if (hint.isEmpty()) {
            String question = EditDistance.nearest(field, questionIds);
            hint = question == null ? "" : " (an answer goes under `answers`"
                    + (question.equals(field) ? ")" : ": did you mean `" + question + "`?)");
        }
        return "unknown field `" + field + "`" + hint + ": " + NOT_READ;
    }

    /**
     * The text of an unknown field's value (a scalar, or a whole list or mapping, still guarded), its scalars in
     * order, each after the keys that lead to it ("pregnant: yes, meds: aspirin, ibuprofen"); empty when it holds none.
     */
    private static String unknownText(GuardedTokens t, JsonToken value, Fields f, String field)
            throws InvalidInputException {
        if (value != JsonToken.START_OBJECT && value != JsonToken.START_ARRAY) {
            return value == JsonToken.VALUE_NULL ? "" : t.text().strip();
        }
        StringBuilder b = new StringBuilder();
        String keys = null; // the keys read since the last scalar: written only if a scalar follows them
        for (int depth = 1; depth > 0; ) {
            JsonToken n = t.next();
            if (n == null) {
                throw t.problem(Problem.SYNTAX, "unexpected end of input");
            }
            switch (n) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> {
                    depth--;
                    keys = null;
                }
                case FIELD_NAME -> {
                    if (depth == 1 && value == JsonToken.START_OBJECT) {
                        // A profile nested in another field: said where its fields are missed.
                        if (f.idIn == null && t.text().equals("id")) {
                            f.idIn = field;
                        } else if (f.concernsIn == null && t.text().equals("concerns")) {
                            f.concernsIn = field;
                        }
                    }
                    keys = keys == null ? t.text().strip() : keys + ": " + t.text().strip();
                }
                case VALUE_NULL -> keys = null;
                default -> {
                    String text = t.text().strip();
                    if (!text.isEmpty()) {
                        b.append(b.isEmpty() ? "" : ", ").append(keys == null ? "" : keys + ": ").append(text);
                    }
                    keys = null;
                }
            }
        }
        return b.toString();
    }

    private static String idValue(GuardedTokens t, JsonToken value) throws InvalidInputException {
        if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
            String id = t.text().strip();
            if (!id.isEmpty()) {
                return id;
            }
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
            // Unquoted, 1.50 or 1e3 would be read as a number and true as a truth value, not as the ID written.
            throw t.problem(Problem.TYPE, "`id` must be text, and this one reads as "
                    + (value == JsonToken.VALUE_NUMBER_FLOAT ? "a decimal number" : "true or false")
                    + ": put it in quotes to keep it as written");
        }
        throw t.problem(Problem.TYPE, "`id` must be non-empty text");
    }

    private static List<String> list(GuardedTokens t, JsonToken value, String field, boolean mayBeAbsent,
                                     RecordErrors errors)
            throws InvalidInputException {
        if (value == JsonToken.VALUE_NULL && mayBeAbsent) {
            return null;
        }
        if (value != JsonToken.START_ARRAY) {
            throw t.problem(Problem.TYPE, "`" + field + "` must be a list, e.g. " + field + ": [...]"
                    + (mayBeAbsent ? " ([] means asked, none)" : ""));
        }
        List<String> items = new ArrayList<>();
        boolean badEntry = false;
        for (JsonToken tok = t.next(); tok != JsonToken.END_ARRAY; tok = t.next()) {
            if (tok != JsonToken.VALUE_STRING) {
                errors.add(t.problem(Problem.TYPE, "`" + field + "` entries must be text" + notText(t, tok)));
                skipValue(t, tok);
                badEntry = true;
                continue;
            }
            String item = t.text().strip();
            if (item.isEmpty()) {
                errors.add(t.problem(Problem.TYPE, "`" + field + "` has an empty entry"));
                badEntry = true;
                continue;
            }
            items.add(item);
        }
        if (!mayBeAbsent && items.isEmpty() && !badEntry) {
            throw t.problem(Problem.TYPE, "`" + field + "` must name at least one concern");
        }
        return mayBeAbsent ? IntakeProfile.noneAware(field, items) : items;
    }

    private static Integer age(GuardedTokens t, JsonToken value) throws InvalidInputException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value == JsonToken.VALUE_NUMBER_INT) {
            int age = plainAge(t.text());
            if (age >= 0 && age <= MAX_AGE) {
                return age;
            }
        }
        throw t.problem(Problem.TYPE, "`age` must be a whole number of years from 0 to " + MAX_AGE
                + " written in plain digits");
    }

    /** 0, or one to three digits without a leading zero; -1 for anything else (a sign, 042, 1e2). */
    static int plainAge(String text) {
        int n = text.length();
        if (n == 0 || n > 3 || (n > 1 && text.charAt(0) == '0')) {
            return -1;
        }
        int age = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            age = age * 10 + (c - '0');
        }
        return age;
    }

    private static SkinType fitzpatrick(GuardedTokens t, JsonToken value) throws InvalidInputException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
            SkinType f = SkinType.parse(t.text());
            if (f != null) {
                return f;
            }
        }
        throw t.problem(Problem.TYPE,
                "`fitzpatrick` must be a skin type I-VI (or 1-6) or a range such as III-IV; leave it out when it is not known");
    }

    private static String optionalText(GuardedTokens t, JsonToken value, String field) throws InvalidInputException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw t.problem(Problem.TYPE, "`" + field + "` must be text" + notText(t, value));
        }
        return t.text();
    }

    /**
     * What a value that should be text was read as, and how to keep it as written: unquoted, YAML reads 1e3 as a
     * number, true as a truth value and "Eliquis: 5 mg" (a colon and a space) as a mapping.
     */
    private static String notText(GuardedTokens t, JsonToken value) {
        String readAs = switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case START_OBJECT -> t.readsYaml() ? "a mapping (a colon and a space make one)" : null;
            default -> null;
        };
        return readAs == null ? "" : ", and this one reads as " + readAs + ": put it in quotes to keep it as written";
    }

    /**
     * The answers to known questions; an answer yes under another key ({@code pregnant: yes}) is added to
     * {@code unknownFields}, named {@code answers.KEY}, to be asked about: a misspelt question's yes is never dropped.
     */
    private Map<String, Answer> answers(GuardedTokens t, JsonToken value, List<IntakeWarning> warnings,
                                        List<UnknownField> unknownFields, RecordErrors errors) throws InvalidInputException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_OBJECT) {
            throw t.problem(Problem.TYPE, "`answers` must be a mapping of question id to yes, no or unknown");
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        Set<String> fromExactKey = new HashSet<>();
        for (JsonToken tok = nextKey(t, errors); tok != JsonToken.END_OBJECT; tok = nextKey(t, errors)) {
            String question = t.text();
            JsonLocation questionAt = t.parser().currentTokenLocation();
            JsonToken v = t.next();
            // YAML reads `pregnancy:` as empty text: empty, as at the top level, is no answer
            boolean empty = v == JsonToken.VALUE_NULL || v == JsonToken.VALUE_STRING && t.text().isBlank();
            Answer answer = switch (v) {
                case VALUE_STRING -> Answer.parse(t.text());
                case VALUE_TRUE -> Answer.YES;
                case VALUE_FALSE -> Answer.NO;
                default -> null;
            };
            if (answer == null && !empty) {
                errors.add(t.problem(Problem.TYPE, "answer to `" + question + "` must be yes, no or unknown (or empty"
                        + " when not asked)"));
                skipValue(t, v);
                continue;
            }
            if (empty && questionIds.contains(question)) {
                continue; // `pregnancy:` left empty, as the template leaves it: not answered, as if the line were not there
            }
            if (questionIds.contains(question)) {
                answers.put(question, answer);
                fromExactKey.add(question);
            } else if (answer == Answer.YES) {
                unknownFields.add(UnknownField.yesUnderAnswers(question, EditDistance.nearest(question, questionIds)));
                warnings.add(warning(t, questionAt, "unknown question `" + question + "` in answers"
                        + didYouMean(question, questionIds) + ": its yes is not read, only asked about"));
            } else {
                String near = EditDistance.nearest(question, questionIds);
                String hint = near == null ? "" : " (did you mean `" + near + "`?)";
                if (answer == Answer.UNKNOWN && near != null) {
                    // An unknown can only keep a question open: the near one's, unless it is answered under its own id.
                    if (!fromExactKey.contains(near)) {
                        answers.put(near, Answer.UNKNOWN);
                    }
                    warnings.add(warning(t, questionAt, "unknown question `" + question + "` in answers" + hint
                            + ": read as " + near + ": unknown, which keeps it open"));
                } else {
                    warnings.add(warning(t, questionAt, "unknown question `" + question + "` in answers ignored" + hint));
                }
            }
        }
        return answers;
    }

    /** Where the missing field may be: inside another field ({@code nestedIn}, or null), or under a lookalike name. */
    private static String missed(String missing, String nestedIn, List<String> unknownNames) {
        if (nestedIn != null) {
            return " (it is inside `" + nestedIn + "`: an intake profile's fields go at the top level, not inside"
                    + " another field)";
        }
        return lookalike(missing, unknownNames);
    }

    /**
     * The unknown field that is probably the missing one: the error stops the record, so the warning that would
     * have named it is never shown, and "missing" alone sends the user looking for a field that is there.
     */
    private static String lookalike(String missing, List<String> unknownNames) {
        if (unknownNames == null) {
            return "";
        }
        // No line and column here: a JSON Lines line is parsed alone, and only the error's own place is moved to the file's.
        for (String name : unknownNames) {
            if (!didYouMean(name, List.of(missing)).isEmpty()) {
                return " (`" + name + "` is not it: " + (name.equalsIgnoreCase(missing)
                        ? "field names are lower case)" : "is it misspelt?)");
            }
        }
        return "";
    }

    private static IntakeWarning warning(GuardedTokens t, JsonLocation at, String message) {
        int[] place = t.place(at);
        return new IntakeWarning(message, place[0], place[1]);
    }

    /** Whether a field's name says it holds the skin type (skin_type, Skin Type, phototype): that is `fitzpatrick`. */
    static boolean namesSkinType(String name) {
        List<String> words = Terms.words(name);
        return words.contains("phototype") || words.contains("skintype") || words.contains("skin") && words.contains("type");
    }

    /**
     * " (rename it `F` if that is what it holds)" for a name with exactly one of {@code fields} among its words (a
     * form's "Medical conditions", an export's `patient_age`), else "": only ever suggested, since such a field is
     * never read in that one's place. Its words, not its spelling, are what is near, so a near spelling misses it.
     */
    static String renameHint(String name, List<String> fields) {
        List<String> words = Terms.words(name);
        String named = null;
        for (String field : fields) {
            if (words.contains(Terms.words(field).get(0))) {
                if (named != null) {
                    return ""; // "Notes on medications": which one it holds is not for the name to say
                }
                named = field;
            }
        }
        return named == null ? "" : " (rename it `" + named + "` if that is what it holds)";
    }

    static String didYouMean(String word, Iterable<String> known) {
        String best = EditDistance.nearest(word, known);
        return best != null ? " (did you mean `" + best + "`?)" : "";
    }
}
