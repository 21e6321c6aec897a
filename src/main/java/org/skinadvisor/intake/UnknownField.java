package org.skinadvisor.intake;

import org.skinadvisor.matching.EditDistance;

import java.util.Set;

/**
 * A field (or CSV column) of the record that is not one of the intake's, with the text it holds: its values, and
 * the keys of a mapping in it, in order ("pregnant: yes" is name {@code pregnant}, text {@code yes}); an answer
 * under a key {@code answers} does not know is one too, named {@code answers.KEY}. The rules never read it as a
 * list or an answer; a contraindication's term in it is only asked about (hazard H29). {@code question}: when its
 * text says yes and its name is, or is a few edits from, a screening question's id ({@code pregnant} for
 * {@code pregnancy}), that id; else null.
 */
public record UnknownField(String name, String text, String question) {
    private static final String ANSWERS = "answers.";

    public UnknownField(String name, String text) {
        this(name, text, null);
    }

    /** The field, whose text is {@code text}, with the question its name may be meant for when the text says yes. */
    static UnknownField of(String name, String text, Set<String> questionIds) {
        return new UnknownField(name, text,
                Answer.parseCell(text) == Answer.YES ? EditDistance.nearest(name, questionIds) : null);
    }

    /** A yes under {@code key}, a key `answers` does not know, which may be meant for {@code question} (or null). */
    static UnknownField yesUnderAnswers(String key, String question) {
        return new UnknownField(ANSWERS + key, "yes", question);
    }

    /** The key after `answers.` in a name (a yes under an unknown key, a flattened export's column), else null. */
    static String answerKey(String name) {
        return name.startsWith(ANSWERS) ? name.substring(ANSWERS.length()) : null;
    }

    /** The name as the record wrote it: an answers key without its `answers.`. */
    public String writtenName() {
        String key = answerKey(name);
        return key == null ? name : key;
    }
}
