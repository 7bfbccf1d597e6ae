package org.transdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.transdesk.support.IntegrationTest;

@IntegrationTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithMockUser(username = "root", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void an_admin_creates_a_user_whose_password_is_stored_hashed_and_whose_roles_include_the_lower_ones() {
        users.create("lan.nguyen", "correct horse", Roles.REVIEWER);

        var user = details.loadUserByUsername("lan.nguyen");
        assertThat(user.getPassword()).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse", user.getPassword())).isTrue();
        assertThat(user.getAuthorities()).extracting("authority").containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_REVIEWER");
    }

    @Test
    @WithMockUser(username = "root", roles = {"EDITOR", "REVIEWER", "ADMIN"})
    void weak_passwords_and_odd_names_are_refused() {
        assertThatThrownBy(() -> users.create("x y", "long enough pw", Roles.EDITOR)).hasMessageContaining("User name");
        assertThatThrownBy(() -> users.create("short", "demo", Roles.EDITOR)).hasMessageContaining("at least 8");
    }

    @Test
    @WithMockUser(username = "vera", roles = {"EDITOR", "REVIEWER"})
    void a_reviewer_cannot_manage_users() {
        assertThatThrownBy(() -> users.create("intruder", "long enough pw", Roles.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_account_given_in_configuration_as_a_bcrypt_hash_can_sign_in() {
        var user = details.loadUserByUsername("desk.chief");

        assertThat(encoder.matches("config-pass-123", user.getPassword())).isTrue();
        assertThat(user.getAuthorities()).extracting("authority").contains("ROLE_REVIEWER");
    }

    @Test
    void without_the_demo_profile_no_demo_account_exists() {
        assertThatThrownBy(() -> details.loadUserByUsername("editor"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }
}
