package org.skinadvisor.cli;

import org.skinadvisor.batch.BatchRun;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.skinadvisor.report.ProblemsFormat;
import org.skinadvisor.report.SafeText;
import org.skinadvisor.screening.KnowledgeBaseCheck;
import org.skinadvisor.screening.Screener;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Catch a broken intake file or knowledge base before it matters. */
public final class ValidateCommand implements Callable<Integer> {
    private final SkinAdvisor root;

    private final CommandSpec spec = Commands.create(this, "validate",
            new String[] {"Check intake files (every format `screen` reads) and report every problem in every file at"
                + " once as FILE:LINE:COL: message, unknown fields included. With --conditions, check a knowledge base:"
                + " schema, references, ambiguity (ids, synonyms, drug names), lint (concerns no treatment addresses,"
                + " treatments no contraindication applies to,"
                + " triggers that can never match, indications that are also absolute contraindications, notes"
                + " naming a source they do not cite) and its"
                + " golden examples. With neither, check the bundled knowledge base."},
            "  skinadvisor validate intake/ export.csv", "  skinadvisor validate --conditions my-clinic.yaml",
            "  skinadvisor validate --conditions my-clinic.yaml intake/");

    private final OptionSpec knowledgeBaseFile = Commands.option(spec, OptionSpec.builder("--conditions")
            .paramLabel("FILE").type(Path.class)
            .description("Knowledge base to check (and to check the intake files against)."));

    private final PositionalParamSpec paths = Commands.parameter(spec, PositionalParamSpec.builder().arity("0..*")
            .paramLabel("PATH").type(List.class).auxiliaryTypes(String.class).initialValue(List.of())
            .description("Intake files or directories, or - for standard input."));

    ValidateCommand(SkinAdvisor root) {
        this.root = root;
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path conditions = knowledgeBaseFile.getValue();
        List<String> paths = this.paths.getValue();
        Commands.standardInputOnce(spec, paths);
        String name = conditions == null ? "bundled conditions.yaml" : conditions.toString();
        KnowledgeBase kb;
        try {
            kb = conditions == null ? KnowledgeBaseLoader.bundled() : KnowledgeBaseLoader.fromFile(conditions);
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(p -> out.println(SafeText.terminal(name + ": " + p)));
            out.flush();
            return ExitCode.INVALID_INPUT.code();
        }
        List<String> problems = KnowledgeBaseCheck.problems(kb);
        problems.forEach(p -> out.println(SafeText.terminal(name + ": " + p)));
        if (paths.isEmpty()) {
            err.println("skinadvisor: " + SafeText.terminal(name) + ": " + (problems.isEmpty()
                    ? "valid (" + kb.contraindications().size() + " contraindications, " + kb.examples().size()
                    + " examples passed)" : Reporting.count(problems.size(), "problem")));
            err.flush();
            return problems.isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
        }
        ProblemsFormat format = new ProblemsFormat();
        BatchRun.Result result = new BatchRun(new Screener(kb), format, 1, n -> { })
                .run(paths, root.stdin(), null, root.stdout(out), null);
        long bad = result.tally().errors() + format.warnings() + problems.size();
        long invalid = result.tally().errors();
        err.printf("skinadvisor: %s checked: %d invalid%s, %s, %s%n", Reporting.count(result.tally().records(), "record"),
                invalid, format.errors() > invalid ? " (" + Reporting.count(format.errors(), "error") + ")" : "",
                Reporting.count(format.warnings(), "warning"), Reporting.skipped(result.skipped()));
        Reporting.skipReasons(err, result.skipped());
        err.flush();
        return bad == 0 ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
    }
}
