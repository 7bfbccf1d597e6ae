/**
 * Export of approved versions (never drafts) as localized copies: files under
 * {@code <transdesk.export.root>/<article-slug>/<output>.<ext>} and downloads from the UI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
package org.transdesk.export;
