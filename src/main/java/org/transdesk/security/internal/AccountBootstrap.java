package org.transdesk.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.ClusterLocks;
import org.transdesk.security.Roles;

/**
 * Creates configured accounts, and in the {@code demo} profile only, the three demo accounts with
 * password "demo". Without that profile no account with a known password exists. Nodes starting at
 * once take turns ({@link ClusterLocks#START_UP}): the second finds the accounts there.
 */
@Component
class AccountBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    static final String DEMO_PASSWORD = "demo";

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final Environment environment;
    private final ClusterLocks locks;

    AccountBootstrap(UserStore store, PasswordEncoder encoder, SecurityProperties properties, Environment environment, ClusterLocks locks) {
        this.store = store;
        this.encoder = encoder;
        this.properties = properties;
        this.environment = environment;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void createAccounts() {
        locks.hold(ClusterLocks.START_UP);
        for (var user : properties.users()) {
            if (!store.exists(user.username())) {
                String hash = user.passwordHash().startsWith("{") ? user.passwordHash() : "{bcrypt}" + user.passwordHash();
                store.insert(user.username(), hash, user.role() == null ? Roles.EDITOR : user.role());
                log.info("Created configured account '{}'", user.username());
            }
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            for (Roles role : Roles.values()) {
                String name = role.name().toLowerCase();
                if (!store.exists(name)) {
                    store.insert(name, encoder.encode(DEMO_PASSWORD), role);
                    log.info("Demo mode: created account '{}'", name);
                }
            }
        }
    }
}
