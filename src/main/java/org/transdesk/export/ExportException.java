package org.transdesk.export;

import org.transdesk.base.Phrase;
import org.transdesk.base.UserFacingException;

public class ExportException extends UserFacingException {

    public ExportException(String message) {
        super(message);
    }

    /** A refusal said in the screen's language, its message in English (see {@link Phrase}). */
    public ExportException(Phrase phrase) {
        super(phrase);
    }

    public ExportException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }

    /** The refusal {@code key} with {@code args} (names, numbers; {@link #output} for an output's name). */
    public static ExportException of(String key, Object... args) {
        return new ExportException(Phrase.of(key, args));
    }

    /** An output's name inside a refusal ("Vietnamese", "Tiếng Việt", "Вьетнамский"). */
    public static String output(org.transdesk.article.Output output) {
        return output.nameInPhrase();
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
