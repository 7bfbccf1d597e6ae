package org.transdesk.security;

import java.time.Instant;

/** A stored user: never carries the password hash out of the security feature. */
public record UserAccount(String username, Roles role, boolean enabled, Instant createdAt) {
}
