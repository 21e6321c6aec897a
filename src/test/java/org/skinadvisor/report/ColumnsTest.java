package org.skinadvisor.report;

import org.junit.jupiter.api.Test;

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
}
