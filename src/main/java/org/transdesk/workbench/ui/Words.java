package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;

import org.transdesk.article.Output;
import org.transdesk.review.OutputState;
import org.transdesk.review.OutputSummary;
import org.transdesk.review.ParagraphStatus;

/** Names of outputs, states and paragraph statuses in the screen's language ({@code output.vi}, {@code state.APPROVED} ...). */
final class Words {

    private Words() {
    }

    static String output(Output output) {
        return org.transdesk.article.ui.OutputNames.of(output);
    }

    static String state(OutputState state) {
        return tr("state." + state.name());
    }

    /** "Needs review", or "Untranslated 2" for a draft with untranslated paragraphs. */
    static String summary(OutputSummary summary) {
        return summary.untranslatedShown() ? tr("state.untranslated", summary.counts().untranslated()) : state(summary.state());
    }

    static String status(ParagraphStatus status) {
        return tr("paragraph-status." + status.name());
    }

    /** "Vietnamese headline", "Russian paragraph 3": how a paragraph is named in labels and titles. */
    static String paragraph(Output output, int position) {
        return position == 0 && output.isTranslation() ? tr("workbench.paragraph.headline", output(output))
                : tr("workbench.paragraph.numbered", output(output), position);
    }
}
