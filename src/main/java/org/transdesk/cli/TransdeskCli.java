package org.transdesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command framework: picocli parses, dispatches and maps failures to exit codes. */
@Command(name = "transdesk", mixinStandardHelpOptions = true, version = "Transdesk command line",
        description = "Batch jobs without the web app. Without a command, the jar starts the web app.",
        subcommands = {SummarizeCommand.class, QaCommand.class, TranslateCommand.class, HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done, no error-severity QA finding",
                "  1  error-severity QA findings (qa), or an output could not be produced (translate)",
                "  2  bad usage, or input that cannot be read (missing, empty where text is needed, binary, not UTF-8,"
                        + " malformed rows: those are reported by line number and the other rows are still processed),"
                        + " or an H2 file database another process (the web app) holds",
                "  3  unexpected failure (see the message on stderr)"})
public final class TransdeskCli implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 3;

    private static final Set<String> FIRST_ARGUMENTS = Set.of("summarize", "qa", "translate", "help", "--help", "-h");

    @Spec
    CommandSpec spec;

    /** True when the arguments ask for a command rather than the web app. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && FIRST_ARGUMENTS.contains(args[0]);
    }

    /** Runs a command with the process's stdout and stderr (UTF-8); returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a command printing to the given writers; for tests, benchmarks and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new TransdeskCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof BadInputException) {
                err.println(commandLine.getCommandName() + ": " + e.getMessage());
                return BAD_INPUT;
            }
            err.println(commandLine.getCommandName() + ": unexpected failure: " + e);
            e.printStackTrace(err);
            return FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
