package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeProfileTest {
    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE.", "nil", "no", "  N / A  ", "n/a", "Nothing", "nothings",
        "nothing's", "\uff4e\uff4f\uff4e\uff45"})
    void aListHoldingOnlyANoneWordWasAskedAndIsEmpty(String entry) {
        assertThat(IntakeProfile.noneAware(List.of(entry))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none known", "nothing else", "nonexistent", "n o n e", "warfarin", "no-thing-s", "Eliquis",
        "keloids", "(none) x", "#N/A", " #n/a"})
    void anyOtherEntryIsKept(String entry) {
        assertThat(IntakeProfile.noneAware(List.of(entry))).containsExactly(entry);
    }

    @Test
    void noneAmongOtherEntriesIsAnEntry() {
        assertThat(IntakeProfile.noneAware(List.of("none", "warfarin"))).containsExactly("none", "warfarin");
    }
}
