package org.transdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.transdesk.Application;
import org.transdesk.article.Output;
import org.transdesk.language.LanguageTags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Drafts translations (and a summary) of one article file through the app's own services in a
 * Spring context without a web server, and writes Markdown drafts plus a JSON report.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = {"Imports an article file, drafts the requested outputs through the configured routes"
                + " (transdesk.llm.*), runs the QA checks and writes <output>.md drafts and report.json into DIR.",
                "Nothing is stored in the database unless --save is given. Spring properties such as"
                        + " --spring.datasource.url=... or --transdesk.llm.routes.default=... are honoured; no port is opened."})
final class TranslateCommand implements Callable<Integer> {

    /** Vaadin's auto-configurations assume a servlet web application; the command line has none. */
    private static final List<String> VAADIN_AUTO_CONFIGURATIONS = List.of("com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig");

    /**
     * Passed as arguments (they must beat application.yml) unless given by the user: a quiet log, no
     * sample loading or post-edit figure backfill, which would write to the database even without --save, nor the app's
     * outstanding events (learning from approvals) delivered by a short-lived command, and no reset
     * of other nodes' generation runs (a command line never takes over or resets runs of a shared database).
     * A failed start is reported by the command itself (one line, or the trace of an unexpected failure),
     * so Spring's own failure logging, a second copy of the trace, is off.
     */
    private static final Map<String, String> COMMAND_LINE_DEFAULTS = Map.of(
            "logging.level.root", "WARN",
            "logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR",
            "transdesk.samples.load-on-empty-database", "false",
            "transdesk.analytics.backfill-on-start", "false",
            "spring.modulith.events.republish-outstanding-events-on-restart", "false",
            "transdesk.generation.reset-stale-runs", "false",
            "logging.level.org.springframework.boot.SpringApplication", "OFF",
            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "OFF");

    private static final Set<String> ROUTE_KEYS = Set.of("vi", "ru", "summary", "default");

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "article file in a format the app imports (.txt, .md)")
    Path in;

    @Option(names = "--to", split = ",", defaultValue = "vi,ru", paramLabel = "LANG",
            description = "target languages, comma-separated: vi, ru (default: ${DEFAULT-VALUE})")
    List<String> to;

    @Option(names = "--summary", description = "also draft the short summary")
    boolean summary;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the drafts and report.json (default: drafts/<article-slug>)")
    Path out;

    @Option(names = "--save", description = "store the article and the drafts in the database (as the web app would)")
    boolean save;

    @Option(names = "--route", paramLabel = "OUTPUT=PROVIDER",
            description = "override a route for this run, e.g. vi=openai (keys: vi, ru, summary, default)")
    Map<String, String> routes = new LinkedHashMap<>();

    @Option(names = "--user", defaultValue = "cli", paramLabel = "NAME",
            description = "name recorded as author with --save (default: ${DEFAULT-VALUE})")
    String user;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    @Override
    public Integer call() {
        Set<Output> outputs = outputs();
        List<String> springArgs = springArguments();
        requireNonEmptyFile();
        var err = spec.commandLine().getErr();
        err.println("translate: starting (no web server" + (save ? ", saving to the database" : ", nothing saved") + ")");
        try (ConfigurableApplicationContext context = start(springArgs)) {
            DraftingJob job = DraftingJob.from(context, user, err);
            DraftingJob.Result result = job.run(in, outputs, save);
            Path folder = out != null ? out : Path.of("drafts", result.article().slug());
            DraftFiles.write(folder, result, save);
            err.println("translate: wrote " + result.outputs().size() + " draft(s) and report.json to " + folder);
            return result.outputs().stream().anyMatch(o -> o.error() != null) ? TransdeskCli.FINDINGS : TransdeskCli.OK;
        }
    }

    /** A database another process holds (H2 file, app running) is a one-line refusal, exit code 2; anything else is unexpected. */
    private static ConfigurableApplicationContext start(List<String> springArgs) {
        try {
            return new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("spring.autoconfigure.exclude=" + String.join(",", VAADIN_AUTO_CONFIGURATIONS))
                    .run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw DatabaseInUse.explain(e).orElseThrow(() -> e);
        }
    }

    /** Cheap checks before a Spring context starts; the app's import refuses binary and mis-encoded files. */
    private void requireNonEmptyFile() {
        TextLines.requireReadableFile(in);
        try {
            if (Files.size(in) == 0) {
                throw new BadInputException(in + " is empty: expected an article (title line, then paragraphs)");
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + in + ": " + e.getMessage(), e);
        }
    }

    private Set<Output> outputs() {
        Set<Output> outputs = new LinkedHashSet<>();
        for (String lang : to) {
            // a BCP 47 tag in any spelling (VI, vi-VN, vie) names the output of its language
            String key = LanguageTags.canonical(lang).isEmpty() ? lang.strip() : LanguageTags.base(lang);
            Output output = Output.ofKey(key).filter(Output::isTranslation).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "--to: unknown target language '" + lang + "' (use vi, ru)"));
            outputs.add(output);
        }
        if (summary) {
            outputs.add(Output.SUMMARY);
        }
        return outputs;
    }

    /** Unknown arguments must be Spring properties ({@code --a.b=c}); routes become {@code transdesk.llm.routes.*}. */
    private List<String> springArguments() {
        List<String> args = new ArrayList<>();
        for (String arg : springProperties) {
            if (!arg.matches("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*")) {
                throw new ParameterException(spec.commandLine(), "Unknown option: '" + arg
                        + "' (Spring properties are given as --name.with.dots=value)");
            }
            args.add(arg);
        }
        COMMAND_LINE_DEFAULTS.forEach((key, value) -> {
            if (args.stream().noneMatch(arg -> arg.startsWith("--" + key + "="))) {
                args.add("--" + key + "=" + value);
            }
        });
        routes.forEach((key, provider) -> {
            if (!ROUTE_KEYS.contains(key) || provider.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--route " + key + "=" + provider
                        + ": use OUTPUT=PROVIDER with OUTPUT one of vi, ru, summary, default");
            }
            args.add("--transdesk.llm.routes." + key + "=" + provider.strip());
        });
        return args;
    }
}
