package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.report.IntakeTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Start an intake from a template, or give intake forms a schema to validate against. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = {"Print an annotated intake profile to fill in (YAML); the screening questions appear as the"
                + " `answers` keys. With --format json, print the JSON Schema of the intake profile instead."},
        footerHeading = "%nExamples:%n",
        footer = {"  skinadvisor template > P-0042.yaml", "  skinadvisor template --format json > intake.schema.json"})
public final class TemplateCommand implements Callable<Integer> {
    enum Format { yaml, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml: annotated profile; json: JSON Schema (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase kb = knowledgeBase.load(spec);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? IntakeTemplate.jsonSchema(kb) : IntakeTemplate.yaml(kb));
        out.flush();
        return ExitCode.OK.code();
    }
}
