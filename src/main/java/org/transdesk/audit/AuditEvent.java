package org.transdesk.audit;

import java.time.Instant;

/** One entry of the audit trail; {@code address} is the client address of the request that did it, null for the system. */
public record AuditEvent(long id, Instant at, String actor, String action, Long articleId, String output, String detail, String address) {
}
