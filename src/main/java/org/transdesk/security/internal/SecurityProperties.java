package org.transdesk.security.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.transdesk.security.Roles;

/**
 * Accounts given in configuration, e.g. {@code transdesk.security.users[0].username=ana},
 * {@code .password-hash=$2a$10$...} (bcrypt), {@code .role=REVIEWER}. Created at start when absent.
 */
@ConfigurationProperties("transdesk.security")
record SecurityProperties(List<ConfiguredUser> users) {

    SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    record ConfiguredUser(String username, String passwordHash, Roles role) {
    }
}
