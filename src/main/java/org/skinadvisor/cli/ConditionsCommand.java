package org.skinadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.report.KnowledgeBaseReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** What the tool knows, and where each rule comes from. */
@Command(name = "conditions", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = {"List the knowledge base: concerns with their synonyms, treatments with what they address and"
                + " how strongly, contraindications with severity, triggers, question and sources, drug classes, and"
                + " the sources themselves. With an ID (of any entry or question), show that entry in full."},
        footerHeading = "%nExamples:%n",
        footer = {"  skinadvisor conditions", "  skinadvisor conditions anticoagulants",
            "  skinadvisor conditions S49", "  skinadvisor conditions --format json | jq '.contraindications[].id'"})
public final class ConditionsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A concern, treatment, contraindication, drug class, question or source id.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        KnowledgeBase kb = knowledgeBase.load(spec);
        Object subject = kb;
        if (id != null) {
            Optional<Object> entry = KnowledgeBaseReport.find(kb, id);
            if (entry.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no entry with id `" + id + "`"
                        + KnowledgeBaseReport.suggestion(kb, id) + "; `skinadvisor conditions` lists them");
            }
            subject = entry.get();
        }
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING).writeValueAsString(subject));
        } else {
            out.print(id == null ? KnowledgeBaseReport.overview(kb) : KnowledgeBaseReport.entry(kb, subject));
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
