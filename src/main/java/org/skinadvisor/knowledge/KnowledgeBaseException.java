package org.skinadvisor.knowledge;

import java.util.List;

/** A knowledge base that cannot be used; it lists every problem found, never a half-loaded rule set. */
public final class KnowledgeBaseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public KnowledgeBaseException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the knowledge base",
                null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
