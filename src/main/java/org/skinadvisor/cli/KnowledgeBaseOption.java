package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.skinadvisor.screening.KnowledgeBaseCheck;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.util.List;

/** The --conditions option shared by every command: a custom knowledge base, validated before any use. */
final class KnowledgeBaseOption {
    private final CommandSpec spec;
    private final OptionSpec conditions;

    KnowledgeBaseOption(CommandSpec spec) {
        this.spec = spec;
        conditions = Commands.option(spec, OptionSpec.builder("--conditions").paramLabel("FILE").type(Path.class)
                .description("Knowledge base to use instead of the bundled conditions.yaml. It is checked first;"
                        + " a broken one is refused (exit 2), never half-used."));
    }

    /**
     * The bundled knowledge base (its lint and examples run in the build), or the --conditions file after the
     * same checks that `validate --conditions` makes; a broken one is reported and ends the command with exit 2.
     */
    KnowledgeBase load() {
        try {
            return read();
        } catch (KnowledgeBaseException e) {
            Reporting.brokenKnowledgeBase(spec.commandLine().getErr(), e);
            throw new CommandFailedException(ExitCode.USAGE);
        }
    }

    private KnowledgeBase read() throws KnowledgeBaseException {
        Path file = conditions.getValue();
        if (file == null) {
            return KnowledgeBaseLoader.bundled();
        }
        KnowledgeBase kb = KnowledgeBaseLoader.fromFile(file);
        List<String> problems = KnowledgeBaseCheck.problems(kb);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(file.toString(), problems);
        }
        return kb;
    }
}
