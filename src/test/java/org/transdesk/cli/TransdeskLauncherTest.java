package org.transdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransdeskLauncherTest {

    @Test
    void known_subcommands_and_help_run_the_command_line_anything_else_starts_the_web_app() {
        for (String command : new String[] {"summarize", "qa", "translate", "help", "--help", "-h"}) {
            assertThat(TransdeskCli.isCommand(new String[] {command, "--in", "x"})).as(command).isTrue();
        }
        assertThat(TransdeskCli.isCommand(new String[0])).isFalse();
        assertThat(TransdeskCli.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(TransdeskCli.isCommand(new String[] {"--spring.profiles.active=demo"})).isFalse();
    }

    @Test
    void top_level_help_lists_every_command_and_the_exit_codes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("summarize", "qa", "translate", "Exit codes:");
    }
}
