/**
 * REST API under {@code /api/v1} for CMS integration: import articles, list them with output
 * states, start and poll generation, read drafts, fetch approved outputs in every export format.
 * Authenticated by per-user API tokens (created in the UI, stored hashed, revocable) with the
 * same role rules as the UI; every error under {@code /api/} is an RFC 9457 problem document;
 * lists are paged with a cursor and RFC 8288 Link headers; the OpenAPI description is exact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package org.transdesk.api;
