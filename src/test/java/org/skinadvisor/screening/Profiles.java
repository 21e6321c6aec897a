package org.skinadvisor.screening;

import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.intake.UnknownField;
import org.skinadvisor.knowledge.FitzpatrickType;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;

import java.util.List;
import java.util.Map;

/** Test profiles against the real bundled knowledge base. */
public final class Profiles {
    public static final KnowledgeBase KB = load();
    public static final Screener SCREENER = new Screener(KB);

    private Profiles() {
    }

    private static KnowledgeBase load() {
        try {
            return KnowledgeBaseLoader.bundled();
        } catch (KnowledgeBaseException e) {
            throw new IllegalStateException(String.join("\n", e.problems()), e);
        }
    }

    /** A fully asked profile with nothing to report: the baseline every rule test varies. */
    public static IntakeProfile clean(String... concerns) {
        return new IntakeProfile("P-1", List.of(concerns), List.of(), List.of(), 34, SkinType.of(FitzpatrickType.II), null, Map.of());
    }

    public static IntakeProfile with(IntakeProfile p, List<String> conditions, List<String> medications) {
        return new IntakeProfile(p.id(), p.concerns(), conditions, medications, p.age(), p.fitzpatrick(), p.notes(), p.answers(),
                p.unknownFields());
    }

    public static IntakeProfile withFitzpatrick(IntakeProfile p, FitzpatrickType type) {
        return withSkinType(p, type == null ? null : SkinType.of(type));
    }

    public static IntakeProfile withSkinType(IntakeProfile p, SkinType type) {
        return new IntakeProfile(p.id(), p.concerns(), p.conditions(), p.medications(), p.age(), type, p.notes(), p.answers(),
                p.unknownFields());
    }

    public static IntakeProfile withAnswers(IntakeProfile p, Map<String, Answer> answers) {
        return new IntakeProfile(p.id(), p.concerns(), p.conditions(), p.medications(), p.age(), p.fitzpatrick(), p.notes(), answers,
                p.unknownFields());
    }

    public static IntakeProfile withUnknownFields(IntakeProfile p, UnknownField... fields) {
        return new IntakeProfile(p.id(), p.concerns(), p.conditions(), p.medications(), p.age(), p.fitzpatrick(), p.notes(),
                p.answers(), List.of(fields));
    }

    /** A fresh screener each time, so that mutation testing sees changes to how a screener is built. */
    public static Assessment assess(IntakeProfile p) {
        return new Screener(KB).assess(p);
    }

    public static TreatmentAssessment treatment(Assessment a, String id) {
        return a.treatments().stream().filter(t -> t.treatment().id().equals(id)).findFirst().orElseThrow();
    }

    public static Verdict verdict(Assessment a, String id) {
        return treatment(a, id).verdict();
    }
}
