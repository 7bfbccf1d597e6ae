package org.transdesk.review;

/** Workflow state of one output of an article. */
public enum OutputState {
    NOT_STARTED("Not started"),
    DRAFTING("Drafting"),
    NEEDS_REVIEW("Needs review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved");

    private final String label;

    OutputState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
