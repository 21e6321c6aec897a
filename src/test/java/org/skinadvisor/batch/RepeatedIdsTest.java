package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedIdsTest {
    @Test
    void countsTheRecordsThatRepeatAnEarlierIdAndNamesTheFirst() {
        RepeatedIds ids = new RepeatedIds();
        for (String id : new String[] {"P-1", "P-2", null, "", "P-2", "p-1", "P-1", "P-2", null, ""}) {
            ids.add(id);
        }
        assertThat(ids.repeats()).isEqualTo(3);
        assertThat(ids.first()).isEqualTo("P-2");
        assertThat(ids.checkedAll()).isTrue();
    }

    @Test
    void findsEveryRepeatAmongManyIdsAsTheTableGrows() {
        RepeatedIds ids = new RepeatedIds();
        for (int i = 0; i < 50_000; i++) {
            ids.add("P-" + i);
        }
        assertThat(ids.repeats()).isZero();
        for (int i = 0; i < 50_000; i += 7) {
            ids.add("P-" + i);
        }
        assertThat(ids.repeats()).isEqualTo(7143);
        assertThat(ids.first()).isEqualTo("P-0");
    }

    @Test
    void beyondItsLimitItStillFindsRepeatsOfTheIdsItHoldsAndSaysTheRestWereNotChecked() {
        RepeatedIds ids = new RepeatedIds(100);
        for (int i = 0; i < 150; i++) {
            ids.add("P-" + i);
        }
        assertThat(ids.checkedAll()).isFalse();
        assertThat(ids.limit()).as("the summary names how many were checked").isEqualTo(100);
        ids.add("P-120");
        assertThat(ids.repeats()).isZero();
        ids.add("P-99");
        assertThat(ids.repeats()).isEqualTo(1);
        assertThat(ids.first()).isEqualTo("P-99");
    }
}
