package org.transdesk.article;

import org.transdesk.base.UserFacingException;

public class ArticleNotFoundException extends UserFacingException {

    public ArticleNotFoundException(long id) {
        super("Article " + id + " does not exist (it may have been removed).");
    }
}
