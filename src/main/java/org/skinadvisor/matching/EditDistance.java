package org.skinadvisor.matching;

import java.util.Locale;

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * The distance when it is at most {@code limit}, otherwise a number above {@code limit}. Three rows of the
     * table, not the whole table: every word of every condition and medicine is compared with the drug names,
     * and a table per comparison made a 9,000-character entry cost milliseconds in allocation alone.
     */
    public static int between(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit || differentCharacters(a, b) > limit) {
            return limit + 1;
        }
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            char ai = a.charAt(i - 1);
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                char bj = b.charAt(j - 1);
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    v = Math.min(v, twoBack[j - 2] + 1);
                }
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1; // every alignment passes through this row
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }

    /** The known name a word is, or is a few edits from (a third of its length, 1-3), whatever the case; else null. */
    public static String nearest(String word, Iterable<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = between(lower, k, 3);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(3, word.length() / 3)) ? best : null;
    }

    /**
     * A lower bound of the distance, far cheaper than the table, at which most pairs of words part: each character
     * one word has and the other lacks needs an edit of its own. Characters are folded into 64 bits ({@code 1L << c}
     * keeps the low six bits of {@code c}); two sharing a bit can only lower the count.
     */
    private static int differentCharacters(String a, String b) {
        long x = characters(a);
        long y = characters(b);
        return Math.max(Long.bitCount(x & ~y), Long.bitCount(y & ~x));
    }

    private static long characters(String w) {
        long set = 0;
        for (int i = 0; i < w.length(); i++) {
            set |= 1L << w.charAt(i);
        }
        return set;
    }

    /** How many edits a word of this length may differ by and still count as a probable misspelling. */
    public static int tolerance(int length) {
        if (length >= 10) {
            return 2;
        }
        return length >= 6 ? 1 : 0;
    }
}
