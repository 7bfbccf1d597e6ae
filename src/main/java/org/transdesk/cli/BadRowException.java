package org.transdesk.cli;

/** One input row the command cannot use; it is reported with its line number and the others go on. */
class BadRowException extends RuntimeException {

    BadRowException(String message) {
        super(message);
    }
}
