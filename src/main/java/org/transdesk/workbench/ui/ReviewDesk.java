package org.transdesk.workbench.ui;

import org.springframework.stereotype.Component;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.CommentService;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.ExportMarkService;

/** The review services the workbench screens call, handed over as one thing. */
@Component
record ReviewDesk(DraftService drafts, DraftingService drafting, EditingService editing, ApprovalService approval,
                  ExportMarkService exportMarks, DraftQa qa, CommentService comments) {
}
