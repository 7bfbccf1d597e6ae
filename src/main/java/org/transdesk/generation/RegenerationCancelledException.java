package org.transdesk.generation;

import org.transdesk.base.UserFacingException;

/** A paragraph's regeneration was cancelled by the editor: nothing was stored, the paragraph is as it was. */
public class RegenerationCancelledException extends UserFacingException {

    RegenerationCancelledException(int position) {
        super(phrase(position));
    }

    private static org.transdesk.base.Phrase phrase(int position) {
        return position == 0 ? org.transdesk.base.Phrase.of("refusal.regenerate.cancelled-headline")
                : org.transdesk.base.Phrase.of("refusal.regenerate.cancelled", position);
    }
}
