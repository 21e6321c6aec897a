package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;
import org.skinadvisor.intake.CsvProfiles;
import org.skinadvisor.intake.CsvRows;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.UnknownField;
import org.skinadvisor.parsing.IntakeWarning;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a unit of work weighs in a chunk: about its report's size, so that a chunk's report stays bounded. */
class WorkTest {
    private static Work.Row row(String header, String cells) throws Exception {
        CsvRows rows = new CsvRows(new BufferedReader(new StringReader(header + "\n" + cells + "\n")));
        CsvProfiles profiles = new CsvProfiles(rows.header(), Set.of());
        return new Work.Row("a.csv:2", rows.next(), profiles);
    }

    @Test
    void aCsvRowWeighsItsBytesAndEachColumnItsHeaderDoesNotRead() throws Exception {
        assertThat(row("id,concerns", "P-1,pores").weight()).isEqualTo(1);
        StringBuilder header = new StringBuilder("id,concerns");
        StringBuilder cells = new StringBuilder("P-1,pores");
        for (int i = 0; i < 1_000; i++) {
            header.append(",c").append(i);
            cells.append(",v");
        }
        assertThat(row(header.toString(), cells.toString()).weight())
                .as("its 2,009 bytes, and a warning of about 100 bytes for each of 1,000 columns in its report")
                .isEqualTo(1 + (cells.length() + 100 * 1_000) / Work.BYTES_PER_WEIGHT);
    }

    @Test
    void aRecordReadAheadWeighsItsWarningsAndUnknownFields() {
        IntakeProfile plain = new IntakeProfile("P-1", List.of("pores"), null, null, null, null, null, null);
        assertThat(new Work.Read(IntakeRecord.valid("a.json#1", new ReadProfile(plain, List.of()), "h")).weight())
                .isEqualTo(1);
        List<UnknownField> fields = Collections.nCopies(500, new UnknownField("f", "v"));
        IntakeProfile many = new IntakeProfile("P-2", List.of("pores"), null, null, null, null, null, null, fields);
        List<IntakeWarning> warnings = Collections.nCopies(500, new IntakeWarning("unknown field `f`", 1, 1));
        assertThat(new Work.Read(IntakeRecord.valid("a.json#2", new ReadProfile(many, warnings), "h")).weight())
                .isEqualTo(1 + 100 * 1_000 / Work.BYTES_PER_WEIGHT);
        assertThat(new Work.Read(IntakeRecord.invalid("a.json#3", null, "h")).weight()).as("an error record").isEqualTo(1);
    }
}
