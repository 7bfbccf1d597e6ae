package org.transdesk.review;

/**
 * A run tried to store its result after losing its claim (its lease expired and another run or a
 * restart took the output over). The result is discarded: an editor may have changed the text since.
 */
public class ClaimLostException extends ReviewException {

    public ClaimLostException(String message) {
        super(message);
    }
}
