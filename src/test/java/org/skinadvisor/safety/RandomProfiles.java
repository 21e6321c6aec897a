package org.skinadvisor.safety;

import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.knowledge.FitzpatrickType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of intake profiles for the property tests: triggers, brands, misspellings, benign entries,
 * entries that say the answer is not known, absent and empty lists. The seed is fixed (20261126) unless -Dskinadvisor.seed says otherwise, and every
 * failure message names the case's own seed so it can be replayed.
 */
final class RandomProfiles {
    static final long SEED = Long.getLong("skinadvisor.seed", 20261126L);
    static final int CASES = Integer.getInteger("skinadvisor.cases", 300);

    static final String[] CONCERNS = {"acne scars", "stretch marks", "pores", "fine lines", "wrinkles", "melasma",
        "uneven skin tone", "hair loss", "excessive sweating", "burn scar", "striae", "crow's feet", "active acne", "dull skin"};
    static final String[] CONDITIONS = {"eczema", "psoriasis", "keloids", "hypertension", "asthma", "cold sores",
        "acne scars since 2015", "rosacea", "type 2 diabetes", "appendectomy 2010", "haemophilia", "chemotherapy",
        "vitiligo", "pregnant", "mole on back", "changing mole", "sunburn", "nickel allergy", "psoraisis", "open wound",
        "poor wound healing", "HIV", "migraine", "unsure"};
    static final String[] MEDICATIONS = {"warfarin 5 mg daily", "Eliquis", "aspirin 81mg", "metformin 500 mg",
        "isotretinoin", "tretinoin cream", "doxycycline 100mg", "lisinopril", "tranexamic acid", "Xarelto",
        "spironolactone", "vitamin D", "warfrin", "Accutane", "adalimumab", "prednisone", "benzoyl peroxide", "ibuprofen",
        "not sure"};
    static final String[] QUESTIONS = {"blood-thinners", "bleeding-disorder", "keloids", "acne-medication", "skin-type",
        "active-infection", "pregnancy"};

    private RandomProfiles() {
    }

    static IntakeProfile profile(Random r, boolean withAnswers) {
        List<String> concerns = pick(r, CONCERNS, 1, 3);
        List<String> conditions = r.nextInt(5) == 0 ? null : pick(r, CONDITIONS, 0, 3);
        List<String> medications = r.nextInt(5) == 0 ? null : pick(r, MEDICATIONS, 0, 3);
        FitzpatrickType type = r.nextInt(4) == 0 ? null : FitzpatrickType.values()[r.nextInt(6)];
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (withAnswers && r.nextBoolean()) {
            answers.put(QUESTIONS[r.nextInt(QUESTIONS.length)], Answer.values()[r.nextInt(3)]);
        }
        return new IntakeProfile("R-" + r.nextInt(1_000_000), concerns, conditions, medications, 40,
                type == null ? null : SkinType.of(type), null, answers);
    }

    static List<String> pick(Random r, String[] pool, int min, int max) {
        List<String> out = new ArrayList<>();
        int k = min + r.nextInt(max - min + 1);
        for (int i = 0; i < k; i++) {
            out.add(pool[r.nextInt(pool.length)]);
        }
        return out;
    }
}
