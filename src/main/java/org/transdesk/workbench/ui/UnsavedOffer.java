package org.transdesk.workbench.ui;

import org.transdesk.base.ui.Messages;
import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/**
 * Under a paragraph: text the editor typed in an earlier session that was never stored, offered back.
 * When someone saved the paragraph since, both texts are shown with a word diff, so restoring is a
 * choice made seeing what it replaces (the replaced text stays in the paragraph's history).
 */
class UnsavedOffer extends Div {

    /** What is offered for one paragraph. */
    record Offer(int position, String yours, long typedAt, int typedOnRevision, String current, int currentRevision) {
        boolean changedMeanwhile() {
            return typedOnRevision != currentRevision;
        }
    }

    final Button restore = new Button(tr("unsaved.restore"));
    final Button discard = new Button(tr("unsaved.discard"));

    UnsavedOffer(Offer offer, boolean canRestore, Runnable onRestore, Runnable onDiscard) {
        addClassNames("unsaved-offer", "inline-message", "warning");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("data-position", String.valueOf(offer.position()));
        Span head = new Span(tr("unsaved.head", Messages.dateTime(Instant.ofEpochMilli(offer.typedAt()))));
        head.addClassName("inline-message-text");
        add(head);
        if (offer.changedMeanwhile()) {
            Span changed = new Span(tr("unsaved.changed", offer.currentRevision()));
            Div now = new Div(offer.current().isEmpty() ? tr("unsaved.empty") : offer.current());
            now.addClassNames("conflict-text", "unsaved-current");
            Span diffLabel = new Span(tr("unsaved.diff"));
            add(changed, now, diffLabel, new DiffView(offer.current(), offer.yours()));
        }
        Span yoursLabel = new Span(tr("unsaved.yours"));
        Div yours = new Div(offer.yours());
        yours.addClassNames("conflict-text", "unsaved-text");
        restore.addClassName("restore-unsaved");
        restore.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        restore.setEnabled(canRestore);
        restore.addClickListener(e -> onRestore.run());
        discard.addClassName("discard-unsaved");
        discard.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        discard.addClickListener(e -> onDiscard.run());
        add(yoursLabel, yours, new Div(restore, discard));
    }
}
