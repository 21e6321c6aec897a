package org.skinadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.report.KnowledgeBaseReport;
import org.skinadvisor.report.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** What the tool knows, and where each rule comes from. */
public final class ConditionsCommand implements Callable<Integer> {
    enum Format { text, json }

    private final CommandSpec spec = Commands.create(this, "conditions",
            new String[] {"List the knowledge base: concerns with their synonyms, treatments with what they address and"
                + " how strongly, contraindications with severity, triggers, question and sources, drug classes, and"
                + " the sources themselves. With an ID (of any entry or question), show that entry in full; with a"
                + " drug or brand name, a concern synonym or a condition trigger, the entries that name it."},
            "  skinadvisor conditions", "  skinadvisor conditions anticoagulants", "  skinadvisor conditions Eliquis",
            "  skinadvisor conditions S49", "  skinadvisor conditions --format json | jq '.contraindications[].id'");

    private final KnowledgeBaseOption knowledgeBase = new KnowledgeBaseOption(spec);

    private final PositionalParamSpec entry = Commands.parameter(spec, PositionalParamSpec.builder().arity("0..1")
            .paramLabel("ID").type(String.class)
            .description("A concern, treatment, contraindication, drug class, question or source id; or a drug,"
                    + " brand, concern synonym or condition trigger."));

    private final OptionSpec format = Commands.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
            .type(Format.class).defaultValue("text")
            .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        KnowledgeBase kb = knowledgeBase.load();
        String id = entry.getValue();
        Object subject = kb;
        List<Object> named = List.of();
        if (id != null) {
            Optional<Object> entry = KnowledgeBaseReport.find(kb, id);
            if (entry.isPresent()) {
                subject = entry.get();
            } else {
                named = KnowledgeBaseReport.findTerm(kb, id);
                if (named.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no entry with id `" + id + "`, and no"
                            + " drug, brand, synonym or trigger by that name" + KnowledgeBaseReport.suggestion(kb, id)
                            + "; `skinadvisor conditions` lists them");
                }
                subject = named;
            }
        }
        if (format.getValue() == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING).writeValueAsString(subject));
        } else if (!named.isEmpty()) {
            out.println("`" + SafeText.terminal(id) + "` is named in " + named.size() + (named.size() == 1 ? " entry:" : " entries:"));
            for (Object o : named) {
                out.println();
                out.print(KnowledgeBaseReport.entry(kb, o));
            }
        } else {
            out.print(id == null ? KnowledgeBaseReport.overview(kb) : KnowledgeBaseReport.entry(kb, subject));
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
