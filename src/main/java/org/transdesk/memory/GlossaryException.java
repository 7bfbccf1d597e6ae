package org.transdesk.memory;

import org.transdesk.base.Phrase;
import org.transdesk.base.UserFacingException;

/** A glossary or memory change that was refused, with a message the reviewer can act on. */
public class GlossaryException extends UserFacingException {

    public GlossaryException(String message) {
        super(message);
    }

    /** A refusal said in the screen's language, its message in English (see {@link Phrase}). */
    public GlossaryException(Phrase phrase) {
        super(phrase);
    }

    /** The refusal {@code key} with {@code args} (file names, terms, line numbers). */
    public static GlossaryException of(String key, Object... args) {
        return new GlossaryException(Phrase.of(key, args));
    }
}
