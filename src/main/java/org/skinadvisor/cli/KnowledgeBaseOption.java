package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import org.skinadvisor.screening.KnowledgeBaseCheck;

/** The --conditions option shared by every command: a custom knowledge base, validated before any use. */
public final class KnowledgeBaseOption {
    @Option(names = "--conditions", paramLabel = "FILE",
            description = "Knowledge base to use instead of the bundled conditions.yaml. It is checked first;"
                    + " a broken one is refused (exit 2), never half-used.")
    Path file;

    /**
     * The bundled knowledge base (its lint and examples run in the build), or the --conditions file after the
     * same checks that `validate --conditions` makes.
     */
    /** The knowledge base, or a printed refusal ending the command with exit 2. */
    KnowledgeBase load(CommandLine.Model.CommandSpec spec) {
        try {
            return load();
        } catch (KnowledgeBaseException e) {
            Reporting.brokenKnowledgeBase(spec.commandLine().getErr(), e);
            throw new CommandFailedException(ExitCode.USAGE);
        }
    }

    KnowledgeBase load() throws KnowledgeBaseException {
        if (file == null) {
            return BundledKnowledgeBase.read();
        }
        KnowledgeBase kb = KnowledgeBaseLoader.fromFile(file);
        List<String> problems = KnowledgeBaseCheck.problems(kb);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(file.toString(), problems);
        }
        return kb;
    }
}
