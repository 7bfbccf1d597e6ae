package org.transdesk.cli;

import org.transdesk.Application;

/**
 * The jar's entry point. A known subcommand as first argument runs that command and exits with its
 * code; anything else (no arguments, {@code --server.port=...}) starts the web app as before.
 */
public final class TransdeskLauncher {

    private TransdeskLauncher() {
    }

    public static void main(String[] args) {
        if (TransdeskCli.isCommand(args)) {
            System.exit(TransdeskCli.run(args));
        }
        Application.main(args);
    }
}
