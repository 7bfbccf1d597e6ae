package org.transdesk.security;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.security.internal.UserStore;

/** User administration. Only an ADMIN may list or create accounts. */
@Service
public class UserAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserStore store;
    private final PasswordEncoder encoder;

    UserAccountService(UserStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
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
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Password: at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (store.exists(name)) {
            throw new IllegalArgumentException("User '" + name + "' already exists.");
        }
        store.insert(name, encoder.encode(password), role);
        return store.find(name).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        if (!enabled && username.equals(CurrentUser.require())) {
            throw new IllegalArgumentException("You cannot disable your own account.");
        }
        store.setEnabled(username, enabled);
    }
}
