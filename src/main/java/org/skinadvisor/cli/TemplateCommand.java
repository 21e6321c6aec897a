package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.report.IntakeTemplate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Start an intake from a template, or give intake forms a schema to validate against. */
public final class TemplateCommand implements Callable<Integer> {
    enum Format { yaml, csv, json }

    private final CommandSpec spec = Commands.create(this, "template",
            new String[] {"Print an annotated intake profile to fill in (YAML); the screening questions appear as the"
                + " `answers` keys. With --format csv, print the header row of a CSV export for `screen` (a column per"
                + " question holds its answers; an empty conditions or medications cell means asked, none, so write"
                + " unknown in one that was not asked); with --format json, the JSON Schema of the intake profile."},
            "  skinadvisor template > P-0042.yaml", "  skinadvisor template --format csv > export.csv",
            "  skinadvisor template --format json > intake.schema.json");

    private final KnowledgeBaseOption knowledgeBase = new KnowledgeBaseOption(spec);

    private final OptionSpec format = Commands.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
            .type(Format.class).defaultValue("yaml")
            .description("yaml: annotated profile; csv: header row; json: JSON Schema (default: ${DEFAULT-VALUE})."));

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        KnowledgeBase kb = knowledgeBase.load();
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch ((Format) format.getValue()) {
            case yaml -> IntakeTemplate.yaml(kb);
            case csv -> IntakeTemplate.csvHeader(kb);
            case json -> IntakeTemplate.jsonSchema(kb);
        });
        out.flush();
        if (format.getValue() == Format.csv) {
            // The header holds no comment: a blank cell's meaning, the one that can clear a patient, goes beside it.
            PrintWriter err = spec.commandLine().getErr();
            err.println("skinadvisor: in a row, an empty conditions or medications cell means asked, none: write unknown"
                    + " in one that was not asked (a column left out is unknown for every row)");
            err.flush();
        }
        return ExitCode.OK.code();
    }
}
