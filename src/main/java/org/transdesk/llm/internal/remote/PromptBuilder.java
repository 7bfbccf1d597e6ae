package org.transdesk.llm.internal.remote;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageProfiles;
import org.transdesk.llm.SourceSegment;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryHit;
import org.transdesk.memory.GlossaryTerm;

/**
 * Fills the versioned templates for one call. Only the glossary terms that occur in the text of
 * this call go into the prompt, not the whole glossary.
 */
final class PromptBuilder {

    static final String TRANSLATE = "translate-v2";
    static final String SUMMARIZE = "summarize-v1";

    private final PromptTemplate translate = PromptTemplate.load(TRANSLATE);
    private final PromptTemplate summarize = PromptTemplate.load(SUMMARIZE);
    private final Glossary glossary;

    PromptBuilder(Glossary glossary) {
        this.glossary = glossary;
    }

    ModelCall translation(List<SourceSegment> segments, String previous, String sourceLang, String targetLang) {
        String text = segments.stream().map(SourceSegment::text).collect(Collectors.joining("\n"));
        Map<String, String> values = new java.util.HashMap<>(glossaryValues(text, sourceLang, targetLang));
        values.put("source_language", languageName(sourceLang));
        values.put("target_language", languageName(targetLang));
        values.put("ids", segments.stream().map(s -> "[[" + s.id() + "]]").collect(Collectors.joining(" ")));
        values.put("style", translate.style(targetLang, LanguageProfiles.of(targetLang).translationStyle()));
        values.put("paragraphs", ParagraphMarkers.format(segments));
        values.put("previous", previous == null ? "" : ParagraphMarkers.defuse(previous));
        values.put("context", previous == null ? "" : translate.render("context", values) + "\n\n");
        values.put("tags", tagsRule(segments));
        return new ModelCall(translate.render("system", values), translate.render("user", values));
    }

    ModelCall summary(List<String> paragraphs, String language, int wordBudget) {
        return summary(paragraphs, language, language, wordBudget);
    }

    /** A summary in {@code language} of an article in {@code sourceLanguage} (an edition's summary when they differ). */
    ModelCall summary(List<String> paragraphs, String sourceLanguage, String language, int wordBudget) {
        String text = String.join("\n", paragraphs);
        Map<String, String> values = new java.util.HashMap<>(glossaryValues(text, sourceLanguage, language));
        values.put("language", languageName(language));
        LanguageProfile profile = LanguageProfiles.of(language);
        int budget = profile.summaryBudget(wordBudget);
        // the unit the summary check counts: words, or characters for a language written without spaces (zh)
        values.put("budget", budget + (profile.spaceSeparated() ? " words" : " characters"));
        values.put("style", summarize.style(language, LanguageProfiles.of(language).summaryStyle()));
        values.put("paragraphs", paragraphs.stream().map(ParagraphMarkers::defuse).collect(Collectors.joining("\n\n")));
        return new ModelCall(summarize.render("system", values), summarize.render("user", values));
    }

    /**
     * Rule 7 when a paragraph of this call has inline-code placeholders ({@code ⟦1⟧…⟦/1⟧}, {@code ⟦2/⟧}):
     * keep each exactly; nothing for plain paragraphs.
     */
    private String tagsRule(List<SourceSegment> segments) {
        Set<String> tags = new LinkedHashSet<>();
        String pair = null;
        for (SourceSegment s : segments) {
            TaggedText tagged = TaggedText.inferred(s.text());
            for (InlineCode code : tagged.codes()) {
                String tag = code.kind() == InlineCode.Kind.PAIRED ? code.open() + "…" + code.close() : code.open();
                tags.add(tag);
                if (pair == null && code.kind() == InlineCode.Kind.PAIRED) {
                    pair = code.open() + "words" + code.close();
                }
            }
        }
        if (tags.isEmpty()) {
            return "";
        }
        return translate.render("tags", Map.of("example_pair", pair == null ? "⟦1⟧words⟦/1⟧" : pair,
                "tag_list", String.join(" ", tags))) + "\n";
    }

    private Map<String, String> glossaryValues(String text, String sourceLang, String targetLang) {
        Set<String> renderings = new LinkedHashSet<>();
        Set<String> verbatim = new LinkedHashSet<>();
        for (GlossaryHit hit : glossary.find(text, sourceLang)) {
            GlossaryTerm term = hit.term();
            if (term.doNotTranslate()) {
                verbatim.add(term.term());
            } else if (term.renderingIn(targetLang) != null && !targetLang.equals(sourceLang)) {
                renderings.add("- " + term.term() + " => " + term.renderingIn(targetLang));
            }
        }
        return Map.of("glossary", renderings.isEmpty() ? "(no glossary terms in this text)" : String.join("\n", renderings),
                "do_not_translate", verbatim.isEmpty() ? "(none)" : String.join(", ", verbatim));
    }

    /** The language's English name from its profile ("Vietnamese", "Simplified Chinese"); the tag when it has none. */
    static String languageName(String tag) {
        if (tag == null || tag.isBlank()) {
            return String.valueOf(tag);
        }
        LanguageProfile profile = LanguageProfiles.of(tag);
        String name = profile.isGeneric() ? Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH) : profile.englishName();
        return name.isBlank() ? tag : name;
    }
}
