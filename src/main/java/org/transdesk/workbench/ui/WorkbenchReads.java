package org.transdesk.workbench.ui;

import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.transdesk.article.Article;
import org.transdesk.article.Output;
import org.transdesk.review.CommentThread;
import org.transdesk.review.Draft;
import org.transdesk.review.QaReport;
import org.transdesk.workbench.ui.OutputColumn.CommentCount;

/**
 * Reads the workbench's read model. All drafts of an article come in one query; the QA checks, the
 * comments and the approval facts of an output are read again only when its draft changed (the
 * Vietnamese and Russian drafts are checked against each other, so a change to one re-checks both).
 */
@Component
class WorkbenchReads {

    private final WorkbenchServices services;

    WorkbenchReads(WorkbenchServices services) {
        this.services = services;
    }

    WorkbenchModel open(long articleId) {
        Article article = services.articles().get(articleId);
        Map<Output, Draft> drafts = services.drafts().drafts(articleId);
        // the configured outputs, then any the article has from an earlier configuration (never deleted), less those
        // dropped from this article (kept too, and back with their history when added again)
        Set<Output> outputs = new LinkedHashSet<>(services.outputs().withStored(drafts.keySet()));
        outputs.removeAll(services.articleOutputs().dropped(articleId));
        return new WorkbenchModel(article, columns(article, drafts, outputs));
    }

    /**
     * The model as the database has it now: one query, and new columns only for outputs whose draft
     * changed, plus {@code stale} ones (whose checks depend on a change made meanwhile).
     */
    WorkbenchModel refresh(WorkbenchModel model, Set<Output> stale) {
        Map<Output, Draft> now = services.drafts().drafts(model.article().id());
        Set<Output> changed = new java.util.LinkedHashSet<Output>();
        changed.addAll(stale);
        for (Output output : model.outputs()) {
            if (!Objects.equals(model.column(output).draft().orElse(null), now.get(output))) {
                changed.add(output);
            }
        }
        if (changed.stream().anyMatch(Output::isTranslation)) {
            changed.addAll(checkedAgainstTranslations(model));
        }
        return changed.isEmpty() ? model : model.with(columns(model.article(), now, changed));
    }

    /** After this editor changed {@code output}: its column (and the other translation's, checked against it) read again. */
    WorkbenchModel reread(WorkbenchModel model, Output output) {
        Set<Output> outputs = new LinkedHashSet<>(List.of(output));
        if (output.isTranslation()) {
            outputs.addAll(checkedAgainstTranslations(model));
        }
        return model.with(columns(model.article(), services.drafts().drafts(model.article().id()), outputs));
    }

    /** The outputs whose checks read a translation: the translations (checked against each other) and the summaries in their languages. */
    private static Set<Output> checkedAgainstTranslations(WorkbenchModel model) {
        Set<Output> outputs = new LinkedHashSet<>();
        model.outputs().stream().filter(o -> o.isTranslation() || o.isEditionSummary()).forEach(outputs::add);
        return outputs;
    }

    private Map<Output, OutputColumn> columns(Article article, Map<Output, Draft> drafts, Set<Output> outputs) {
        Map<Output, OutputColumn> columns = new java.util.LinkedHashMap<>();
        for (Output output : outputs) {
            columns.put(output, column(article, output, Optional.ofNullable(drafts.get(output)), drafts));
        }
        return columns;
    }

    /** {@code read} is every draft of the article as just read: QA takes the other translation from it, not from another query. */
    private OutputColumn column(Article article, Output output, Optional<Draft> draft, Map<Output, Draft> read) {
        var approval = services.approval();
        var latest = approval.latestApproved(article.id(), output);
        QaReport qa = draft.map(d -> services.qa().check(d, read)).orElse(new QaReport(List.of()));
        return new OutputColumn(output, draft, latest, services.models().engineFor(output.key()), qa,
                draft.flatMap(d -> approval.changeRequest(d.id())),
                latest.map(v -> services.exportMarks().exportMarks(v.id())).orElse(List.of()),
                draft.map(d -> comments(services.comments().threads(d.id()))).orElse(Map.of()),
                draft.map(d -> approval.fourEyesBlocksApproval(d.id())).orElse(false));
    }

    private static Map<Integer, CommentCount> comments(List<CommentThread> threads) {
        Map<Integer, CommentCount> counts = new HashMap<>();
        for (CommentThread t : threads) {
            CommentCount c = counts.getOrDefault(t.position(), CommentCount.NONE);
            counts.put(t.position(), new CommentCount(c.open() + (t.resolved() ? 0 : 1), c.total() + 1));
        }
        return counts;
    }
}
