package org.transdesk.workbench.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transdesk.article.Output;
import org.transdesk.llm.EngineInfo;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.ChangeRequest;
import org.transdesk.review.Draft;
import org.transdesk.review.ExportMark;
import org.transdesk.review.OutputSummary;
import org.transdesk.review.QaReport;
import org.transdesk.review.SegmentText;

/**
 * Everything the workbench shows for one output, read once ({@link WorkbenchReads}): the draft, its
 * QA report, comment counts per paragraph, the latest approved version with its export marks, the
 * change request, the route's engine and whether the four-eyes rule blocks this reviewer. The view
 * renders it without asking a service, so switching what is shown costs no query and no QA run.
 */
record OutputColumn(Output output, Optional<Draft> draft, Optional<ApprovedVersion> latest, EngineInfo route, QaReport qa,
                    Optional<ChangeRequest> changeRequest, List<ExportMark> exported, Map<Integer, CommentCount> comments,
                    boolean fourEyesBlocks) {

    /** Open and total comment threads on one paragraph. */
    record CommentCount(int open, int total) {
        static final CommentCount NONE = new CommentCount(0, 0);
    }

    OutputSummary summary() {
        return draft.map(Draft::summary).orElse(OutputSummary.notStarted(output));
    }

    Optional<SegmentText> segment(int position) {
        return draft.flatMap(d -> d.segments().stream().filter(s -> s.position() == position).findFirst());
    }

    CommentCount comments(int position) {
        return comments.getOrDefault(position, CommentCount.NONE);
    }
}
