package org.transdesk.security;

import java.util.EnumSet;
import java.util.Set;

/** The three roles. Higher roles include the lower ones: a reviewer can do all an editor does. */
public enum Roles {
    EDITOR, REVIEWER, ADMIN;

    /** Spring Security authority names, used in {@code @PreAuthorize("hasRole(...)")} and {@code @RolesAllowed}. */
    public static final String EDITOR_ROLE = "EDITOR";
    public static final String REVIEWER_ROLE = "REVIEWER";
    public static final String ADMIN_ROLE = "ADMIN";

    /** The role itself plus every role it includes; granted at login so checks need no hierarchy bean. */
    public Set<Roles> withIncluded() {
        return switch (this) {
            case EDITOR -> EnumSet.of(EDITOR);
            case REVIEWER -> EnumSet.of(EDITOR, REVIEWER);
            case ADMIN -> EnumSet.allOf(Roles.class);
        };
    }
}
