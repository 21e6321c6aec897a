package org.skinadvisor.intake;

import org.skinadvisor.matching.Terms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One patient's intake. A {@code null} list means the question was not asked (unknown); an empty list
 * means it was asked and the answer is none. {@code age}, {@code fitzpatrick} (a skin type or a range of them) and
 * {@code notes} may be null.
 * {@code unknownFields} holds the text of the record's fields that are none of these, each with text in it.
 */
public record IntakeProfile(String id, List<String> concerns, List<String> conditions, List<String> medications,
                            Integer age, SkinType fitzpatrick, String notes, Map<String, Answer> answers,
                            List<UnknownField> unknownFields) {
    public IntakeProfile {
        concerns = List.copyOf(concerns);
        conditions = conditions == null ? null : List.copyOf(conditions);
        medications = medications == null ? null : List.copyOf(medications);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        unknownFields = unknownFields == null ? List.of() : List.copyOf(unknownFields);
    }

    /** A profile whose fields are all the intake's own. */
    public IntakeProfile(String id, List<String> concerns, List<String> conditions, List<String> medications,
                         Integer age, SkinType fitzpatrick, String notes, Map<String, Answer> answers) {
        this(id, concerns, conditions, medications, age, fitzpatrick, notes, answers, List.of());
    }

    /**
     * Entries that mean "asked, none" when every entry of a list is one, as {@link Terms#key} writes them. Since an
     * entry no rule recognises leaves its list's questions open, the ways a form says "none" must be read as none;
     * each says it of the list it is in ("no medications" says nothing of conditions), and each starts with an n.
     */
    private static final Set<String> NONE_WORDS = keys("none", "nil", "n/a", "no", "nothing", "not applicable",
            "none known", "nil known", "nothing known", "none reported", "none declared", "none currently",
            "none at present", "none at all", "none to my knowledge", "none that I know of", "none of note",
            "nil of note", "nothing of note");
    private static final Set<String> NO_CONDITIONS = keys("no conditions", "no medical conditions",
            "no medical history", "no past medical history", "no PMH", "no significant history",
            "no significant medical history", "no significant past medical history", "no health problems",
            "no medical problems", "no health issues", "no medical issues", "nil significant", "no known conditions",
            "no known medical conditions", "no known medical history");
    private static final Set<String> NO_MEDICATIONS = keys("no medications", "no medicines", "no meds",
            "no current medications", "no regular medications", "no regular medicines", "no regular meds",
            "nil regular", "nil regular medications", "not on any medications", "not on medications",
            "not on any meds", "not taking any medications", "not taking any meds", "not taking medications",
            "no prescribed medications");

    /**
     * Phrases that, written in a condition or medication entry, say the answer is not known ("unknown",
     * "not sure which", "lump under investigation", "rule out melanoma"), is somewhere else ("see notes", "see
     * attached list"), or that there is something without saying what ("various creams"): the list then rules
     * nothing out. So does an entry without a word ("?", "-").
     */
    public static final List<String> NOT_KNOWN = List.of("unknown", "not known", "n/k", "unsure", "not sure",
            "uncertain", "unclear", "don't know", "do not know", "idk", "can't remember", "cannot remember",
            "can not remember", "don't remember", "do not remember", "not recorded", "not asked", "not answered",
            "to be confirmed", "tbc", "tbd", "tba", "ask patient", "declined", "refused", "prefer not to say",
            "not disclosed", "withheld", "no answer", "unanswered", "not given", "not provided", "not stated",
            "not specified", "pending", "awaiting", "to follow", "illegible", "unreadable", "not legible", "various",
            "several", "see notes", "see attached", "see list", "see letter", "see gp letter", "see referral",
            "see chart", "see file", "see record", "see form", "see above", "see below", "as above", "can't recall",
            "cannot recall", "can not recall", "don't recall", "do not recall", "no idea", "not certain", "will bring",
            "will check", "to check", "check with gp", "ask gp", "see over", "see overleaf", "see page", "see back",
            "see separate", "listed separately", "separate list", "separate sheet", "under investigation",
            "being investigated", "investigations ongoing", "undiagnosed", "not yet diagnosed", "no diagnosis yet",
            "waiting for", "awaited", "to review", "to be reviewed", "for review", "referred to", "rule out", "r/o");

    /**
     * Phrases that, written in an entry, say that what it names may not apply to the patient now: a relative's or a
     * partner's ("family history of skin cancer", "keloids in family", "mother has psoriasis"), a vaccine against it
     * ("shingles vaccine"), a denial ("no keloids", "not pregnant", "pregnancy ruled out", "eczema, none now"), a
     * medicine or treatment stopped or paused ("stopped aspirin", "finished chemotherapy", "off warfarin since
     * January", "tretinoin - paused"), a past condition ("history of shingles", "resolved eczema", "used to get cold
     * sores", "eczema as a child"), a doubt ("possible eczema", "suspected lupus", "unsure if pregnant") or an
     * intention ("planning a pregnancy", "due to start warfarin"). Read as such, never as a clearance. A patient's
     * goal is not among them ("want to", "hoping to"): a concern is written so ("want to calm my rosacea"), and its
     * condition is the patient's own. Nor is a son, a daughter, a child or a baby: in a patient's own list they are
     * named mostly beside her pregnancy or breastfeeding ("breastfeeding my son"), and "my son has impetigo" stays
     * the stricter certain match.
     */
    public static final List<String> MAY_NOT_APPLY = List.of("family history", "family hx", "fam hx", "fhx",
            "runs in the family", "runs in my family", "runs in family", "family", "relative", "mother", "mum", "mom",
            "father", "dad", "parent", "sister", "brother", "sibling", "grandmother", "grandfather", "grandparent",
            "grandma", "grandpa", "grandson", "granddaughter", "grandchild", "aunt", "uncle", "cousin", "niece",
            "nephew", "husband", "wife", "spouse", "partner", "vaccine", "vaccination", "vaccinated", "immunisation",
            "immunization", "no", "not", "none", "denies", "denied", "never", "negative", "nil", "without", "ruled out",
            "excluded", "free of", "stopped", "discontinued", "ceased", "quit", "finished", "completed", "off",
            "paused", "on hold", "held", "suspended",
            "used to", "recovered from", "history of", "hx of", "past", "previous", "previously", "as a child",
            "as a kid", "as a baby", "as an infant", "as a teen", "as a teenager", "in childhood", "in my teens",
            "in my youth", "when young", "when younger", "when i was young", "when i was a child", "when i was a kid",
            "when i was a teenager", "grew out of", "outgrew",
            "prior", "former", "formerly", "resolved", "healed", "possible", "possibly", "maybe", "may be",
            "might be", "could be", "perhaps", "suspected", "suspect", "query", "unsure", "uncertain", "unclear",
            "unknown", "unconfirmed", "rule out", "r/o", "planning", "plan to", "plans to", "considering",
            "thinking of", "thinking about", "to start", "to begin", "will start", "will begin");

    /**
     * Words that, written in a concern before a condition, say the concern came from it ("hair loss after chemo",
     * "hyperpigmentation from acne", "stretch marks from pregnancy"): the condition may be past.
     */
    public static final List<String> CAUSE_BEFORE = List.of("from", "after", "following", "since", "post", "due to",
            "caused by", "because of", "secondary to", "left by", "induced by", "result of", "resulting from");

    /** The same, written after the condition: "chemo-induced hair loss", "pregnancy-related pigmentation". */
    public static final Set<String> CAUSE_AFTER = Set.of("induced", "related");

    /** Words that say a condition is there now, cause or not: "scars from active acne" is acne. */
    public static final Set<String> PRESENT_NOW = Set.of("active", "current", "currently", "ongoing", "present",
            "still", "now");

    /**
     * Entries that say there is something without saying what, or that the answer is not known, only as the whole
     * entry ("yes, asthma" names it; "other creams: Eliquis" names one), written as {@code Terms.key} writes them
     * (singular): a form's ticked box as a spreadsheet writes it (x, TRUE), the missing-value markers data exports
     * write for an empty cell (R's NA, NaN, a database's NULL), and a bare "tablets", "other" or "maybe". Read as
     * unmatched entries, each had cleared its list.
     */
    public static final Set<String> NOT_KNOWN_ALONE = Set.of("yes", "y", "x", "true", "ticked", "na", "nan", "null",
            "unk", "dunno", "forgot", "forgotten", "maybe", "possibly", "med", "medication", "medicine", "tablet",
            "pill", "cream", "some", "some tablet", "some pill", "some cream", "some medication", "some medicine",
            "on medication", "on med", "take medication", "other", "multiple", "many", "lot", "a few", "on file",
            "on record");

    /**
     * Everyday words of an intake that a near spelling, another form or a cut-short reading would take for a listed
     * term, and that are never it: "insulin injections" names no infection, "canker sores" no cancer, "diabetic
     * retinopathy" no retinol. Written as {@code Terms.key} writes them (singular). Each had made an entry a probable
     * match, so `review`. A word a patient might write for a term stays out ("darker" for Darier's disease).
     */
    public static final Set<String> NEVER_NEAR = Set.of("injection", "canker", "retinopathy");

    /**
     * Words that say how much, how often, since when, how bad or where, and the words that link them: an item of a
     * list written as one entry made only of these ("type 2 diabetes, well controlled", "eczema (flare on hands)",
     * "warfarin 5 mg/day") names nothing, so it needs no rule. Any other item must be one a rule recognises. Words
     * that name a medicine without saying which (cream, tablet, meds, other, some) are not among them.
     */
    private static final Set<String> QUALIFIER_WORDS = keys("a", "an", "the", "of", "on", "in", "at", "to", "for", "from",
            "by", "as", "per", "via", "when", "while", "whilst", "since", "until", "till", "after", "before", "during",
            "due", "because", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "take",
            "takes", "taking", "taken", "took", "use", "uses", "using", "used", "get", "gets", "getting", "got", "my",
            "her", "his", "their", "its", "it", "this", "that", "these", "those", "only", "just", "both", "each", "every",
            "very", "quite", "still", "now", "then", "current", "currently", "recent", "recently", "today", "yesterday",
            "ago", "last", "next", "long", "term", "ongoing", "occasional", "occasionally", "sometimes", "intermittent",
            "intermittently", "regular", "regularly", "usually", "mostly", "mainly", "once", "twice", "times", "second",
            "minute", "hour", "hr", "day", "week", "wk", "month", "mth", "mo", "year", "yr", "daily", "weekly",
            "monthly", "yearly", "annually", "nightly", "night", "morning", "evening", "am", "pm", "childhood", "child",
            "teen", "teenager", "adult", "age", "old", "mg", "mcg", "ug", "g", "gram", "kg", "ml", "iu", "unit", "dose",
            "dosage", "strength", "percent", "od", "bd", "bid", "tds", "tid", "qds", "qid", "prn", "nocte", "mane",
            "mild", "mildly", "moderate", "moderately", "severe", "severely", "slight", "slightly", "minor", "small",
            "deep", "shallow", "superficial",
            "large", "bad", "badly", "good", "well", "poor", "poorly", "controlled", "uncontrolled", "stable", "managed",
            "treated", "untreated", "flare", "flareup", "flaring", "active", "inactive", "chronic", "acute", "fine", "ok",
            "okay", "normal", "low", "high", "face", "facial", "cheek", "forehead", "chin", "jaw", "jawline", "nose",
            "lip", "mouth", "eye", "eyelid", "ear", "neck", "chest", "back", "shoulder", "arm", "armpit", "underarm",
            "axilla", "elbow", "wrist", "hand", "finger", "leg", "thigh", "knee", "shin", "ankle", "foot", "feet", "toe",
            "scalp", "body", "skin", "abdomen", "stomach", "tummy", "belly", "hip", "buttock", "area", "side", "left",
            "right", "upper", "lower", "whole", "none", "nothing", "else", "type", "i", "ii", "iii", "iv", "v", "vi",
            "approx", "about", "around", "etc", "eg", "ie", "test", "tested", "result", "one", "first", "third", "baby",
            "remission", "started", "starting", "jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december");

    /** Whether a word (as {@code Terms.words} writes it) says only how much, how often, when, how bad or where. */
    public static boolean isQualifier(String word) {
        return QUALIFIER_WORDS.contains(word) || word.chars().allMatch(Character::isDigit);
    }

    /**
     * A spreadsheet's error values (Excel, Google Sheets, LibreOffice): a formula or lookup that found nothing, never
     * an answer. #N/A had read as N/A, "asked, none".
     */
    private static final Set<String> SPREADSHEET_ERRORS = Set.of("#N/A", "#NULL!", "#DIV/0!", "#VALUE!", "#REF!",
            "#NAME?", "#NUM!", "#ERROR!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!",
            "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!");

    private static final Pattern LIBREOFFICE_ERROR = Pattern.compile("err:\\d{3}", Pattern.CASE_INSENSITIVE);

    /** Whether the entry, as a whole, is a spreadsheet's error value (#N/A, #REF!, LibreOffice's Err:502). */
    public static boolean isSpreadsheetError(String entry) {
        String e = entry.strip();
        return SPREADSHEET_ERRORS.contains(e.toUpperCase(Locale.ROOT)) || LIBREOFFICE_ERROR.matcher(e).matches();
    }

    /**
     * The most letters and digits a none word can be written with: "no significant past medical history" has 31.
     * Every none word starts with an n.
     */
    private static final int NONE_LETTERS = 32;

    /** Whether the notes hold any text: the rules never read them, so the reports point a clinician to them. */
    public boolean hasNotes() {
        return notes != null && !notes.isBlank();
    }

    /** The notes for a report to show, or null when they hold no text. */
    public String notesToRead() {
        return hasNotes() ? notes : null;
    }

    /**
     * A list whose every entry says none ("none", "nil", "n/a", "none known"; "no medical history" in
     * {@code conditions}, "no meds" in {@code medications}) records that the question was asked: empty.
     * {@code list} is the field's name ({@code conditions}, {@code medications}; a CSV export's {@code concerns} too).
     */
    public static List<String> noneAware(String list, List<String> items) {
        if (items == null || items.isEmpty()) {
            return items;
        }
        Set<String> own = switch (list) {
            case "conditions" -> NO_CONDITIONS;
            case "medications" -> NO_MEDICATIONS;
            default -> Set.of();
        };
        for (int i = 0; i < items.size(); i++) {
            String entry = items.get(i);
            if (!mayBeNoneWord(entry) || isSpreadsheetError(entry)) {
                return items;
            }
            String key = Terms.key(entry);
            if (!NONE_WORDS.contains(key) && !own.contains(key)) {
                return items;
            }
        }
        return List.of();
    }

    private static Set<String> keys(String... phrases) {
        return Arrays.stream(phrases).map(Terms::key).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * False for ASCII text that cannot be a none word (most entries), so that it is not normalised: normalising
     * every single-entry list cost 3 % of `screen`. Other text may fold into other letters (a full-width form).
     */
    private static boolean mayBeNoneWord(String entry) {
        int letters = 0;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                if (letters == 0 && c != 'n' && c != 'N' || ++letters > NONE_LETTERS) {
                    return false;
                }
            }
        }
        return true;
    }
}
