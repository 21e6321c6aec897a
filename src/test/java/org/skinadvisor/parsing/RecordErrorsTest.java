package org.skinadvisor.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RecordErrorsTest {
    private static InvalidInputException at(int column) {
        return new InvalidInputException(Problem.TYPE, "entry " + column + " must be text", 1, column);
    }

    private static InvalidInputException thrown(RecordErrors errors) {
        return catchThrowableOfType(InvalidInputException.class, () -> errors.throwIfAny(List.of()));
    }

    @Test
    void aRecordKeepsItsFirstHundredErrorsAndSaysHowManyMoreFromWhere() {
        RecordErrors errors = new RecordErrors();
        for (int column = 1; column <= 1_100; column++) {
            errors.add(at(column));
        }
        InvalidInputException e = thrown(errors);
        assertThat(e.located()).isEqualTo("1:1: entry 1 must be text");
        assertThat(e.all()).hasSize(RecordErrors.KEPT + 1);
        assertThat(e.all().get(RecordErrors.KEPT - 1).located()).isEqualTo("1:100: entry 100 must be text");
        InvalidInputException more = e.all().get(RecordErrors.KEPT);
        assertThat(more.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(more.located()).isEqualTo("1:101: 1,000 more errors from here on, not listed (a record lists its"
                + " first 100): fix those and read it again");
    }

    @Test
    void oneLeftOutIsSaidInTheSingularAndAHundredAreAllKept() {
        RecordErrors hundred = new RecordErrors();
        for (int column = 1; column <= RecordErrors.KEPT; column++) {
            hundred.add(at(column));
        }
        assertThat(thrown(hundred).all()).hasSize(RecordErrors.KEPT).allMatch(x -> x.problem() == Problem.TYPE);
        hundred.add(at(101));
        assertThat(thrown(hundred).all().get(RecordErrors.KEPT).getMessage()).startsWith("1 more error from here on,");
    }

    @Test
    void theErrorThatStoppedTheReadingLeadsTheOnesFoundBeforeIt() throws InvalidInputException {
        RecordErrors errors = new RecordErrors();
        assertThat(errors.isEmpty()).isTrue();
        errors.throwIfAny(List.of()); // nothing found: nothing thrown
        errors.add(at(3));
        assertThat(errors.isEmpty()).isFalse();
        InvalidInputException stop = new InvalidInputException(Problem.SYNTAX, "a comma is missing", 1, 9);
        InvalidInputException e = errors.stoppedBy(stop, List.of());
        assertThat(e.located()).isEqualTo("1:9: a comma is missing");
        assertThat(e.othersByPlace()).extracting(InvalidInputException::located).containsExactly("1:3: entry 3 must be text");
    }
}
