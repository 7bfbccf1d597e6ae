package org.transdesk.workbench.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.transdesk.article.Article;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryHit;
import org.transdesk.memory.MemoryMatch;
import org.transdesk.memory.TranslationMemory;

/** Reads what {@link ParagraphToolsDialog} offers (memory suggestions, glossary terms) and opens it; its actions go to the presenter. */
@Component
class ParagraphTools {

    private final TranslationMemory memory;
    private final Glossary glossary;

    ParagraphTools(TranslationMemory memory, Glossary glossary) {
        this.memory = memory;
        this.glossary = glossary;
    }

    /**
     * The best memory suggestion the tools dialog would offer for this paragraph (exact first, else the
     * closest fuzzy match above the threshold), for the Alt+Shift+M shortcut; none for a summary.
     */
    Optional<MemoryMatch> best(WorkbenchPresenter presenter, SegmentEditor editor) {
        Article article = presenter.article();
        if (!editor.output().isTranslation() || editor.position() >= article.segments().size()) {
            return Optional.empty();
        }
        return ParagraphToolsDialog.matches(memory, article.segments().get(editor.position()), article.sourceLanguage(),
                        editor.output().language(article.sourceLanguage())).stream()
                .max(Comparator.comparingInt(MemoryMatch::score));
    }

    void open(WorkbenchPresenter presenter, SegmentEditor editor, OutputColumn column) {
        Article article = presenter.article();
        boolean translation = editor.output().isTranslation();
        String source = article.segments().get(translation ? editor.position() : 0);
        List<MemoryMatch> matches = translation ? ParagraphToolsDialog.matches(memory, source, article.sourceLanguage(),
                editor.output().language(article.sourceLanguage())) : List.of();
        List<GlossaryHit> hits = translation ? glossary.find(source, article.sourceLanguage()) : List.of();
        new ParagraphToolsDialog(article, editor, matches, memory.fuzzyThreshold(), hits, new ParagraphToolsDialog.Actions() {
            @Override
            public Runnable regenerate(java.util.function.Consumer<String> streamed, Runnable done, java.util.function.Consumer<String> refused) {
                return presenter.regenerateParagraph(editor.output(), editor.position(), editor.revision(), streamed, s -> {
                    editor.saved(s);
                    done.run();
                }, refused);
            }

            @Override
            public boolean use(String text, java.util.function.Consumer<String> refused) {
                return presenter.useSuggestion(editor.output(), editor.position(), text, editor.revision(), refused)
                        .map(s -> { editor.saved(s); return true; }).orElse(false);
            }
        }).open();
    }
}
