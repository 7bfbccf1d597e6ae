package org.transdesk.review;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Output;
import org.transdesk.review.internal.PostEditReads;

/**
 * Read side for features that measure post-editing: each approved version with the engine text its
 * segments had before approval (the ENGINE revisions review keeps). Read-only and without a role
 * check, because it is called after an approval by event listeners and at start-up, where no user
 * is signed in; the figures it feeds are shown behind their own role checks.
 */
@Service
public class PostEditSources {

    private final PostEditReads reads;

    PostEditSources(PostEditReads reads) {
        this.reads = reads;
    }

    @Transactional(readOnly = true)
    public Optional<PostEditSource> of(long articleId, Output output, int number) {
        return reads.versionId(articleId, output, number).flatMap(reads::source);
    }

    @Transactional(readOnly = true)
    public Optional<PostEditSource> ofVersion(long versionId) {
        return reads.source(versionId);
    }

    /** Ids of approved versions above {@code afterId}, lowest first, at most {@code limit}: for backfilling. */
    @Transactional(readOnly = true)
    public List<Long> versionIdsAfter(long afterId, int limit) {
        return reads.versionIdsAfter(afterId, limit);
    }
}
