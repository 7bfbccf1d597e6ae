package org.transdesk.review;

import org.transdesk.base.UserFacingException;

/** A review action that cannot be done as asked (nothing to approve, wrong state, ...). */
public class ReviewException extends UserFacingException {

    public ReviewException(String message) {
        super(message);
    }

    public ReviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
