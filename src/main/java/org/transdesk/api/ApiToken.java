package org.transdesk.api;

import java.time.Instant;

/** A token as its owner sees it later: never the token itself, only a hint of its start. */
public record ApiToken(long id, String username, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
