package org.transdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.Roles;
import org.transdesk.security.UserAccountService;
import org.transdesk.support.IntegrationTest;
import org.transdesk.support.SignedIn;

/**
 * API tokens with an optional expiry and a last-used time: before, a token worked until someone
 * remembered to revoke it. The API's authentication filter asks {@link ApiTokenService#ownerOf}.
 */
@IntegrationTest
class ApiTokenExpiryTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccountService users;

    private CreatedApiToken create(String user, String name, Duration validFor) {
        SignedIn.as("expiry.admin", Roles.ADMIN, () -> {
            if (users.list().stream().noneMatch(u -> u.username().equals(user))) {
                users.create(user, "password-" + user, Roles.EDITOR);
            }
        });
        return SignedIn.as(user, Roles.EDITOR, () -> tokens.create(name, validFor));
    }

    private void moveExpiry(long id, Instant to) {
        jdbc.sql("update api_token set expires_at = ? where id = ?").params(to.atOffset(ZoneOffset.UTC), id).update();
    }

    @Test
    void a_token_past_its_expiry_is_refused_and_listed_as_expired() {
        CreatedApiToken token = create("expiry.editor", "feed importer", Duration.ofDays(30));
        assertThat(token.token().expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
        assertThat(tokens.ownerOf(token.secret())).contains("expiry.editor");

        moveExpiry(token.token().id(), Instant.now().minusSeconds(1));

        assertThat(tokens.ownerOf(token.secret())).isEmpty();
        assertThat(SignedIn.as("expiry.editor", Roles.EDITOR, () -> tokens.mine()))
                .singleElement().satisfies(t -> {
                    assertThat(t.expired()).isTrue();
                    assertThat(t.active()).isFalse();
                    assertThat(t.revokedAt()).isNull();
                });
    }

    @Test
    void a_token_without_expiry_works_until_revoked_and_notes_when_it_was_last_used() {
        CreatedApiToken token = create("expiry.cms", "cms", null);
        assertThat(token.token().expiresAt()).isNull();
        assertThat(token.token().lastUsedAt()).isNull();

        assertThat(tokens.ownerOf(token.secret())).contains("expiry.cms");

        Instant lastUsed = jdbc.sql("select last_used_at from api_token where id = ?").param(token.token().id())
                .query(OffsetDateTime.class).single().toInstant();
        assertThat(lastUsed).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }

    @Test
    void the_last_used_time_is_written_at_most_once_a_minute_not_on_every_request() {
        CreatedApiToken token = create("expiry.busy", "busy client", Duration.ofDays(90));
        tokens.ownerOf(token.secret());
        Instant first = jdbc.sql("select last_used_at from api_token where id = ?").param(token.token().id())
                .query(OffsetDateTime.class).single().toInstant();

        tokens.ownerOf(token.secret());

        assertThat(jdbc.sql("select last_used_at from api_token where id = ?").param(token.token().id())
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(first);
    }

    @Test
    void a_validity_below_a_day_or_above_ten_years_is_refused() {
        assertThatThrownBy(() -> create("expiry.odd", "odd", Duration.ofHours(-1))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> create("expiry.odd", "odd", Duration.ofHours(2))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> create("expiry.odd", "odd", Duration.ofDays(4000))).isInstanceOf(UserFacingException.class);
    }
}
