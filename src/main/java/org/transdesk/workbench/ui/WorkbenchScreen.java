package org.transdesk.workbench.ui;

import java.util.List;
import org.transdesk.article.Output;
import org.transdesk.base.ui.InlineMessage.Level;
import org.transdesk.base.ui.UiUpdates;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.Draft;

/** What {@link WorkbenchPresenter} asks of the view; the view renders, the presenter decides. */
interface WorkbenchScreen {

    /** Renders the shown outputs from the presenter's model, notices and run state. */
    void render();

    /** Other outputs were chosen to be shown beside the source. */
    void shownChanged();

    /** An output's paragraphs came or went (a run stored or failed): its cells are built again, the others kept as they are. */
    void columnReplaced(Output output);

    /** One output changed by this editor (a save, a confirm, a restore): its head and the checks under its paragraphs. */
    void columnChanged(Output output);

    /** The run's news for the column head: progress and the text streaming in. */
    void progress(Output output, int done, int total);

    void streamed(Output output, int index, String partial);

    /** A notice for an output's column head changed (shown, replaced or cleared). */
    void noticeChanged(Output output);

    /** A message for the whole page, under the toolbar (a refused start, a cancel that came too late). */
    void pageMessage(Level level, String message);

    /** Generate, Cancel and the run's state in the toolbar. */
    void runChanged();

    /** Generating again would touch people's paragraphs: ask first. */
    void askRegenerate(RegenerateQuestion question);

    /** Texts from earlier sessions are offered back: shown under their paragraphs. */
    void offersChanged();

    /** A channel for worker-thread news onto this screen (dropped once the editor left). */
    UiUpdates updates();

    /** QA found errors: approval needs a written reason. */
    void askOverride(Draft draft, List<QaFinding> errors);
}
