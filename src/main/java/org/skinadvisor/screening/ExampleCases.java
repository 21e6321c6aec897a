package org.skinadvisor.screening;

import org.skinadvisor.intake.TreeProfiles;
import org.skinadvisor.knowledge.Example;

import java.util.ArrayList;
import java.util.List;

/** Runs a knowledge base's golden examples through the full assessment: a regression check for rule edits. */
public final class ExampleCases {
    private ExampleCases() {
    }

    public static List<String> failures(Screener screener) {
        List<String> failures = new ArrayList<>();
        for (Example ex : screener.knowledgeBase().examples()) {
            Assessment a;
            try {
                a = screener.assess(TreeProfiles.fromTree(ex.profile()));
            } catch (IllegalArgumentException e) {
                failures.add("examples[" + ex.name() + "]: " + e.getMessage());
                continue;
            }
            ex.expect().forEach((key, expected) -> {
                String actual = key.equals("recommendation")
                        ? (a.recommendation() == null ? "none" : a.recommendation())
                        : a.treatments().stream().filter(t -> t.treatment().id().equals(key)).findFirst()
                                .map(t -> t.verdict().word()).orElse("(no such treatment)");
                if (!actual.equals(expected)) {
                    failures.add("examples[" + ex.name() + "]: " + key + " expected " + expected + ", got " + actual);
                }
            });
        }
        return failures;
    }
}
