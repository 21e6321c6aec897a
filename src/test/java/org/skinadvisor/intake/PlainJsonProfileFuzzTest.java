package org.skinadvisor.intake;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.skinadvisor.parsing.InvalidInputException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick reading of plain JSON records against the strict reader, under a fuzzer: whatever the quick reading
 * accepts, the strict reader must read the same. `mvn verify` runs the committed corpus
 * (src/test/resources/.../PlainJsonProfileFuzzTestInputs); a fuzzing run is started with JAZZER_FUZZ=1.
 */
class PlainJsonProfileFuzzTest {
    private static final SingleProfileReader READER = new SingleProfileReader(new ProfileBinder(Set.of("blood-thinners")), "one profile");

    @FuzzTest(maxDuration = "60s")
    void sameAsTheStrictReader(byte[] data) throws InvalidInputException {
        ReadProfile plain = PlainJsonProfile.read(data);
        if (plain != null) {
            assertThat(plain).isEqualTo(READER.strict(data, IntakeFormat.JSON));
        }
    }
}
