package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --conditions option shared by every command: a custom knowledge base, validated before any use. */
public final class KnowledgeBaseOption {
    @Option(names = "--conditions", paramLabel = "FILE",
            description = "Knowledge base to use instead of the bundled conditions.yaml. It is checked first;"
                    + " a broken one is refused (exit 2), never half-used.")
    Path file;

    KnowledgeBase load() throws KnowledgeBaseException {
        return file == null ? KnowledgeBaseLoader.bundled() : KnowledgeBaseLoader.fromFile(file);
    }
}
