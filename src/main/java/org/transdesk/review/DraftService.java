package org.transdesk.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.transdesk.article.Output;
import org.transdesk.review.internal.DraftRepository;

/**
 * Drafts as they stand, for reading: the workbench, the library, the API. The writes are split by
 * job: {@link DraftingService} (engine text), {@link EditingService} (people's text),
 * {@link ApprovalService} (approval and versions), {@link ExportMarkService} (export marks); the
 * workflow's allowed transitions are the table in {@link OutputState} and {@link ParagraphStatus}.
 */
@Service
public class DraftService {

    private final DraftRepository drafts;

    DraftService(DraftRepository drafts) {
        this.drafts = drafts;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Draft> find(long articleId, Output output) {
        return drafts.find(articleId, output);
    }

    /** Every draft of an article with its segments, read in one query. */
    @PreAuthorize("isAuthenticated()")
    public Map<Output, Draft> drafts(long articleId) {
        return drafts.all(articleId);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, Map<Output, OutputState>> states(Collection<Long> articleIds) {
        return drafts.states(articleIds);
    }

    /** State and paragraphs per status of every output of the given articles, in one query: the library's column labels. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Map<Output, OutputSummary>> summaries(Collection<Long> articleIds) {
        return drafts.summaries(articleIds);
    }

    /**
     * The articles whose {@code output} (any output when null) is in {@code state}; an output without
     * a draft counts as not started. For the library's state filter, answered by the database.
     */
    @PreAuthorize("isAuthenticated()")
    public ArticleSelection articlesIn(Output output, OutputState state) {
        return drafts.articlesIn(output, state);
    }

    @PreAuthorize("isAuthenticated()")
    public List<SegmentRevision> history(long draftId, int position) {
        return drafts.revisions(draftId, position);
    }
}
