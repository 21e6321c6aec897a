package org.skinadvisor.report;

import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.screening.Assessment;

/** One batch record: as read, and its assessment (null when the record could not be read). */
public record ScreenedRecord(IntakeRecord record, Assessment assessment) {
}
