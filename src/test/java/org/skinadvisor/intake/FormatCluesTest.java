package org.skinadvisor.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FormatCluesTest {
    /** Text is written with `/` for a line break; the clue is the words after "is this", or none. */
    @ParameterizedTest(name = "{1} read as {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "CSV  | {/  \"id\": \"P-1\",/  \"concerns\": [\"pores\"]/}  | JSON? It starts with `{`",
        "CSV  | {}                                             | JSON? It starts with `{`",
        "CSV  | {                                              | none",
        "YAML | {\"id\":\"P-1\"}/{\"id\":\"P-2\"}                | JSON Lines? Its first two lines each read as a record",
        "CSV  | {id: P-1, concerns: [pores]}/{id: P-2}         | none",
        "YAML | [{\"id\":\"P-1\"}]                              | JSON? It starts with `[`",
        "YAML | {\"id\": \"P-1\", \"concerns\": \"pores\"}        | none",
        "JSON | Patient ID;Skin concerns;Phototype (I-VI)      | CSV? It starts with what reads as a header row of column names",
        "JSON | \"id\",\"concerns\",,                           | CSV? It starts with what reads as a header row of column names",
        "YAML | id,,,                                          | none",
        "YAML | --,-                                           | none",
        "JSON | id,concerns,seen at: 10:00                     | none",
        "CSV  | ---/id: P-1                                    | YAML? It starts with YAML's `field: value`",
        "JSON | # exported//concerns:/  - pores                | YAML? It starts with YAML's `field: value`",
        "CSV  | # exported/                                    | none",
        "JSON | Patient P-1 (pores)                            | none",
        "CSV  | - \"pores\"                                   | none",
    })
    void anErrorAtAnInputsStartSaysWhatItsTextShowsWhenThatIsAnotherFormat(IntakeFormat read, String text, String clue) {
        InvalidInputException e = new InvalidInputException(Problem.SYNTAX, "the parser's message", 1, 1);
        String said = FormatClues.said(read, text.replace('/', '\n').getBytes(StandardCharsets.UTF_8), e).getMessage();
        if (clue == null) {
            assertThat(said).isEqualTo("the parser's message");
        } else {
            assertThat(said).startsWith("the parser's message (is this " + clue + "; ");
        }
    }
}
