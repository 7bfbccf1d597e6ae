/** The audit trail: who did what to which article and output, and when. Append-only. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.transdesk.audit;
