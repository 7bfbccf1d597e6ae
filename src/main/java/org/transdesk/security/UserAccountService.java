package org.transdesk.security;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.transdesk.base.Phrase;
import org.transdesk.base.ClientAddress;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.internal.LoginThrottle;
import org.transdesk.security.internal.SessionGuard;
import org.transdesk.security.internal.UserStore;

/**
 * User administration (ADMIN) and every user's own password. Disabling an account, changing its role
 * or its password ends its open sessions at once, on this node as soon as the change commits and on
 * the others at their next session check. Every change goes to the audit trail.
 */
@Service
public class UserAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final SessionGuard sessions;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    UserAccountService(UserStore store, PasswordEncoder encoder, SessionGuard sessions, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.store = store;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
    }

    /** A failed sign-in count or lock, as an ADMIN sees it. */
    public record SignInLock(String key, String what, int failures, java.time.Instant lockedUntil, boolean locked) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> list() {
        return store.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(String username, String password, Roles role) {
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("User name: 2–64 characters, letters a–z, digits, dot, dash or underscore.");
        }
        checkStrength(password);
        if (store.exists(name)) {
            throw new IllegalArgumentException("User '" + name + "' already exists.");
        }
        store.insert(name, encoder.encode(password), role);
        audit("user.created", name + " as " + role);
        return store.find(name).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        if (!enabled && username.equals(CurrentUser.require())) {
            throw new IllegalArgumentException("You cannot disable your own account.");
        }
        requireUpdated(store.setEnabled(username, enabled), username);
        audit(enabled ? "user.enabled" : "user.disabled", username);
        if (!enabled) {
            endSessionsAfterCommit(username, "the account was disabled", null);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setRole(String username, Roles role) {
        if (username.equals(CurrentUser.require())) {
            throw new IllegalArgumentException("You cannot change your own role: ask another administrator.");
        }
        Roles before = store.find(username).map(UserAccount::role).orElseThrow(() -> unknown(username));
        if (before == role) {
            return;
        }
        store.setRole(username, role);
        audit("user.role-changed", username + ": " + before + " -> " + role);
        endSessionsAfterCommit(username, "the account's role changed", null);
    }

    /** An ADMIN sets a new password for someone (who forgot theirs): their sessions end and any sign-in lock is lifted. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String newPassword) {
        checkStrength(newPassword);
        requireUpdated(store.setPasswordHash(username, encoder.encode(newPassword)), username);
        throttle.unlock(LoginThrottle.userKeyOf(username));
        audit("user.password-reset", username);
        endSessionsAfterCommit(username, "an administrator reset the password", null);
    }

    /** Any signed-in user: a new password, given the current one. Their other sessions end; this one goes on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = UserFacingException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String user = CurrentUser.require();
        String hash = store.passwordHash(user).orElseThrow(() -> new UserFacingException(
                Phrase.of("refusal.account.not-stored")));
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throttle.failed(user, ClientAddress.current().orElse(null));
            audit("user.password-change-failed", user + ": wrong current password");
            throw new UserFacingException(Phrase.of("refusal.account.wrong-password"));
        }
        checkStrength(newPassword);
        if (encoder.matches(newPassword, hash)) {
            throw new UserFacingException(Phrase.of("refusal.account.same-password"));
        }
        store.setPasswordHash(user, encoder.encode(newPassword));
        audit("user.password-changed", user);
        Optional<HttpSession> here = SessionGuard.current();
        afterCommit(() -> {
            here.ifPresent(session -> sessions.restamp(session, user));
            sessions.endSessionsOf(user, "the password was changed in another session", here.map(HttpSession::getId).orElse(null));
        });
    }

    /** Failed sign-in counts and locks, per account and per client address. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<SignInLock> signInLocks() {
        java.time.Instant now = java.time.Instant.now();
        return throttle.all().stream().map(l -> new SignInLock(l.key(), LoginThrottle.describe(l.key()), l.failures(), l.lockedUntil(), l.locked(now)))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(String key) {
        if (throttle.unlock(key)) {
            audit("auth.unlocked", LoginThrottle.describe(key));
        }
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Password: at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > 200) {
            throw new IllegalArgumentException("Password: at most 200 characters.");
        }
    }

    private void requireUpdated(boolean updated, String username) {
        if (!updated) {
            throw unknown(username);
        }
    }

    private static IllegalArgumentException unknown(String username) {
        return new IllegalArgumentException("No user '" + username + "'.");
    }

    private void audit(String action, String detail) {
        events.publishEvent(new SecurityEvent(CurrentUser.require(), action, detail, ClientAddress.current().orElse(null)));
    }

    private void endSessionsAfterCommit(String username, String reason, String keep) {
        afterCommit(() -> sessions.endSessionsOf(username, reason, keep));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
