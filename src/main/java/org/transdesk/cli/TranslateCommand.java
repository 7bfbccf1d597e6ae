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
import org.transdesk.article.Outputs;
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

    private static final String DEFAULT_ROUTE = "default";

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "article file in a format the app imports (.txt, .md)")
    Path in;

    @Option(names = "--to", split = ",", defaultValue = "vi,ru", paramLabel = "LANG",
            description = "target languages, comma-separated language codes, e.g. vi,ru,zh (default: ${DEFAULT-VALUE});"
                    + " a language without a profile gets the generic checks")
    List<String> to;

    @Option(names = "--summary", split = ",", arity = "0..1", fallbackValue = "source", paramLabel = "LANG",
            description = "also draft short summaries: --summary alone in the article's language; --summary en,vi in these"
                    + " languages (the article's own language is its summary, others are edition summaries summary-vi)")
    List<String> summaries = new ArrayList<>();

    @Option(names = "--summary-from-draft", description = "take an edition's summary (--summary vi) from the translation into its"
            + " language this command drafts (unreviewed); without it the offline engine cannot write one, since it only extracts"
            + " from an approved translation. Needs the language in --to.")
    boolean summaryFromDraft;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for the drafts and report.json (default: drafts/<article-slug>)")
    Path out;

    @Option(names = "--save", description = "store the article and the drafts in the database (as the web app would)")
    boolean save;

    @Option(names = "--route", paramLabel = "OUTPUT=PROVIDER",
            description = "override a route for this run, e.g. vi=openai (keys: the outputs drafted, e.g. vi, zh, summary, summary-vi; or default)")
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
            DraftingJob.Result result = job.run(in, outputs, save, summaryFromDraft);
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

    /**
     * The requested outputs. A summary language that turns out to be the article's own is its summary ({@code summary}):
     * {@link DraftingJob} decides that once the article is read; here a summary language is an edition summary.
     */
    private Set<Output> outputs() {
        Set<Output> outputs = new LinkedHashSet<>();
        for (String lang : to) {
            outputs.add(Output.translation(language("--to", "target", lang)));
        }
        for (String lang : summaries) {
            outputs.add(Outputs.SOURCE.equalsIgnoreCase(lang.strip()) ? Output.SUMMARY
                    : Output.editionSummary(language("--summary", "summary", lang)));
        }
        return outputs;
    }

    /** A BCP 47 tag in any spelling (VI, vi-VN, vie) names its language's code; anything else is refused. */
    private String language(String option, String what, String lang) {
        String canonical = LanguageTags.canonical(lang);
        try {
            return Output.code(canonical.isEmpty() ? lang : LanguageTags.base(lang));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": unknown " + what + " language '" + lang
                    + "' (use language codes such as vi, ru, zh, fr, es)");
        }
    }

    /** The outputs this run drafts, and {@code default}, may be routed. */
    private boolean routable(String key) {
        return DEFAULT_ROUTE.equals(key) || routeKeys().contains(key);
    }

    private List<String> routeKeys() {
        return outputs().stream().map(Output::key).toList();
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
            if (!routable(key) || provider.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--route " + key + "=" + provider
                        + ": use OUTPUT=PROVIDER with OUTPUT one of " + String.join(", ", routeKeys()) + ", default");
            }
            args.add("--transdesk.llm.routes." + key + "=" + provider.strip());
        });
        return args;
    }
}
