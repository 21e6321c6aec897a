package org.skinadvisor.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFormatTest {
    @Test
    void everyFormulaStartIsNeutralisedAndQuotedWhenNeeded() {
        assertThat(CsvFormat.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvFormat.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(CsvFormat.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvFormat.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFormat.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvFormat.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvFormat.cell("a,b \"c\"")).isEqualTo("\"a,b \"\"c\"\"\"");
        assertThat(CsvFormat.cell("plain")).isEqualTo("plain");
        // A separator, quote or line break at the very start still makes the cell quoted.
        assertThat(CsvFormat.cell(",x")).isEqualTo("\",x\"");
        assertThat(CsvFormat.cell("\"x")).isEqualTo("\"\"\"x\"");
        assertThat(CsvFormat.cell("\nx")).isEqualTo("\"\nx\"");
    }

    @Test
    void terminalTextNeutralisesControlAndBidiCharacters() {
        assertThat(SafeText.terminal("a\u001b[2Jb\u009b\u202e\u0007")).isEqualTo("a\\u001b[2Jb\\u009b\\u202e\\u0007");
        assertThat(SafeText.terminal("Renée 😀")).isEqualTo("Renée 😀");
    }
}
