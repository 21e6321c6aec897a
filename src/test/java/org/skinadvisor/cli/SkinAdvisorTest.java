package org.skinadvisor.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The top-level command: a run builds only the subcommand it names, and that must not show anywhere else. */
class SkinAdvisorTest {
    @Test
    void rootHelpListsEverySubcommand() {
        Cli.Result help = Cli.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: skinadvisor").contains("  check ").contains("  screen ")
                .contains("  validate ").contains("  conditions ").contains("  template ").contains("  help ");
    }

    @Test
    void aMisspeltSubcommandIsAUsageErrorThatSuggestsTheRightOne() {
        Cli.Result typo = Cli.run("chek", "p.yaml");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("'chek'").contains("Did you mean: skinadvisor check");
    }

    @Test
    void aUsageErrorIsItsMessageTheSynopsisAndWhereTheHelpIsNotTheWholeHelp() {
        Cli.Result r = Cli.run("screen", "x.jsonl", "--jobs", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).first().isEqualTo("--jobs must be at least 1");
        assertThat(r.err()).contains("Usage: skinadvisor screen [").contains("INPUT...")
                .endsWith("Try 'skinadvisor screen --help' for more information." + System.lineSeparator())
                .doesNotContain("Exit codes:").doesNotContain("--jobs=N   ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsNamedEvenWhenTheInputIsMissingToo() {
        Cli.Result r = Cli.run("screen", "--formt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).first().isEqualTo("Unknown option: '--formt'");
        assertThat(r.err()).contains("Possible solutions: --format").contains("Missing required parameter: 'INPUT'")
                .contains("Try 'skinadvisor screen --help'");
    }

    @Test
    void aMisspeltOptionSuggestsTheRightOne() {
        Cli.Result r = Cli.run("check", "--concern", "pores", "--medicaton", "warfarin");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Unknown option: '--medicaton'").contains("Possible solutions: --medication")
                .contains("Try 'skinadvisor check --help'");
    }

    @Test
    void helpNamesAnySubcommand() {
        Cli.Result help = Cli.run("help", "screen");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: skinadvisor screen");
    }

    @Test
    void rootOptionsMayComeBeforeTheSubcommand() {
        Cli.Result r = Cli.run("--debug", "check", "--concern", "acne scars", "--condition", "none",
                "--medication", "warfarin");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("anticoagulants");
    }
}
