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

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update();
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
