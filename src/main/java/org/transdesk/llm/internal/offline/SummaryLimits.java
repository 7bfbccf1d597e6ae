package org.transdesk.llm.internal.offline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code transdesk.summary.max-sentences}: the most sentences of one article the offline summariser
 * ranks against each other (its cost grows with the square of this); a longer article is first cut to
 * its lead and its most central sentences.
 */
@ConfigurationProperties("transdesk.summary")
record SummaryLimits(Integer maxSentences) {

    SummaryLimits {
        maxSentences = maxSentences == null ? CandidateSentences.DEFAULT_MAX : maxSentences;
    }
}
