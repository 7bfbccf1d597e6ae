/**
 * Post-edit analytics: for every approved version, how much the editors changed the machine draft
 * (share of paragraphs edited, chrF and word edit rate between the engine's text and the approved
 * text, time from draft to approval, cost per approved word), stored when a version is approved
 * and aggregated per engine and model, route, language and month for the Quality view, the REST
 * API and CSV.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.transdesk.analytics;
