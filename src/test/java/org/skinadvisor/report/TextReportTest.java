package org.skinadvisor.report;

import org.junit.jupiter.api.Test;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.knowledge.Indication;
import org.skinadvisor.parsing.IntakeWarning;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skinadvisor.screening.Profiles.KB;
import static org.skinadvisor.screening.Profiles.SCREENER;

/** What a clinician reads at the terminal: how a finding is marked, and where each part of the report stands. */
class TextReportTest {
    private static String report(List<String> concerns, List<String> conditions, List<String> medications,
                                 List<IntakeWarning> warnings) {
        IntakeProfile p = new IntakeProfile("P-7", concerns, conditions, medications, 40, SkinType.of(FitzpatrickType.II), null,
                Map.of());
        return TextReport.render(SCREENER.assess(p), null, warnings, KB, false);
    }

    private static String report(List<String> concerns, List<String> conditions, List<String> medications) {
        return report(concerns, conditions, medications, List.of());
    }

    /** A treatment's part of the report, from its heading to the next blank line. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + ": ") + 1;
        return text.substring(start, text.indexOf("\n\n", start) + 1);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aFindingIsMarkedXWhenAbsoluteBangWhenRelativeAndQuestionMarkWhenProbable() {
        String blood = "Anticoagulant or antiplatelet therapy (blood thinners) [anticoagulants, ";
        String found = report(List.of("acne scars"), List.of(), List.of("warfarin"));
        assertThat(flat(section(found, "MICRONEEDLING"))).contains(" x " + blood + "absolute] ");
        assertThat(flat(section(found, "MICRODERMABRASION"))).contains(" ! " + blood + "relative] ");
        String misspelt = report(List.of("acne scars"), List.of(), List.of("warfrin"));
        assertThat(flat(section(misspelt, "MICRONEEDLING"))).contains(" ? " + blood + "absolute, probable] ");
        assertThat(flat(section(misspelt, "MICRODERMABRASION"))).contains(" ? " + blood + "relative, probable] ");
    }

    @Test
    void aConcernNotRecognisedSaysSoWithASuggestionOnlyWhenThereIsOne() {
        String text = report(List.of("acne scars", "tattoo", "acnescar"), List.of(), List.of());
        assertThat(text).startsWith("Patient P-7\n  concern: \"acne scars\" -> Scars from acne or burns\n")
                .contains("\n  concern: \"tattoo\" -> not recognised\n")
                .contains("\n  concern: \"acnescar\" -> not recognised (did you mean Scars from acne or burns?)\n");
    }

    @Test
    void eachTreatmentSaysWhatItAddressesWithTheEvidenceOrThatItAddressesNone() {
        String text = report(List.of("hair loss"), List.of(), List.of());
        Indication alopecia = KB.treatments().get(0).indicationFor("alopecia").orElseThrow();
        assertThat(flat(section(text, "MICRONEEDLING"))).startsWith("MICRONEEDLING: suitable addresses: Alopecia (areata)"
                        + " and hair loss (" + alopecia.strength().word() + " evidence [" + String.join(", ",
                        alopecia.sources()) + "]). " + alopecia.note() + " ")
                .doesNotContain("addresses none");
        assertThat(section(text, "MICRODERMABRASION")).startsWith("MICRODERMABRASION: not-indicated\n"
                + "  addresses none of the recognised concerns\n");
    }

    @Test
    void practicalNotesAreHeadedUnderASuitableVerdictOnly() {
        String text = report(List.of("acne scars"), List.of(), List.of("warfarin"));
        assertThat(report(List.of("acne scars"), List.of(), List.of()))
                .contains("\n  practical notes:\n   - Consultation first:");
        assertThat(text).contains("MICRODERMABRASION: caution").doesNotContain("practical notes");
    }

    @Test
    void eachPartOfTheReportStandsAfterABlankLine() {
        String text = report(List.of("acne scars"), List.of("hay fever"), List.of(),
                List.of(new IntakeWarning("unknown field `medicatons`: not read", 3, 1)));
        assertThat(text).contains("\n\nRecommendation: none - no treatment is suitable without further review\n\n"
                        + "MICRONEEDLING: review\n")
                .contains("\n\nMICRODERMABRASION: review\n")
                .contains("\n\nEntries no rule recognises (their lists rule out nothing they do not name; check by"
                        + " hand):\n  - \"hay fever\"\n\nWarnings:\n  - 3:1: unknown field `medicatons`: not read\n\n"
                        + "Sources:\n  seed " + KB.source("seed").orElseThrow().title().split(" ")[0] + " ")
                .contains("\n\nThis supports and does not replace clinical judgement");
    }

    /** An open check names at most three entries, each cut to 40 characters; the list at the end has them whole. */
    @Test
    void anOpenCheckNamesThreeEntriesEachCutTo40Characters() {
        assertThat(flat(report(List.of("acne scars"), List.of(), List.of("vitamin d", "fish oil", "levothyroxine"))))
                .contains("medications hold \"vitamin d\", \"fish oil\", \"levothyroxine\", which no rule recognises");
        String forty = "an inhaler for asthma, two puffs per day";
        String fortyOne = "an inhaler for asthma, two puffs each day";
        String emoji = "a".repeat(36) + "\uD83D\uDC8A, one a day";
        assertThat(forty).hasSize(40);
        assertThat(fortyOne).hasSize(41);
        String text = flat(report(List.of("acne scars"), List.of(), List.of(forty, fortyOne, emoji, "zinc")));
        assertThat(text).contains("medications hold \"" + forty + "\", \"an inhaler for asthma, two puffs each...\", \""
                        + "a".repeat(36) + "...\" and 1 more, which no rule recognises")
                .contains("- \"" + emoji + "\" - \"zinc\"");
    }
}
