package org.transdesk.memory;

import org.transdesk.base.UserFacingException;

/** A glossary or memory change that was refused, with a message the reviewer can act on. */
public class GlossaryException extends UserFacingException {

    public GlossaryException(String message) {
        super(message);
    }
}
