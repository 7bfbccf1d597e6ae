package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.review.DraftOutcome;

/**
 * What a generation did to one output, in the screen's language (#15): the column's notice after a run.
 * {@link DraftOutcome#notice()} says the same in English for the API, the CLI and the run record.
 */
final class DraftNotice {

    private DraftNotice() {
    }

    static String of(DraftOutcome o) {
        String label = Words.output(o.output());
        if (o.cancelled()) {
            return o.reached() == 0 ? tr("draft-notice.cancelled-nothing", label, o.reached(), o.asked())
                    : tr("draft-notice.cancelled", label, o.reached(), o.asked(), o.drafted(), o.asked() - o.reached());
        }
        if (o.drafted() == 0 && o.untranslated() == 0) {
            return tr("draft-notice.nothing", label, o.kept());
        }
        List<String> parts = new ArrayList<>();
        if (o.untranslated() > 0) {
            parts.add(tr(o.offline() ? "draft-notice.untranslated-offline" : "draft-notice.untranslated-engine", o.untranslated(), o.length()));
        }
        if (o.kept() > 0) {
            parts.add(tr("draft-notice.kept", o.kept()));
        }
        if (o.replacedHumanWork() > 0) {
            parts.add(tr("draft-notice.replaced", o.replacedHumanWork()));
        }
        String head = o.drafted() > 0 ? tr("draft-notice.ready", label, o.drafted(), o.length()) : label;
        return parts.isEmpty() ? head : head + (o.drafted() > 0 ? "; " : ": ") + String.join("; ", parts);
    }
}
