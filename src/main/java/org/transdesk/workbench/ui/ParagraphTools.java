package org.transdesk.workbench.ui;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.transdesk.article.Article;
import org.transdesk.generation.GenerationService;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.TranslationMemory;
import org.transdesk.review.Draft;
import org.transdesk.review.EditingService;

/** The services behind {@link ParagraphToolsDialog}, so the workbench hands over one thing instead of four. */
@Component
class ParagraphTools {

    private final GenerationService generation;
    private final EditingService editing;
    private final TranslationMemory memory;
    private final Glossary glossary;

    ParagraphTools(GenerationService generation, EditingService editing, TranslationMemory memory, Glossary glossary) {
        this.generation = generation;
        this.editing = editing;
        this.memory = memory;
        this.glossary = glossary;
    }

    /** @param act runs a service call, shows a refusal as a notification and re-renders the workbench on success */
    void open(Article article, SegmentEditor editor, Draft draft, Consumer<Runnable> act) {
        new ParagraphToolsDialog(article, editor, draft, generation, editing, memory, glossary, act).open();
    }
}
