/**
 * Who may do what: user accounts (stored hashed in the database or given as bcrypt hashes in
 * configuration), the three roles EDITOR, REVIEWER and ADMIN, the login view, and the
 * {@link org.transdesk.security.CurrentUser} helper other features use to name the actor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.transdesk.security;
