package org.transdesk.base;

import java.util.Optional;

/**
 * A refusal or failure whose message an editor can act on ("The file is not UTF-8 text ...").
 * Nothing half-written is committed when it is thrown. A refusal built from a {@link Phrase} is said in
 * the screen's language (see {@link #phrase()}); its message, for logs and the REST API, stays English.
 * One built from a plain message is shown as it is.
 */
public class UserFacingException extends RuntimeException {

    private final transient Phrase phrase;

    public UserFacingException(String message) {
        super(message);
        this.phrase = null;
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
        this.phrase = null;
    }

    /** A refusal said by {@code phrase}: English in {@link #getMessage()}, the editor's language on a screen. */
    public UserFacingException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public UserFacingException(Phrase phrase, Throwable cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
    }

    /** The sentence to say on a screen, when the refusal was built from one. */
    public Optional<Phrase> phrase() {
        return Optional.ofNullable(phrase);
    }
}
