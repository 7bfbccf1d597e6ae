package org.transdesk.workbench.ui;

import org.springframework.stereotype.Component;
import org.transdesk.article.ArticleOutputs;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Outputs;
import org.transdesk.export.ExportService;
import org.transdesk.generation.GenerationService;
import org.transdesk.generation.ModelReviewService;
import org.transdesk.llm.LanguageModels;
import org.transdesk.memory.MemoryLearning;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.CommentService;
import org.transdesk.review.DraftQa;
import org.transdesk.review.DraftService;
import org.transdesk.review.DraftingService;
import org.transdesk.review.EditingService;
import org.transdesk.review.ExportMarkService;
import org.transdesk.review.FindingDismissals;

/** The services behind the workbench, handed to its presenter and read model as one thing; the view holds none. */
@Component
record WorkbenchServices(ArticleService articles, DraftService drafts, DraftingService drafting, EditingService editing,
                         ApprovalService approval, ExportMarkService exportMarks, DraftQa qa, CommentService comments,
                         GenerationService generation, ExportService exports, LanguageModels models,
                         MemoryLearning learning, FindingDismissals dismissals, ModelReviewService modelReview,
                         Outputs outputs, ArticleOutputs articleOutputs) {
}
