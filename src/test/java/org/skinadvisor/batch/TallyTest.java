package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.report.ScreenedRecord;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {
    private static ScreenedRecord error(Problem problem) {
        return new ScreenedRecord(IntakeRecord.invalid("in.jsonl:1", new InvalidInputException(problem, "x", 1, 1), null),
                null);
    }

    @Test
    void anInternalErrorInAnyChunkReachesTheRunsTotalSoTheRunExitsSeventy() {
        Tally first = new Tally();
        first.add(error(Problem.SYNTAX));
        Tally second = new Tally();
        second.add(error(Problem.INTERNAL));
        Tally total = new Tally();
        total.merge(first);
        assertThat(total.internalError()).isFalse();
        total.merge(second);
        total.merge(new Tally());
        assertThat(total.internalError()).isTrue();
        assertThat(total.records()).isEqualTo(2);
        assertThat(total.errors()).isEqualTo(2);
    }
}
