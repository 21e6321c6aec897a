package org.skinadvisor.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTest {
    @Test
    void aWordIsAListedOneCutShortWhenItIsItsBeginningOfAtLeastSixLettersAndHalfOfIt() {
        assertThat(Terms.isCutShort("clopid", "clopidogrel")).isTrue();
        assertThat(Terms.isCutShort("spirono", "spironolactone")).isTrue();
        assertThat(Terms.isCutShort("spiron", "spironolactone")).as("less than half").isFalse();
        assertThat(Terms.isCutShort("warf", "warfarin")).as("fewer than six letters").isFalse();
        assertThat(Terms.isCutShort("warfarin", "warfarin")).as("the whole word is not cut short").isFalse();
        assertThat(Terms.isCutShort("warfarix", "warfarin")).isFalse();
    }

    @Test
    void aListWrittenAsOneEntryIsPartedIntoItsItems() {
        assertThat(Terms.listItems("Eczema, rosacea; lupus / SLE + MS & vitiligo | HSV")).containsExactly("Eczema",
                "rosacea", "lupus", "SLE", "MS", "vitiligo", "HSV");
        assertThat(Terms.listItems("warfarin (Coumadin) [daily]\naspirin")).containsExactly("warfarin", "Coumadin",
                "daily", "aspirin");
        assertThat(Terms.listItems("eczema AND psoriasis plus acne but also rosacea or lupus"))
                .containsExactly("eczema", "psoriasis", "acne", "rosacea", "lupus");
        assertThat(Terms.listItems("Acne scars. Lupus.")).as("a full stop that ends a sentence")
                .containsExactly("Acne scars", "Lupus.");
        assertThat(Terms.listItems("tretinoin 0.05% cream")).as("a decimal point").containsExactly("tretinoin 0.05% cream");
        assertThat(Terms.listItems("rosacea - mild \u2013 cheeks -- Retin-A")).as("a dash between spaces")
                .containsExactly("rosacea", "mild", "cheeks", "Retin-A");
        assertThat(Terms.listItems("candy band, Orlando, sandbox, butter")).as("whole words only")
                .containsExactly("candy band", "Orlando", "sandbox", "butter");
        assertThat(Terms.listItems(" , ")).isEmpty();
    }

    @Test
    void joinedWritesTheLettersAndDigitsTogetherAndMakesTheWholeSingular() {
        assertThat(Terms.joined("Cold Sores")).isEqualTo("coldsore");
        assertThat(Terms.joined("herpes simplex")).isEqualTo("herpessimplex");
        assertThat(Terms.joined("Rosacée, high-dose")).isEqualTo("rosaceehighdose");
        assertThat(Terms.joined("war\u00ADfarin 5 mg")).isEqualTo("warfarin5mg");
    }

    @Test
    void foldsCaseAccentsPunctuationSpacingAndPlurals() {
        assertThat(Terms.words("  Acne-SCARS,  rosacée ")).containsExactly("acne", "scar", "rosacee");
        assertThat(Terms.words("allergies; crow's feet")).containsExactly("allergy", "crow", "feet");
    }

    @Test
    void invisibleFormattingCharactersAreIgnoredInsideAWord() {
        // soft hyphen, zero-width space, zero-width joiner, word joiner, byte-order mark, right-to-left override
        for (String invisible : List.of("\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u202E")) {
            assertThat(Terms.words("war" + invisible + "farin 5 mg")).as("U+%04X", (int) invisible.charAt(0))
                    .containsExactly("warfarin", "5", "mg");
        }
    }

    @Test
    void aNumberGluedToAWordIsAWordOfItsOwn() {
        assertThat(Terms.words("Eliquis5mg")).containsExactly("eliquis", "5", "mg");
        assertThat(Terms.words("aspirin 81mg, 2x daily")).containsExactly("aspirin", "81", "mg", "2", "x", "daily");
        assertThat(Terms.words("type2 diabetes")).isEqualTo(Terms.words("type 2 diabetes"));
    }

    @Test
    void aWordThatGoesOnFromMostOfAListedWordMayBeAFormOfIt() {
        assertThat(Terms.isFormOf("psoriatic", "psoriasis")).isTrue();
        assertThat(Terms.isFormOf("eczematous", "eczema")).isTrue();
        assertThat(Terms.isFormOf("infected", "infection")).isTrue();
        assertThat(Terms.isFormOf("sunburned", "sunburn")).isTrue();
        assertThat(Terms.isFormOf("hypertension", "hypertrophic")).as("six letters, half the word").isFalse();
        assertThat(Terms.isFormOf("breast", "breastfeeding")).as("only the beginning of the listed word").isFalse();
        assertThat(Terms.isFormOf("eczema", "eczema")).isFalse();
        assertThat(Terms.isFormOf("acnes", "acne")).as("shorter than six letters in common").isFalse();
    }

    @Test
    void keepsWordsThatOnlyLookPlural() {
        assertThat(Terms.words("psoriasis herpes stress")).containsExactly("psoriasis", "herpe", "stress");
    }

    @Test
    void findsAPhraseInsideLongerText() {
        PhraseIndex<String> index = PhraseIndex.<String>builder().add("benzoyl peroxide", "bpo").add("warfarin", "w").build();
        assertThat(index.find(Terms.words("Warfarin 5 mg daily, benzoyl-peroxide 5%")))
                .extracting(PhraseIndex.Hit::value).containsExactly("w", "bpo");
        assertThat(index.find(List.of("benzoyl"))).isEmpty();
    }

    @Test
    void editDistanceCountsAnAdjacentSwapAsOneEdit() {
        assertThat(EditDistance.between("psoraisis", "psoriasis", 2)).isEqualTo(1);
        assertThat(EditDistance.between("warfrin", "warfarin", 2)).isEqualTo(1);
        assertThat(EditDistance.between("aspirin", "heparin", 1)).isEqualTo(2);
    }

    @Test
    void aPluralInEsLosesItAfterShXSsAndTchOnly() {
        assertThat(Terms.words("skin rashes, boxes, abscesses, patches")).containsExactly("skin", "rash", "box", "abscess", "patch");
        assertThat(Terms.words("headaches, bruises, herpes")).containsExactly("headache", "bruise", "herpe");
    }

    @Test
    void shortWordsKeepTheirEnding() {
        assertThat(Terms.words("ties gas pies axes")).containsExactly("tie", "gas", "pie", "axe");
        assertThat(Terms.words("allergies")).containsExactly("allergy");
    }

    @Test
    void aMisspellingIsToleratedOnlyInLongerWords() {
        assertThat(EditDistance.tolerance(5)).isZero();
        assertThat(EditDistance.tolerance(6)).isEqualTo(1);
        assertThat(EditDistance.tolerance(9)).isEqualTo(1);
        assertThat(EditDistance.tolerance(10)).isEqualTo(2);
        assertThat(EditDistance.between("warfarin", "warfarinxx", 2)).isEqualTo(2);
        assertThat(EditDistance.between("warfarin", "warfarinxxx", 2)).isEqualTo(3);
        assertThat(EditDistance.between("abcdef", "uvwxyz", 1)).isEqualTo(2);
        assertThat(EditDistance.between("abcdef", "f", 10)).isEqualTo(5);
        assertThat(EditDistance.between("f", "abcdef", 10)).isEqualTo(5);
    }

    @Test
    void aHitCoversOnlyHitsInsideIt() {
        PhraseIndex.Hit<String> outer = new PhraseIndex.Hit<>(1, 3, "a");
        assertThat(outer.covers(new PhraseIndex.Hit<>(1, 3, "b"))).isTrue();
        assertThat(outer.covers(new PhraseIndex.Hit<>(2, 3, "b"))).isTrue();
        assertThat(outer.covers(new PhraseIndex.Hit<>(0, 2, "b"))).isFalse();
        assertThat(outer.covers(new PhraseIndex.Hit<>(2, 4, "b"))).isFalse();
    }

    /** The textbook table, filled whole: the distance the bounded one must give whenever it is within the limit. */
    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * Over three letters, and over letters and digits with near spellings made by random edits: the wide alphabet is
     * where the count of characters one word lacks ends most comparisons early, and must never end one too early.
     */
    @ParameterizedTest
    @ValueSource(strings = {"abc", "abcdefghijklmnopqrstuvwxyz0123456789"})
    void editDistanceWithinTheLimitIsExactAndBeyondItIsOverTheLimit(String alphabet) {
        Random random = new Random(7);
        int within = 0;
        for (int round = 0; round < 20_000; round++) {
            String a = randomWord(random, alphabet);
            String b = switch (random.nextInt(3)) {
                case 0 -> randomWord(random, alphabet);
                case 1 -> a.substring(0, random.nextInt(a.length() + 1));
                default -> edited(edited(a, random, alphabet), random, alphabet);
            };
            int limit = random.nextInt(4);
            int expected = fullTable(a, b);
            int got = EditDistance.between(a, b, limit);
            if (expected <= limit) {
                within++;
                assertThat(got).as("%s %s %d", a, b, limit).isEqualTo(expected);
            } else {
                assertThat(got).as("%s %s %d", a, b, limit).isGreaterThan(limit);
            }
        }
        assertThat(within).isGreaterThan(5_000);
    }

    private static String randomWord(Random random, String alphabet) {
        StringBuilder w = new StringBuilder();
        for (int i = random.nextInt(9); i > 0; i--) {
            w.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return w.toString();
    }

    /** One random substitution, insertion, deletion or swap of neighbours. */
    private static String edited(String w, Random random, String alphabet) {
        StringBuilder e = new StringBuilder(w);
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        int at = random.nextInt(w.length() + 1);
        int kind = random.nextInt(4);
        if (kind == 0) {
            e.insert(at, c);
        } else if (kind == 1 && at < w.length()) {
            e.setCharAt(at, c);
        } else if (kind == 2 && at < w.length()) {
            e.deleteCharAt(at);
        } else if (kind == 3 && at + 1 < w.length()) {
            e.setCharAt(at, w.charAt(at + 1));
            e.setCharAt(at + 1, w.charAt(at));
        }
        return e.toString();
    }
}
