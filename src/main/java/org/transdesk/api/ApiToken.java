package org.transdesk.api;

import java.time.Instant;

/**
 * A token as its owner sees it later: never the token itself, only a hint of its start.
 * {@code expiresAt} is null for a token valid until revoked.
 */
public record ApiToken(long id, String username, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                       Instant expiresAt) {

    public boolean active() {
        return revokedAt == null && !expired();
    }

    public boolean expired() {
        return expiresAt != null && !expiresAt.isAfter(Instant.now());
    }
}
