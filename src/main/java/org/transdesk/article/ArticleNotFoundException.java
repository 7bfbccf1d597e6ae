package org.transdesk.article;

import org.transdesk.base.UserFacingException;

public class ArticleNotFoundException extends UserFacingException {

    public ArticleNotFoundException(long id) {
        super(org.transdesk.base.Phrase.of("refusal.article.gone", id));
    }
}
