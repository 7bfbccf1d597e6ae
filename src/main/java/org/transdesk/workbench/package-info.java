/**
 * The editor's screens that bring the features together: the article library with each output's
 * state, and the side-by-side workbench (source beside its drafts; generate, edit, approve,
 * export). Owns no data: it composes article, generation, review and export. Kept apart from
 * review so that review does not depend on generation and export, which depend on review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package org.transdesk.workbench;
