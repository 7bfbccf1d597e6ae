/**
 * The headless command line: {@code java -jar transdesk.jar <command>} runs a batch job instead of the
 * web app. {@code summarize} and {@code qa} are plain Java (no Spring context, no database);
 * {@code translate} starts a non-web Spring context and reuses the app's services. Exit codes:
 * 0 ok, 1 error-severity QA findings (or an output that failed), 2 bad usage, unreadable input or an
 * H2 file database held by another process,
 * 3 unexpected failure. Documented in {@code docs/cli.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.transdesk.cli;
