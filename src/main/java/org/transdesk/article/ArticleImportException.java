package org.transdesk.article;

import org.transdesk.base.Phrase;
import org.transdesk.base.UserFacingException;

/** Import refused; the message tells the editor what is wrong and what to do. Nothing was stored. */
public class ArticleImportException extends UserFacingException {

    public ArticleImportException(String message) {
        super(message);
    }

    /** A refusal said in the screen's language, its message in English (see {@link Phrase}). */
    public ArticleImportException(Phrase phrase) {
        super(phrase);
    }

    /** The refusal {@code key} with {@code args} (file names, sizes, positions). */
    public static ArticleImportException of(String key, Object... args) {
        return new ArticleImportException(Phrase.of(key, args));
    }
}
