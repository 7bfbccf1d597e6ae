package org.transdesk.workbench.ui;

import static org.transdesk.base.ui.Messages.tr;
import com.vaadin.flow.component.textfield.TextArea;
import org.transdesk.base.CleanText;

/**
 * A reason a reviewer must write (a QA override, a change request): a box holding only spaces,
 * non-breaking spaces, zero-width or control characters is empty, and the dialog stays open with
 * the error on the field instead of closing and leaving a refusal somewhere else.
 */
final class Reasons {

    private Reasons() {
    }

    /** True when nothing a reader could see was written. */
    static boolean isEmpty(String reason) {
        String cleaned = CleanText.of(reason == null ? "" : reason);
        return cleaned.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
    }

    /** Marks the field when its reason is empty; true when the reason may be sent. */
    static boolean accept(TextArea field, String emptyMessageKey) {
        if (isEmpty(field.getValue())) {
            field.setErrorMessage(tr(emptyMessageKey));
            field.setInvalid(true);
            field.focus();
            return false;
        }
        field.setInvalid(false);
        return true;
    }
}
