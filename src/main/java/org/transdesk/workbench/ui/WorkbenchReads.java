package org.transdesk.workbench.ui;

import java.util.EnumMap;
import java.util.EnumSet;
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
        return new WorkbenchModel(article, columns(article, services.drafts().drafts(articleId), EnumSet.allOf(Output.class)));
    }

    /**
     * The model as the database has it now: one query, and new columns only for outputs whose draft
     * changed, plus {@code stale} ones (whose checks depend on a change made meanwhile).
     */
    WorkbenchModel refresh(WorkbenchModel model, Set<Output> stale) {
        Map<Output, Draft> now = services.drafts().drafts(model.article().id());
        Set<Output> changed = EnumSet.noneOf(Output.class);
        changed.addAll(stale);
        for (Output output : Output.values()) {
            if (!Objects.equals(model.column(output).draft().orElse(null), now.get(output))) {
                changed.add(output);
            }
        }
        if (changed.contains(Output.VI) || changed.contains(Output.RU)) {
            changed.addAll(EnumSet.of(Output.VI, Output.RU));
        }
        return changed.isEmpty() ? model : model.with(columns(model.article(), now, changed));
    }

    /** After this editor changed {@code output}: its column (and the other translation's, checked against it) read again. */
    WorkbenchModel reread(WorkbenchModel model, Output output) {
        Set<Output> outputs = output.isTranslation() ? EnumSet.of(Output.VI, Output.RU) : EnumSet.of(output);
        return model.with(columns(model.article(), services.drafts().drafts(model.article().id()), outputs));
    }

    private Map<Output, OutputColumn> columns(Article article, Map<Output, Draft> drafts, Set<Output> outputs) {
        Map<Output, OutputColumn> columns = new EnumMap<>(Output.class);
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
