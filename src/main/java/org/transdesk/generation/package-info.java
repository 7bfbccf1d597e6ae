/**
 * Generation jobs: turn an article into drafts of its outputs through the language-model
 * adapter, off the UI thread, with progress per output and cancellation; the results are stored
 * as draft revisions by the review feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Generation")
package org.transdesk.generation;
