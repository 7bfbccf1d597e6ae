package org.transdesk.security;

/**
 * Fact for the audit trail: a sign-in, a failed sign-in, a sign-out, a change to an account, or sessions
 * ended. {@code actor} is who did it (for a failed sign-in: the name that was tried), {@code address}
 * the client address when there was a request.
 */
public record SecurityEvent(String actor, String action, String detail, String address) {
}
