package org.transdesk.security.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.transdesk.security.Roles;

/**
 * {@code transdesk.security.*}: accounts given in configuration, e.g.
 * {@code transdesk.security.users[0].username=ana}, {@code .password-hash=$2a$10$...} (bcrypt),
 * {@code .role=REVIEWER} (created at start when absent); sign-in throttling; session limits.
 */
@ConfigurationProperties("transdesk.security")
record SecurityProperties(List<ConfiguredUser> users, Login login, Session session) {

    SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        login = login == null ? new Login(null, null, null, null, null) : login;
        session = session == null ? new Session(null, null) : session;
    }

    /**
     * Failed sign-ins: after {@code maxFailures} in a row for one account (or {@code maxFailuresPerAddress}
     * from one client address) further sign-ins there are refused for {@code lockDuration}, doubled with
     * every further failure up to {@code maxLockDuration}. Failures older than {@code failureWindow} are
     * forgotten; a successful sign-in clears the account's count, an ADMIN can unlock.
     */
    record Login(Integer maxFailures, Integer maxFailuresPerAddress, Duration lockDuration, Duration maxLockDuration,
                 Duration failureWindow) {

        Login {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
            lockDuration = lockDuration == null ? Duration.ofMinutes(1) : lockDuration;
            maxLockDuration = maxLockDuration == null ? Duration.ofHours(1) : maxLockDuration;
            failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        }
    }

    /**
     * Sessions: at most {@code maxAge} after sign-in, however active (the idle limit is
     * {@code server.servlet.session.timeout}); every {@code checkInterval} each node ends sessions whose
     * account was disabled, changed role or password meanwhile (on any node) or that are too old.
     */
    record Session(Duration maxAge, Duration checkInterval) {

        Session {
            maxAge = maxAge == null ? Duration.ofHours(12) : maxAge;
            checkInterval = checkInterval == null ? Duration.ofSeconds(5) : checkInterval;
        }
    }

    record ConfiguredUser(String username, String passwordHash, Roles role) {
    }
}
