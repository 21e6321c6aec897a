package org.skinadvisor.screening;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseLint;

import java.util.ArrayList;
import java.util.List;

/** Everything beyond the schema that a knowledge base must pass before use: the lint, then its golden examples. */
public final class KnowledgeBaseCheck {
    private KnowledgeBaseCheck() {
    }

    public static List<String> problems(KnowledgeBase kb) {
        List<String> problems = new ArrayList<>(KnowledgeBaseLint.problems(kb));
        problems.addAll(ExampleCases.failures(new Screener(kb)));
        return problems;
    }
}
