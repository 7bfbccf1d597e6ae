package org.transdesk.review;

/** Where a generation run (or one output of it) stands; recorded in the database for every node, the command line and the API. */
public enum RunState {
    RUNNING,
    /** Someone asked to stop; the node working on it stops at the next paragraph or streamed chunk. */
    CANCEL_REQUESTED,
    /** Stopped on request; what was drafted before the stop is kept. */
    CANCELLED,
    FINISHED,
    FAILED;

    /** Still holding its outputs (if its lease is valid). */
    public boolean isActive() {
        return this == RUNNING || this == CANCEL_REQUESTED;
    }
}
