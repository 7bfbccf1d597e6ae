package org.transdesk.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The outputs every article gets, from configuration, in the order screens, the API and the CLI show them:
 * translations first, then summaries.
 *
 * <pre>
 * transdesk.outputs.translations=vi,ru,zh      # target language codes
 * transdesk.outputs.summaries=source,vi,ru     # "source" = the article's own language (key summary); a code = summary-vi
 * </pre>
 *
 * Unset, both lists are today's three outputs: vi, ru and the summary in the source language. A malformed code, a
 * duplicate, or an empty configuration stops the start with a message that names the property. A language without a
 * profile is a valid target: it gets the generic checks. An output that is no longer configured is not deleted: its
 * drafts and versions stay readable ({@link #withStored}).
 */
@Component
public class Outputs {

    public static final String TRANSLATIONS = "transdesk.outputs.translations";
    public static final String SUMMARIES = "transdesk.outputs.summaries";
    public static final String SOURCE = "source";

    private final List<Output> all;

    @org.springframework.beans.factory.annotation.Autowired
    Outputs(Environment environment) {
        this(Binder.get(environment).bind(TRANSLATIONS, Bindable.listOf(String.class)).orElse(List.of("vi", "ru")),
                Binder.get(environment).bind(SUMMARIES, Bindable.listOf(String.class)).orElse(List.of(SOURCE)));
    }

    /** Outputs from the two lists as configuration spells them; throws {@link IllegalStateException} naming the fault. */
    public Outputs(List<String> translations, List<String> summaries) {
        List<Output> outputs = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String entry : translations) {
            add(outputs, keys, TRANSLATIONS, entry, Output::translation);
        }
        for (String entry : summaries) {
            add(outputs, keys, SUMMARIES, entry,
                    e -> SOURCE.equalsIgnoreCase(e.strip()) ? Output.sourceSummary() : Output.editionSummary(e));
        }
        if (outputs.isEmpty()) {
            throw new IllegalStateException("No outputs configured: " + TRANSLATIONS + " and " + SUMMARIES
                    + " are both empty; set at least one (default: translations vi,ru and summaries source).");
        }
        this.all = List.copyOf(outputs);
    }

    private static void add(List<Output> outputs, Set<String> keys, String property, String entry,
                            java.util.function.Function<String, Output> parse) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalStateException(property + " has an empty entry; list language codes separated by commas.");
        }
        Output output;
        try {
            output = parse.apply(entry);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + ": " + e.getMessage()
                    + (property.equals(SUMMARIES) ? ", nor 'source' (the article's own language)" : "") + ".", e);
        }
        if (!keys.add(output.key())) {
            throw new IllegalStateException(property + " lists '" + entry.strip() + "' twice (output " + output.key() + ").");
        }
        outputs.add(output);
    }

    /** Today's three outputs: vi, ru and the summary in the source language. */
    public static Outputs defaults() {
        return new Outputs(List.of("vi", "ru"), List.of(SOURCE));
    }

    /** Every configured output, translations first. */
    public List<Output> all() {
        return all;
    }

    public List<Output> translations() {
        return all.stream().filter(Output::isTranslation).toList();
    }

    public List<Output> summaries() {
        return all.stream().filter(Output::isSummary).toList();
    }

    public boolean isConfigured(Output output) {
        return all.contains(output);
    }

    /** A configured output by key (case-insensitive); a well-formed key that is not configured gives empty. */
    public Optional<Output> configured(String key) {
        return Output.ofKey(key).filter(all::contains);
    }

    /** The configured output or a message that lists the configured keys. */
    public Output require(String key) {
        return configured(key).orElseThrow(() -> new IllegalArgumentException("Unknown output '" + key + "': this Transdesk has "
                + String.join(", ", keys()) + "."));
    }

    public List<String> keys() {
        return all.stream().map(Output::key).toList();
    }

    /** The configured outputs and, after them, any others an article has stored (an output dropped from configuration stays readable). */
    public List<Output> withStored(Collection<Output> stored) {
        LinkedHashSet<Output> outputs = new LinkedHashSet<>(all);
        stored.stream().sorted(java.util.Comparator.comparing(Output::key)).forEach(outputs::add);
        return List.copyOf(outputs);
    }

    /** The outputs in configuration order (others after them, by key): how screens and runs iterate. */
    public List<Output> ordered(Collection<Output> outputs) {
        return outputs.stream().distinct().sorted(java.util.Comparator.comparingInt((Output o) -> {
            int i = all.indexOf(o);
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Output::key)).toList();
    }

    /** The translations among the outputs, other than {@code output}, in the same kind: the "other editions" a check compares with. */
    public List<Output> otherTranslations(Output output) {
        return translations().stream().filter(o -> !o.equals(output)).toList();
    }

    @Override
    public String toString() {
        return "Outputs" + keys().toString().toLowerCase(Locale.ROOT);
    }
}
