package org.transdesk.generation;

import org.transdesk.base.UserFacingException;

/** A paragraph's regeneration was cancelled by the editor: nothing was stored, the paragraph is as it was. */
public class RegenerationCancelledException extends UserFacingException {

    RegenerationCancelledException(int position) {
        super("Regeneration of " + (position == 0 ? "the headline" : "paragraph " + position)
                + " cancelled; the paragraph is unchanged.");
    }
}
