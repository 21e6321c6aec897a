package org.skinadvisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeProfileTest {
    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE.", "nil", "no", "  N / A  ", "n/a", "Nothing", "nothings",
        "nothing's", "\uff4e\uff4f\uff4e\uff45"})
    void aListHoldingOnlyANoneWordWasAskedAndIsEmpty(String entry) {
        assertThat(IntakeProfile.noneAware("conditions", List.of(entry))).isEmpty();
        assertThat(IntakeProfile.noneAware("medications", List.of(entry))).isEmpty();
    }

    /**
     * An entry no rule recognises leaves its list's questions open, so the ways a form says none are read as none,
     * each only of the list it speaks of.
     */
    @ParameterizedTest
    @CsvSource({"none known, conditions", "Nil known, medications", "None reported., conditions",
        "not applicable, medications", "none at present, conditions", "No medical history, conditions",
        "no PMH, conditions", "no significant past medical history, conditions", "No meds, medications",
        "no current medications, medications", "no regular medicines, medications", "none to my knowledge, conditions",
        "None that I know of, medications", "nil of note, conditions", "no health issues, conditions",
        "Nil regular, medications", "Not on any medication, medications", "not taking any meds, medications",
        "no known medical conditions, conditions"})
    void aWrittenOutNoneIsNoneOfItsOwnList(String entry, String list) {
        assertThat(IntakeProfile.noneAware(list, List.of(entry))).isEmpty();
        assertThat(IntakeProfile.noneAware(list, List.of(entry, "none"))).as("every entry says none").isEmpty();
        String other = list.equals("conditions") ? "medications" : "conditions";
        String lower = entry.toLowerCase(java.util.Locale.ROOT);
        boolean ofEither = !lower.startsWith("no ") && !lower.startsWith("nil regular") && !lower.startsWith("not on")
                && !lower.startsWith("not taking");
        assertThat(IntakeProfile.noneAware(other, List.of(entry))).hasSize(ofEither ? 0 : 1);
        assertThat(IntakeProfile.noneAware("concerns", List.of(entry))).hasSize(ofEither ? 0 : 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no known allergies", "NKDA", "nothing else", "nonexistent", "n o n e", "warfarin", "no-thing-s", "Eliquis",
        "keloids", "(none) x", "#N/A", " #n/a", "not on any medication but warfarin"})
    void anyOtherEntryIsKept(String entry) {
        assertThat(IntakeProfile.noneAware("conditions", List.of(entry))).containsExactly(entry);
        assertThat(IntakeProfile.noneAware("medications", List.of(entry))).containsExactly(entry);
    }

    @Test
    void noneAmongOtherEntriesIsAnEntry() {
        assertThat(IntakeProfile.noneAware("medications", List.of("none", "warfarin"))).containsExactly("none", "warfarin");
        assertThat(IntakeProfile.noneAware("conditions", List.of("no medical history", "no meds")))
                .as("no meds says nothing of conditions").containsExactly("no medical history", "no meds");
    }
}
