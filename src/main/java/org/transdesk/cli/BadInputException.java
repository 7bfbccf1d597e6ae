package org.transdesk.cli;

/** Input (or an output path) the command cannot use at all: exit code 2, nothing written. */
class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
