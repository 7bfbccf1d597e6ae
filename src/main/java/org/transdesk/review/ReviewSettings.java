package org.transdesk.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code transdesk.review.four-eyes}: when true, the reviewer who approves a draft must not be the
 * person who last edited its text (engine output does not count as an edit). Off by default so a
 * one-person desk can still approve; newsrooms with two people on duty switch it on.
 */
@ConfigurationProperties("transdesk.review")
public record ReviewSettings(boolean fourEyes) {
}
