/**
 * REST API under {@code /api/v1} for CMS integration: import articles, list them with output
 * states, start and poll generation, read drafts, fetch approved outputs in every export format.
 * Authenticated by per-user API tokens (created in the UI, stored hashed, revocable) with the
 * same role rules as the UI; errors are RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package org.transdesk.api;
