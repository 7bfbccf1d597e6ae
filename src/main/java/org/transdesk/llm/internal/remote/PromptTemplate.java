package org.transdesk.llm.internal.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned prompt from {@code classpath:prompts/<version>.txt}: sections start with
 * {@code ### name}, lines starting with {@code #} are comments, {@code {{name}}} are placeholders.
 */
final class PromptTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private final String version;
    private final Map<String, String> sections;

    private PromptTemplate(String version, Map<String, String> sections) {
        this.version = version;
        this.sections = sections;
    }

    static PromptTemplate load(String version) {
        String path = "prompts/" + version + ".txt";
        try (InputStream in = PromptTemplate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Prompt template missing from the classpath: " + path);
            }
            return new PromptTemplate(version, sections(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> sections(String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (current != null) {
                    sections.put(current, body.toString().strip());
                }
                current = line.substring(4).strip();
                body.setLength(0);
            } else if (!line.startsWith("#") && current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString().strip());
        }
        return sections;
    }

    String version() {
        return version;
    }

    /**
     * The style notes for a language: the template's own {@code ### style <language>} section when it has one
     * (a prompt version may pin them), else the language profile's notes, else the template's default ones.
     */
    String style(String language, String profileNotes) {
        String own = sections.get("style " + language);
        if (own != null) {
            return own;
        }
        return profileNotes != null && !profileNotes.isBlank() ? profileNotes.strip()
                : sections.getOrDefault("style default", "");
    }

    /** Fills a section; every placeholder must have a value, so a typo in a template fails loudly. */
    String render(String section, Map<String, String> values) {
        String text = sections.get(section);
        if (text == null) {
            throw new IllegalStateException("Prompt " + version + " has no section '" + section + "'");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Prompt " + version + " needs a value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
