package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.report.IntakeTemplate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Start an intake from a template, or give intake forms a schema to validate against. */
public final class TemplateCommand implements Callable<Integer> {
    enum Format { yaml, json }

    private final CommandSpec spec = Commands.create(this, "template",
            new String[] {"Print an annotated intake profile to fill in (YAML); the screening questions appear as the"
                + " `answers` keys. With --format json, print the JSON Schema of the intake profile instead."},
            "  skinadvisor template > P-0042.yaml", "  skinadvisor template --format json > intake.schema.json");

    private final KnowledgeBaseOption knowledgeBase = new KnowledgeBaseOption(spec);

    private final OptionSpec format = Commands.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
            .type(Format.class).defaultValue("yaml")
            .description("yaml: annotated profile; json: JSON Schema (default: ${DEFAULT-VALUE})."));

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        KnowledgeBase kb = knowledgeBase.load();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.getValue() == Format.json ? IntakeTemplate.jsonSchema(kb) : IntakeTemplate.yaml(kb));
        out.flush();
        return ExitCode.OK.code();
    }
}
