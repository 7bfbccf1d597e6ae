package org.transdesk.audit;

import java.time.Instant;

public record AuditEvent(long id, Instant at, String actor, String action, Long articleId, String output, String detail) {
}
