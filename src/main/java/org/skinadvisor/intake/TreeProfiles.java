package org.skinadvisor.intake;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An intake profile from an already-parsed mapping (a knowledge base's golden examples). */
public final class TreeProfiles {
    private TreeProfiles() {
    }

    /** The profile, or an IllegalArgumentException naming what is wrong. */
    public static IntakeProfile fromTree(Map<String, Object> m) {
        Object id = m.get("id");
        List<String> concerns = list(m, "concerns");
        if (!(id instanceof String) || concerns == null || concerns.isEmpty()) {
            throw new IllegalArgumentException("a profile needs an id and at least one concern");
        }
        Integer age = m.get("age") == null ? null : Integer.valueOf(String.valueOf(m.get("age")));
        SkinType type = m.get("fitzpatrick") == null ? null : SkinType.parse(String.valueOf(m.get("fitzpatrick")));
        if (m.get("fitzpatrick") != null && type == null) {
            throw new IllegalArgumentException("fitzpatrick must be I-VI or a range of them");
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (m.get("answers") instanceof Map<?, ?> a) {
            for (Map.Entry<?, ?> e : a.entrySet()) {
                Answer answer = Answer.parse(String.valueOf(e.getValue()));
                if (answer == null) {
                    throw new IllegalArgumentException("answer to " + e.getKey() + " must be yes, no or unknown");
                }
                answers.put(String.valueOf(e.getKey()), answer);
            }
        }
        return new IntakeProfile((String) id, concerns, IntakeProfile.noneAware("conditions", list(m, "conditions")),
                IntakeProfile.noneAware("medications", list(m, "medications")), age, type, (String) m.get("notes"),
                answers);
    }

    private static List<String> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof String s)) {
                throw new IllegalArgumentException(key + " entries must be text");
            }
            out.add(s);
        }
        return out;
    }
}
