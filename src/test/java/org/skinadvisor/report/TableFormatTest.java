package org.skinadvisor.report;

import org.junit.jupiter.api.Test;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TableFormatTest {
    /** The table's row for a record from {@code source} that could not be read. */
    private static String row(String source) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchFormat.RecordWriter writer = new TableFormat(KnowledgeBaseLoader.bundled()).open(out);
        writer.write(new ScreenedRecord(IntakeRecord.invalid(source,
                new InvalidInputException(Problem.SYNTAX, "a comma is missing", 1, 9), null, "P-1"), null));
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSourceFitsItsColumnWithTheSpaceAfterItAndOneWiderKeepsItsEnd() throws Exception {
        // The source column is 28 places, the last of them the space before the id.
        String fits = "intake/" + "x".repeat(12) + ".jsonl:1";
        String wider = "intake/" + "x".repeat(13) + ".jsonl:1";
        assertThat(fits).hasSize(27);
        assertThat(row(fits)).startsWith(fits + " P-1         error: 1:9: a comma is missing");
        assertThat(row(wider)).startsWith("~" + wider.substring(2) + " P-1 ");
    }
}
