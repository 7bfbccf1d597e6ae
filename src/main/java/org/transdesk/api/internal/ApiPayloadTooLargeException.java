package org.transdesk.api.internal;

/** Answered 413 with the message as problem detail. */
class ApiPayloadTooLargeException extends RuntimeException {

    ApiPayloadTooLargeException(String message) {
        super(message);
    }
}
