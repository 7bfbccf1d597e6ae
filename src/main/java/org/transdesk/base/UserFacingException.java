package org.transdesk.base;

/**
 * A refusal or failure whose message an editor can act on ("The file is not UTF-8 text ...").
 * Views show the message as it is; nothing half-written is committed when it is thrown.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
