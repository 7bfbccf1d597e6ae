package org.transdesk.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code transdesk.analytics.backfill-on-start}: measure, at start, approved versions that have no
 * post-edit figures yet (approved before analytics existed, or whose measuring was lost). On by
 * default; the command line turns it off, as it writes nothing it was not asked to.
 */
@ConfigurationProperties("transdesk.analytics")
public record AnalyticsSettings(@DefaultValue("true") boolean backfillOnStart) {
}
