/**
 * Drafts and their review: the working text of each output segment by segment with every revision
 * (author, time), workflow states, approval into immutable numbered versions, and the facts other
 * features react to ({@link org.transdesk.review.VersionApproved}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package org.transdesk.review;
