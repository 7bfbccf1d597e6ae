package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.transdesk.article.Article;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InlineMessage;
import org.transdesk.memory.GlossaryHit;
import org.transdesk.memory.MemoryMatch;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.security.CurrentUser;
import org.transdesk.security.Roles;

/**
 * Tools for one paragraph of an output: regenerate it through the output's route, translation-memory
 * suggestions (score, origin, word diff of the stored source against this one, "Use this translation"),
 * and the glossary terms in its source with their approved rendering. Every change goes through the
 * workbench's presenter to a service that checks role and revision again; a refusal shows in the dialog.
 */
class ParagraphToolsDialog extends Dialog {

    static final int MAX_SUGGESTIONS = 5;

    final Button regenerate = new Button(tr("tools.regenerate"));
    final Div suggestions = new Div();
    final List<Button> useButtons = new ArrayList<>();
    final Div glossaryTerms = new Div();
    final InlineMessage refusal = new InlineMessage();
    final Span regenerating = new Span();
    final Div streamedText = new Div();
    final Button cancelRegenerate = new Button(tr("tools.regenerate.cancel"));
    private Runnable cancel = () -> { };

    /** What the dialog's buttons do; each shows a refusal through the consumer it is given. */
    interface Actions {
        /**
         * Translates the paragraph again off the UI thread, the model's text going to {@code streamed} as it
         * arrives; {@code done} runs once the new text is stored. Returns the action that cancels it.
         */
        Runnable regenerate(Consumer<String> streamed, Runnable done, Consumer<String> refused);

        /** Uses a memory suggestion's text for the paragraph; true when stored. */
        boolean use(String text, Consumer<String> refused);
    }

    ParagraphToolsDialog(Article article, SegmentEditor editor, List<MemoryMatch> matches, int fuzzyThreshold,
                         List<GlossaryHit> hits, Actions actions) {
        Output output = editor.output();
        int position = editor.position();
        boolean translation = output.isTranslation();
        boolean canEdit = CurrentUser.hasRole(Roles.EDITOR);
        setHeaderTitle(tr("tools.title", Words.paragraph(output, position)));
        addClassName("paragraph-tools");
        setWidth("min(52rem, 95vw)");
        refusal.setId("paragraph-tools-message");
        add(refusal);

        regenerate.setId("regenerate-paragraph");
        regenerate.setDisableOnClick(true);
        regenerate.setVisible(canEdit && translation);
        regenerating.setId("regenerating-paragraph");
        regenerating.addClassName("engine-notice");
        regenerating.setVisible(false);
        streamedText.setId("regenerating-text");
        streamedText.addClassName("streamed-text");
        streamedText.getElement().setAttribute("lang", output.language(article.sourceLanguage()));
        streamedText.getElement().setAttribute("aria-live", "polite");
        streamedText.setVisible(false);
        cancelRegenerate.setId("cancel-regenerate");
        cancelRegenerate.addThemeVariants(ButtonVariant.SMALL);
        cancelRegenerate.setVisible(false);
        cancelRegenerate.addClickListener(e -> {
            cancelRegenerate.setEnabled(false);
            regenerating.setText(tr("tools.regenerate.cancelling"));
            cancel.run();
        });
        regenerate.addClickListener(e -> {
            refusal.clear();
            regenerating.setText(tr("tools.regenerating"));
            regenerating.setVisible(true);
            streamedText.setText("");
            cancelRegenerate.setEnabled(true);
            cancelRegenerate.setVisible(true);
            cancel = actions.regenerate(partial -> {
                streamedText.setText(partial);
                streamedText.setVisible(true);
            }, this::close, message -> {
                boolean cancelled = !cancelRegenerate.isEnabled();
                regenerating.setVisible(false);
                streamedText.setVisible(false);
                cancelRegenerate.setVisible(false);
                refusal.show(cancelled ? InlineMessage.Level.INFO : InlineMessage.Level.ERROR, message);
                regenerate.setEnabled(true);
            });
        });
        add(new H4(tr("tools.regenerate.heading")));
        if (translation) {
            add(notice(tr("tools.regenerate.explanation", Words.output(output))), regenerate, regenerating, streamedText, cancelRegenerate);
        } else {
            add(notice(tr("tools.regenerate.summary")));
        }

        if (translation) {
            String source = article.segments().get(position);
            suggestions.setId("memory-suggestions");
            if (matches.isEmpty()) {
                suggestions.add(notice(tr("tools.memory.none", fuzzyThreshold)));
            }
            for (MemoryMatch match : matches) {
                suggestions.add(suggestion(match, source, canEdit, () -> {
                    if (actions.use(match.targetText(), refusal::error)) {
                        close();
                    }
                }));
            }
            add(new H4(tr("tools.memory")), suggestions);
        }

        glossaryTerms.setId("glossary-terms");
        String lang = output.language(article.sourceLanguage());
        if (!translation) {
            glossaryTerms.add(notice(tr("tools.glossary.summary", lang)));
        } else if (hits.isEmpty()) {
            glossaryTerms.add(notice(tr("tools.glossary.none")));
        }
        Map<Long, GlossaryHit> distinct = new LinkedHashMap<>();
        hits.forEach(h -> distinct.putIfAbsent(h.term().id(), h));
        distinct.values().forEach(h -> glossaryTerms.add(term(h, lang)));
        add(new H4(tr("tools.glossary")), glossaryTerms);
        getFooter().add(new Button(tr("dialog.close"), e -> close()));
    }

