package org.transdesk.review;

import java.util.Set;

/**
 * The articles that pass an output-state filter, as ids to keep ({@code excluding} false) or ids to
 * leave out ({@code excluding} true: "Not started" is every article without such a draft).
 */
public record ArticleSelection(Set<Long> ids, boolean excluding) {

    public ArticleSelection {
        ids = Set.copyOf(ids);
    }
}
