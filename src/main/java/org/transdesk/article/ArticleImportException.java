package org.transdesk.article;

import org.transdesk.base.UserFacingException;

/** Import refused; the message tells the editor what is wrong and what to do. Nothing was stored. */
public class ArticleImportException extends UserFacingException {

    public ArticleImportException(String message) {
        super(message);
    }
}
