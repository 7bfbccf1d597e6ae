package org.transdesk.export;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.DraftProvenance;
import org.transdesk.review.DraftingService;
import org.transdesk.review.GeneratedDraft;

/** Imports an article and approves a hand-written output for it, as a reviewer would. */
final class ApprovedFixture {

    private ApprovedFixture() {
    }

    static final DraftProvenance PROVENANCE = new DraftProvenance("offline", "Offline engine", null, null, "g-test", 0, 0, 3, null);

    static ApprovedVersion approve(ArticleService articles, DraftingService drafting, ApprovalService approval, Article article, Output output, List<String> segments) {
        List<GeneratedDraft.Segment> generated = new ArrayList<>();
        segments.forEach(s -> generated.add(new GeneratedDraft.Segment(s, "MODEL", null, null)));
        var draft = drafting.saveGenerated(article.id(), output, article.sourceRevision(), new GeneratedDraft(generated, PROVENANCE));
        // the fixture's hand-written texts are not checked translations: approve past QA, as a reviewer may with a reason
        return approval.approve(draft.id(), "test fixture: hand-written output");
    }
}
