package org.skinadvisor.report;

import org.junit.jupiter.api.Test;
import org.skinadvisor.knowledge.Contraindication;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skinadvisor.screening.Profiles.KB;

class IntakeTemplateTest {
    /** Made for each test, not once per run, so that a mutation test sees the template its mutant writes. */
    private final List<String> lines = IntakeTemplate.yaml(KB).lines().toList();

    /** The comment lines just above {@code line}, joined as one text without their markers. */
    private String commentAbove(String line) {
        int at = lines.indexOf(line);
        assertThat(at).as(line).isPositive();
        List<String> words = new ArrayList<>();
        for (int i = at - 1; i >= 0 && lines.get(i).strip().startsWith("# "); i--) {
            words.add(0, lines.get(i).strip().substring(2));
        }
        return String.join(" ", words);
    }

    @Test
    void itNamesItsKnowledgeBaseAndSaysWhatAbsentAndEmptyMean() {
        assertThat(commentAbove("#")).isEqualTo("skinadvisor intake profile (knowledge base " + KB.version()
                + "). Screen it with: skinadvisor check FILE");
        assertThat(commentAbove("id:")).isEqualTo("required: the patient or record id");
        assertThat(commentAbove("")).startsWith("Absent means unknown, [] means none: `conditions` or `medications`"
                + " left empty (or left out) were not asked").endsWith("never `suitable` on a value the template came with.");
    }

    @Test
    void everyFieldHasItsCommentAboveIt() {
        assertThat(commentAbove("concerns:")).startsWith("required: at least one");
        assertThat(commentAbove("conditions:")).startsWith("diagnoses, history and ongoing therapies")
                .endsWith("left empty, not asked; [] when asked and there are none");
        assertThat(commentAbove("medications:")).startsWith("current or recent medicines")
                .endsWith("left empty, not asked; [] when asked and there are none");
        assertThat(commentAbove("age:")).isEqualTo("optional: whole years");
        assertThat(commentAbove("fitzpatrick:")).startsWith("optional: skin type I-VI");
        assertThat(commentAbove("notes:")).startsWith("optional: free text the rules never read");
        assertThat(commentAbove("answers:")).startsWith("Optional explicit answers to the screening questions")
                .endsWith("unknown keeps it open, whatever the lists say.");
    }

    @Test
    void everyScreeningQuestionIsAnAnswerKeyLeftEmptyUnderItsQuestion() {
        for (Contraindication c : KB.contraindications()) {
            assertThat(commentAbove("  " + c.question().id() + ":")).isEqualTo(c.question().text());
        }
    }
}
