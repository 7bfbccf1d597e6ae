package org.transdesk.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.transdesk.security.Roles;
import org.transdesk.security.UserAccount;

/** The app_user table. */
@Repository
public class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    public void insert(String username, String passwordHash, Roles role) {
        jdbc.sql("insert into app_user (username, password_hash, roles, enabled, created_at) values (?, ?, ?, true, ?)")
                .params(username, passwordHash, role.name(), Timestamp.from(Instant.now())).update();
    }

    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update() > 0;
    }

    public boolean setRole(String username, Roles role) {
        return jdbc.sql("update app_user set roles = ? where username = ?").params(role.name(), username).update() > 0;
    }

    public boolean setPasswordHash(String username, String passwordHash) {
        return jdbc.sql("update app_user set password_hash = ? where username = ?").params(passwordHash, username).update() > 0;
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).optional();
    }

    /**
     * A fingerprint of what a session was granted at sign-in: the account's role and password hash.
     * Empty for a disabled or unknown account. Never the hash itself, so a session holds nothing secret.
     */
    Optional<String> accountStamp(String username) {
        return jdbc.sql("select username, roles, password_hash from app_user where username = ? and enabled = true").param(username)
                .query((rs, i) -> stamp(rs.getString(2), rs.getString(3))).optional();
    }

    /** {@link #accountStamp} of every enabled account, by user name. */
    java.util.Map<String, String> accountStamps() {
        java.util.Map<String, String> stamps = new java.util.HashMap<>();
        jdbc.sql("select username, roles, password_hash from app_user where enabled = true")
                .query(rs -> {
                    stamps.put(rs.getString(1), stamp(rs.getString(2), rs.getString(3)));
                });
        return stamps;
    }

    private static String stamp(String role, String passwordHash) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((role + "\n" + passwordHash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("select username, roles, enabled, created_at from app_user order by username")
                .query((rs, i) -> new UserAccount(rs.getString(1), Roles.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    public Optional<UserAccount> find(String username) {
        return findAll().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    Optional<StoredCredentials> credentials(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled from app_user where username = ?")
                .param(username)
                .query((rs, i) -> new StoredCredentials(rs.getString(1), rs.getString(2),
                        Roles.valueOf(rs.getString(3)), rs.getBoolean(4)))
                .optional();
    }

    record StoredCredentials(String username, String passwordHash, Roles role, boolean enabled) {
    }
}
