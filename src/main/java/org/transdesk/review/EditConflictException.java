package org.transdesk.review;

import org.transdesk.base.UserFacingException;

/** Someone saved this segment after the editor loaded it. Both texts travel with the exception so nothing is lost. */
public class EditConflictException extends UserFacingException {

    private final int position;
    private final String theirText;
    private final int theirRevision;
    private final String yourText;
    private final String theirAuthor;

    public EditConflictException(int position, String theirText, int theirRevision, String theirAuthor, String yourText) {
        super(org.transdesk.base.Phrase.of("refusal.edit-conflict", theirAuthor));
        this.position = position;
        this.theirText = theirText;
        this.theirRevision = theirRevision;
        this.theirAuthor = theirAuthor;
        this.yourText = yourText;
    }

    public int position() {
        return position;
    }

    public String theirText() {
        return theirText;
    }

    public int theirRevision() {
        return theirRevision;
    }

    public String theirAuthor() {
        return theirAuthor;
    }

    public String yourText() {
        return yourText;
    }
}
