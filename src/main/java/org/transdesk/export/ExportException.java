package org.transdesk.export;

import org.transdesk.base.UserFacingException;

public class ExportException extends UserFacingException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
