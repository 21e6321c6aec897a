package org.skinadvisor.report;

import org.junit.jupiter.api.Test;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skinadvisor.screening.Profiles.KB;
import static org.skinadvisor.screening.Profiles.SCREENER;

class TableFormatTest {
    /** Many reasons: found, to confirm, not settled, several questions, unmatched entries, notes, a concern. */
    private static final IntakeProfile MANY_REASONS = new IntakeProfile("P-0042",
            List.of("acne scars", "wrinkles", "glow"), List.of("rosacea", "hay fever", "a mole that is changing"),
            List.of("warfarin", "tretinoin cream", "vitamin d"), 40, null, "on holiday soon", null);

    /** The table's row for a record from {@code source} that could not be read. */
    private static String row(String source, boolean wrapped) throws Exception {
        return rows(wrapped, new ScreenedRecord(IntakeRecord.invalid(source,
                new InvalidInputException(Problem.SYNTAX, "a comma is missing after the value of `concerns`, before"
                        + " the next field", 1, 9), null, "P-1"), null));
    }

    private static String row(IntakeProfile p, boolean wrapped) throws Exception {
        return rows(wrapped, new ScreenedRecord(IntakeRecord.valid("intake/p.jsonl:1", new ReadProfile(p, List.of()),
                "h"), SCREENER.assess(p)));
    }

    private static String rows(boolean wrapped, ScreenedRecord r) throws Exception {
        return rows(wrapped ? TableFormat.Layout.WRAPPED : TableFormat.Layout.LINES, r);
    }

    private static String rows(TableFormat.Layout layout, ScreenedRecord r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchFormat.RecordWriter writer = new TableFormat(KB, layout).open(out);
        writer.write(r);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSourceFitsItsColumnWithTheSpaceAfterItAndOneWiderKeepsItsEnd() throws Exception {
        // The source column is 21 places, the last of them the space before the id.
        String fits = "intake/" + "x".repeat(5) + ".jsonl:1";
        String wider = "intake/" + "x".repeat(6) + ".jsonl:1";
        assertThat(fits).hasSize(20);
        assertThat(row(fits, false)).startsWith(fits + " P-1        error: 1:9: a comma is missing");
        assertThat(row(wider, false)).startsWith("~" + wider.substring(2) + " P-1 ");
    }

    @Test
    void theHeaderFillsEightyColumnsWithTheVerdictsUnderTheirTreatments() throws Exception {
        String header = new String(new TableFormat(KB, TableFormat.Layout.WRAPPED).header(), StandardCharsets.UTF_8);
        assertThat(header).isEqualTo("SOURCE               ID         MICRONEEDLING   MICRODERMABRASION RECOMMENDATION\n");
        IntakeProfile suitable = new IntakeProfile("P-1", List.of("stretch marks"), List.of(), List.of(), 30,
                SkinType.of(FitzpatrickType.II), null, null);
        assertThat(row(suitable, true)).isEqualTo(
                "intake/p.jsonl:1     P-1        suitable        suitable          microneedling\n");
        assertThat(row(suitable, false)).as("nothing to say after it, either way").isEqualTo(row(suitable, true));
    }

    @Test
    void inAFileEachRecordIsOneLineWithItsReasonsAfterTheRecommendation() throws Exception {
        String line = row(MANY_REASONS, false);
        assertThat(line).endsWith("\n").hasLineCount(1)
                .startsWith("intake/p.jsonl:1     P-0042     contraindicated caution           -  (found: ")
                .contains("  (to confirm: changing-skin-lesions)  (")
                .contains("  (notes: not screened, read them)  (1 concern not recognised)");
    }

    @Test
    void onATerminalTheReasonsGoOnIndentedLinesWithinEightyColumnsEachKeptWholeWhenItFits() throws Exception {
        String[] lines = row(MANY_REASONS, true).split("\n");
        assertThat(lines[0]).isEqualTo("intake/p.jsonl:1     P-0042     contraindicated caution           -");
        assertThat(lines).hasSizeGreaterThan(2);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith("    (").hasSizeLessThanOrEqualTo(80);
        }
        List<String> reasons = List.of(lines).subList(1, lines.length).stream().map(String::strip).toList();
        assertThat(String.join(" ", reasons)).as("the same reasons as the file's line, in its order")
                .isEqualTo(row(MANY_REASONS, false).substring(lines[0].length() + 2).strip().replace(")  (", ") ("));
        for (String whole : List.of("(to confirm: changing-skin-lesions)", "(notes: not screened, read them)",
                "(2 entries matched no rule: check by hand)", "(not settled: a yes may contraindicate microdermabrasion)")) {
            assertThat(reasons).as("a reason that fits on a line is not broken").anyMatch(l -> l.contains(whole));
        }
    }

    @Test
    void onATerminalAReasonWiderThanALineIsWrappedBetweenItsWords() throws Exception {
        IntakeProfile everything = new IntakeProfile("P-7", List.of("acne scars"), List.of("rosacea", "psoriasis",
                "keloid scarring", "active acne", "cold sores", "sunburn", "skin cancer"),
                List.of("warfarin", "isotretinoin"), 40, SkinType.of(FitzpatrickType.V), null, null);
        String[] lines = row(everything, true).split("\n");
        assertThat(lines[1]).isEqualTo("    (found: anticoagulants, keloid-tendency, changing-skin-lesions,");
        assertThat(lines[2]).as("the next word did not fit on the line before").startsWith("    psoriasis-eczema, ")
                .hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void onATerminalAnErrorIsWrappedUnderItsRecord() throws Exception {
        String[] lines = row("intake/p.jsonl:3", true).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("intake/p.jsonl:3     P-1        error: 1:9: a comma is missing after the value");
        assertThat(lines[1]).isEqualTo("    of `concerns`, before the next field");
    }

    @Test
    void onATerminalThatTakesColourEachVerdictHasCheckColourAndTheColumnsStillLineUp() throws Exception {
        ScreenedRecord r = new ScreenedRecord(IntakeRecord.valid("intake/p.jsonl:1", new ReadProfile(MANY_REASONS,
                List.of()), "h"), SCREENER.assess(MANY_REASONS));
        String coloured = rows(TableFormat.Layout.WRAPPED_IN_COLOUR, r);
        assertThat(coloured).startsWith("intake/p.jsonl:1     P-0042     \u001b[1;31mcontraindicated\u001b[0m "
                + "\u001b[1;33mcaution\u001b[0m           -\n");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(rows(TableFormat.Layout.WRAPPED, r));
        assertThat(new String(new TableFormat(KB, TableFormat.Layout.WRAPPED_IN_COLOUR).header(), StandardCharsets.UTF_8))
                .startsWith("\u001b[1mSOURCE ").endsWith("RECOMMENDATION\u001b[0m\n");
    }
}
