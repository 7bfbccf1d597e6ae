package org.transdesk.api.internal;

/** Answered 404 with the message as problem detail. */
class ApiNotFoundException extends RuntimeException {

    ApiNotFoundException(String message) {
        super(message);
    }
}
