package org.transdesk.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.Phrase;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.CurrentUser;

/**
 * Personal API tokens: 256 random bits, shown once, stored as SHA-256 (a fast hash is right for
 * random secrets of this length; passwords are different). A token acts with its owner's roles.
 */
@Service
public class ApiTokenService {

    private static final String PREFIX = "tdk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ApiTokenService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** How often at most a token's "last used" time is written: not on every request. */
    static final java.time.Duration LAST_USED_PRECISION = java.time.Duration.ofMinutes(1);

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedApiToken create(String name) {
        return create(name, null);
    }

    /** A token that stops working after {@code validFor} (null: until revoked). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedApiToken create(String name, java.time.Duration validFor) {
        String user = CurrentUser.require();
        if (validFor != null && (validFor.compareTo(java.time.Duration.ofDays(1)) < 0 || validFor.toDays() > 3660)) {
            throw new UserFacingException(Phrase.of("refusal.api-token.validity"));
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new UserFacingException(Phrase.of("refusal.api-token.name"));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String hint = secret.substring(0, PREFIX.length() + 4) + "…";
        Instant now = Instant.now();
        java.time.OffsetDateTime expires = validFor == null ? null : now.plus(validFor).atOffset(java.time.ZoneOffset.UTC);
        jdbc.sql("insert into api_token (username, name, token_hash, token_hint, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(user, label, hash(secret), hint, Timestamp.from(now), expires).update();
        audit.record("api-token.created", null, null, "\"" + label + "\" (" + hint + ")"
                + (expires == null ? ", no expiry" : ", expires " + expires.toInstant()));
        ApiToken token = mine().stream().filter(t -> t.hint().equals(hint) && t.name().equals(label)).findFirst().orElseThrow();
        return new CreatedApiToken(token, secret);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ApiToken> mine() {
        return jdbc.sql("select * from api_token where username = ? order by id desc").param(CurrentUser.require())
                .query((rs, i) -> new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("name"), rs.getString("token_hint"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")),
                        rs.getObject("expires_at", java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject("expires_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Revokes one of the caller's own tokens; it stops working on the next request. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long id) {
        int changed = jdbc.sql("update api_token set revoked_at = ? where id = ? and username = ? and revoked_at is null")
                .params(Timestamp.from(Instant.now()), id, CurrentUser.require()).update();
        if (changed == 0) {
            throw new UserFacingException(Phrase.of("refusal.api-token.none", id));
        }
        audit.record("api-token.revoked", null, null, "token " + id);
    }

    /**
     * The owner of an active token, for the API's authentication filter; empty for unknown, revoked or
     * expired tokens. Notes when it was last used, to the minute (not a write on every request).
     */
    @Transactional
    public Optional<String> ownerOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Instant now = Instant.now();
        Optional<String> owner = jdbc.sql("select username from api_token where token_hash = ? and revoked_at is null"
                        + " and (expires_at is null or expires_at > ?)")
                .params(hash, now.atOffset(java.time.ZoneOffset.UTC)).query(String.class).optional();
        owner.ifPresent(u -> jdbc.sql("update api_token set last_used_at = ? where token_hash = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), hash, Timestamp.from(now.minus(LAST_USED_PRECISION))).update());
        return owner;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
