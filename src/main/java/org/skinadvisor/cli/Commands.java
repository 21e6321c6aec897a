package org.skinadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;

/**
 * Declares the commands with picocli's programmatic API rather than its annotations. Reading annotations costs
 * a cold JVM about 70 ms on every start (annotation parsing, a generated proxy class per annotation type,
 * generic signatures), and a clinician waits through every start. An option's value is read from its
 * {@link OptionSpec} after parsing ({@code option.getValue()}), so nothing is reflected on.
 */
final class Commands {
    private Commands() {
    }

    /** A command with its help, version, description and examples, as every subcommand has them. */
    static CommandSpec create(Object command, String name, String[] description, String... examples) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        spec.versionProvider(new VersionInfo());
        spec.usageMessage().description(description).footerHeading("%nExamples:%n").footer(examples);
        return spec;
    }

    static OptionSpec option(CommandSpec spec, OptionSpec.Builder option) {
        OptionSpec built = option.build();
        spec.addOption(built);
        return built;
    }

    /** Standard input is read once: a second "-" would be an empty input, reported as if an export were empty. */
    static void standardInputOnce(CommandSpec spec, List<String> inputs) {
        if (inputs.indexOf("-") != inputs.lastIndexOf("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "- (standard input) is named more than once: it can be read only once");
        }
    }

    static PositionalParamSpec parameter(CommandSpec spec, PositionalParamSpec.Builder parameter) {
        PositionalParamSpec built = parameter.build();
        spec.addPositional(built);
        return built;
    }
}
