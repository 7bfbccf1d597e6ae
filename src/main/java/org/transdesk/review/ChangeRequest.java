package org.transdesk.review;

import java.time.Instant;

/** The reviewer's latest reason for sending a draft back; the editor sees it while changes are requested. */
public record ChangeRequest(String reason, String requestedBy, Instant requestedAt) {
}
