package org.transdesk.api.internal;

import org.transdesk.base.UserFacingException;

/** Answered 422 with the message as problem detail: understood, but refused. */
class ApiUnprocessableException extends UserFacingException {

    ApiUnprocessableException(String message) {
        super(message);
    }
}
