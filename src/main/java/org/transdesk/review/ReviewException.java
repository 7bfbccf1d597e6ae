package org.transdesk.review;

import org.transdesk.base.Phrase;
import org.transdesk.base.UserFacingException;

/** A review action that cannot be done as asked (nothing to approve, wrong state, ...). */
public class ReviewException extends UserFacingException {

    public ReviewException(String message) {
        super(message);
    }

    /** A refusal said in the screen's language, its message in English (see {@link Phrase}). */
    public ReviewException(Phrase phrase) {
        super(phrase);
    }

    /** The refusal {@code key} with {@code args} (names, numbers; {@link #output} for an output's name). */
    public static ReviewException of(String key, Object... args) {
        return new ReviewException(Phrase.of(key, args));
    }

    /** An output's name inside a refusal ("Vietnamese", "Tiếng Việt", "Вьетнамский"). */
    public static String output(org.transdesk.article.Output output) {
        return output.nameInPhrase();
    }

    public ReviewException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }

    public ReviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