    /** The exact match first, then fuzzy matches above the threshold, best first, each pair once. */
    static List<MemoryMatch> matches(TranslationMemory memory, String source, String sourceLang, String targetLang) {
        Map<String, MemoryMatch> byPair = new LinkedHashMap<>();
        memory.exact(source, sourceLang, targetLang).ifPresent(m -> byPair.put(m.sourceText() + "\u0000" + m.targetText(), m));
        for (MemoryMatch m : memory.fuzzy(source, sourceLang, targetLang, MAX_SUGGESTIONS)) {
            byPair.putIfAbsent(m.sourceText() + "\u0000" + m.targetText(), m);
        }
        return byPair.values().stream().limit(MAX_SUGGESTIONS).toList();
    }

    private Div suggestion(MemoryMatch match, String source, boolean canEdit, Runnable use) {
        Span head = new Span(tr(match.score() == 100 ? "tools.memory.exact" : "tools.memory.fuzzy", match.score())
                + (match.origin() == null ? "" : " · " + match.origin()));
        head.addClassName("engine-notice");
        Div target = new Div(match.targetText());
        target.addClassName("memory-target");
        Div box = new Div(head, new Span(tr("tools.memory.diff")), new DiffView(match.sourceText(), source), target);
        box.addClassName("memory-suggestion");
        box.getElement().setAttribute("data-score", String.valueOf(match.score()));
        if (canEdit) {
            Button button = new Button(tr("tools.memory.use"), e -> use.run());
            button.addThemeVariants(ButtonVariant.SMALL);
            useButtons.add(button);
            box.add(button);
        }
        return box;
    }

    private static Div term(GlossaryHit hit, String lang) {
        var t = hit.term();
        String rendering = t.doNotTranslate() ? tr("tools.glossary.keep", t.term())
                : t.renderingIn(lang) == null ? tr("tools.glossary.no-rendering", lang) : t.renderingIn(lang);
        Div row = new Div(new Span(t.term() + " → " + rendering));
        if (t.note() != null) {
            row.add(notice(t.note()));
        }
        row.addClassName("glossary-hit");
        if (t.doNotTranslate()) {
            row.addClassName("do-not-translate");
        }
        return row;
    }

    private static Span notice(String text) {
        Span span = new Span(text);
        span.addClassName("engine-notice");
        return span;
    }
}
