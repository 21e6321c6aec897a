package org.skinadvisor.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns free text into comparable words: case, accents, punctuation, spacing and simple plurals are
 * ignored, so that "Acne-Scars", "acne  scar" and "ACNE SCARS" are the same two words. Invisible formatting
 * characters are ignored too, and a number glued to a word is a word of its own ("warfarin5mg").
 */
public final class Terms {
    private Terms() {
    }

    public static List<String> words(String text) {
        String folded = folded(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int type = Character.getType(c);
            // A soft hyphen or a zero-width space pasted from a PDF or a web page sits unseen inside a word:
            // read as a break, it made "war\u00ADfarin" two unknown words and cleared a blood thinner.
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (word.length() > 0 && Character.isDigit(c) != Character.isDigit(word.charAt(word.length() - 1))) {
                    words.add(singular(word.toString()));
                    word.setLength(0);
                }
                word.append(c);
            } else if (c == '\'' || c == '\u2019') {
                continue; // "crow's" and "crows" are one word
            } else if (word.length() > 0) {
                words.add(singular(word.toString()));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(singular(word.toString()));
        }
        return words;
    }

    /**
     * The text's letters and digits written together, as one word, made singular as one: "cold sores" is
     * "coldsore", "herpes simplex" "herpessimplex", as a patient who runs the words together writes them.
     */
    public static String joined(String text) {
        String folded = folded(text);
        StringBuilder word = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                word.append(folded.charAt(i));
            }
        }
        return singular(word.toString());
    }

    private static String folded(String text) {
        // Plain ASCII needs no decomposition; skipping it also spares start-up the normaliser's tables.
        return (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * What parts a list written as one entry into its items: punctuation that lists ("eczema, rosacea", "Xarelto/aspirin",
     * "warfarin + aspirin", "eczema (also lupus)"), a dash between spaces ("rosacea - mild"; not "Retin-A"), a full stop
     * that ends a sentence ("Acne scars. Lupus."), and the words that join items ("and", "plus", "but", "also", "or").
     */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "[,;+&/()\\[\\]|\\n]|\\.(?=\\s)|\\s[-\u2013\u2014]+\\s|(?<![\\p{L}\\p{N}])(?:and|plus|but|also|or)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The items of a list written as one entry, each with some text; one item for an entry that lists nothing. */
    public static List<String> listItems(String entry) {
        List<String> items = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(entry)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    public static String key(String text) {
        return String.join(" ", words(text));
    }

    /** The shortest common beginning that makes a word a form of a listed one. */
    public static final int STEM = 6;

    /**
     * Whether {@code word} may be another form of the listed word: it begins as the listed word does for at least
     * {@value #STEM} letters and two thirds of the listed word, and goes on past that beginning. "psoriatic" for
     * psoriasis, "eczematous" for eczema, "infected" for infection; not "hypertension" for hypertrophic, and not
     * "breast" for breastfeeding (a word that is only the beginning of a listed one is a word of its own).
     */
    public static boolean isFormOf(String word, String listed) {
        int shorter = Math.min(word.length(), listed.length());
        int common = 0;
        while (common < shorter && word.charAt(common) == listed.charAt(common)) {
            common++;
        }
        return common >= STEM && 3 * common >= 2 * listed.length() && common < word.length();
    }

    /**
     * Whether {@code word} may be the listed word cut short, as a busy hand writes a drug's name ("clopid", "spirono"):
     * its beginning, of at least {@value #STEM} letters and half the listed word.
     */
    public static boolean isCutShort(String word, String listed) {
        return word.length() >= STEM && 2 * word.length() >= listed.length() && word.length() < listed.length()
                && listed.startsWith(word);
    }

    /**
     * Simple English plurals only; both sides of every comparison go through the same rule. A plural in -es is
     * singular without it only after sh, x, ss and tch ("rashes", "boxes", "abscesses", "patches"), where no word
     * ends in e; elsewhere the e may be the word's own ("headaches", "bruises").
     */
    static String singular(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses") || w.endsWith("tches"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.charAt(n - 1) == 's' && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
