package org.transdesk.api.internal;

/** Answered 400 with the message as problem detail. */
class ApiBadRequestException extends RuntimeException {

    ApiBadRequestException(String message) {
        super(message);
    }
}
