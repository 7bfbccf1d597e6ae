package org.transdesk.security.internal;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users from the database and grants each role together with the roles it includes. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserStore store;

    DatabaseUserDetailsService(UserStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var stored = store.credentials(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        List<SimpleGrantedAuthority> authorities = stored.role().withIncluded().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return User.withUsername(stored.username())
                .password(stored.passwordHash())
                .authorities(authorities)
                .disabled(!stored.enabled())
                .build();
    }
}
