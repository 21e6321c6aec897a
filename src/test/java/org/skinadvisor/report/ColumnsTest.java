package org.skinadvisor.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnsTest {
    @Test
    void textTakesTheColumnsATerminalGivesIt() {
        assertThat(Columns.width("warfarin")).isEqualTo(8);
        assertThat(Columns.width("山田太郎")).isEqualTo(8);
        assertThat(Columns.width("e\u0301mile")).isEqualTo(5);
        assertThat(Columns.width("ＡＢ")).isEqualTo(4); // fullwidth Latin, as Japanese input methods type it
        assertThat(Columns.width("\uD83D\uDE00 ok")).isEqualTo(5); // an emoji, a space, two letters
        assertThat(Columns.width("a\u200Bb")).isEqualTo(2); // a zero-width space takes none
    }

    @Test
    void wrappingCountsColumnsNotCharacters() {
        StringBuilder out = new StringBuilder();
        // Nine names of four wide characters: 72 columns, with the prefix and the spaces 84, more than 80.
        Columns.wrap(out, "  - ", "山田太郎 ".repeat(8) + "山田太郎");
        assertThat(out.toString().lines()).hasSize(2)
                .allSatisfy(line -> assertThat(Columns.width(line)).isLessThanOrEqualTo(Columns.WIDTH));
    }

    /** Each wide range of Markus Kuhn's wcwidth, and the emoji blocks: its ends take two columns, its neighbours one. */
    @ParameterizedTest(name = "U+{0}")
    @CsvSource({
        "10FF, 1", "1100, 2", "115F, 2", "1160, 1",
        "2328, 1", "2329, 2", "232A, 2", "232B, 1",
        "2E7F, 1", "2E80, 2", "303E, 2", "303F, 1", "3040, 2", "A4CF, 2", "A4D0, 1",
        "ABFF, 1", "AC00, 2", "D7A3, 2", "D7A4, 1",
        "F8FF, 1", "F900, 2", "FAFF, 2", "FB00, 1",
        "FE0F, 0", "FE10, 2", "FE19, 2", "FE1A, 1",
        "FE2F, 0", "FE30, 2", "FE6F, 2", "FE70, 1",
        "FEFF, 0", "FF00, 2", "FF60, 2", "FF61, 1",
        "FFDF, 1", "FFE0, 2", "FFE6, 2", "FFE7, 1",
        "1F2FF, 1", "1F300, 2", "1F64F, 2", "1F650, 1",
        "1F8FF, 1", "1F900, 2", "1F9FF, 2", "1FA00, 1",
        "1FFFF, 1", "20000, 2", "2FFFD, 2", "2FFFE, 1",
        "2FFFF, 1", "30000, 2", "3FFFD, 2", "3FFFE, 1",
    })
    void aWideRangeTakesTwoColumnsFromItsFirstCharacterToItsLast(String hex, int columns) {
        assertThat(Columns.width(Integer.parseInt(hex, 16))).isEqualTo(columns);
    }

    @Test
    void aLineFillsAllEightyColumnsBeforeItWraps() {
        StringBuilder full = new StringBuilder();
        Columns.wrap(full, "  - ", "x".repeat(70) + " " + "y".repeat(5));
        assertThat(full).hasToString("  - " + "x".repeat(70) + " yyyyy\n");
        StringBuilder over = new StringBuilder();
        Columns.wrap(over, "  - ", "x".repeat(70) + " " + "y".repeat(6));
        assertThat(over).hasToString("  - " + "x".repeat(70) + "\n    yyyyyy\n");
    }

    @Test
    void aTailIsNeverBrokenAcrossLines() {
        String tail = "yes -> contraindicated, no -> review";
        String text = "each of " + "a-question, ".repeat(4) + "another:";
        StringBuilder fits = new StringBuilder();
        Columns.wrapKeepingTail(fits, "   - ", "each of keloids:", tail);
        assertThat(fits).hasToString("   - each of keloids: " + tail + "\n");
        StringBuilder broken = new StringBuilder();
        Columns.wrapKeepingTail(broken, "   - ", text, tail);
        assertThat(broken).hasToString("   - " + text + "\n     " + tail + "\n");
        StringBuilder plain = new StringBuilder();
        Columns.wrap(plain, "   - ", text + " " + tail);
        assertThat(plain.toString().lines()).as("where plain wrapping breaks it").hasSize(2)
                .noneMatch(line -> line.contains(tail));
    }

    @Test
    void aGroupStaysWholeOnALineItFitsAndOneWiderIsWrappedBetweenItsWords() {
        String fits = "(found: " + "x".repeat(60) + " " + "y".repeat(6) + ")";
        assertThat(fits).hasSize(76);
        StringBuilder whole = new StringBuilder();
        Columns.wrapGroups(whole, "    ", List.of("(ask 5 questions)", fits));
        assertThat(whole).hasToString("    (ask 5 questions)\n    " + fits + "\n");
        String wider = fits.replace("yyyyyy", "yyyyyyy");
        StringBuilder split = new StringBuilder();
        Columns.wrapGroups(split, "    ", List.of("(ask 5 questions)", wider));
        assertThat(split).hasToString("    (ask 5 questions) (found:\n    " + "x".repeat(60) + " yyyyyyy)\n");
    }
}
