package org.transdesk.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database (so every app node sees them) per account and per client
 * address, and refuses further sign-ins there for a while once there were too many: the first lock
 * lasts {@code lockDuration}, every further failure after it doubles it, up to {@code maxLockDuration}
 * (30 wrong passwords for admin in 5 s, then the right one, used to work at once). Unknown user names
 * are counted too, so a lock says nothing about whether an account exists.
 */
@Component
public class LoginThrottle {

    /** A counted key: {@code user:<name>} or {@code addr:<address>}. */
    public record Lock(String key, int failures, Instant lockedUntil) {

        public boolean locked(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    static final String USER = "user:";
    static final String ADDRESS = "addr:";

    private final JdbcClient jdbc;
    private final SecurityProperties.Login settings;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.login();
    }

    /** The key under which an account's failures are counted. */
    public static String userKeyOf(String username) {
        return userKey(username);
    }

    /** "account editor" or "address 10.0.0.7", for people. */
    public static String describe(String key) {
        return key.startsWith(USER) ? "account " + key.substring(USER.length())
                : key.startsWith(ADDRESS) ? "address " + key.substring(ADDRESS.length()) : key;
    }

    static String userKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return USER + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    static String addressKey(String address) {
        return ADDRESS + (address == null ? "unknown" : address.length() > 100 ? address.substring(0, 100) : address);
    }

    /** How long sign-ins for this account or from this address are still refused; empty when they are not. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = Instant.now();
        return jdbc.sql("select max(locked_until) from login_failure where throttle_key in (?, ?) and locked_until > ?")
                .params(userKey(username), addressKey(address), utc(now))
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    /** A wrong password (or unknown name): counts for the account and the address, and locks them at their limit. */
    public void failed(String username, String address) {
        count(userKey(username), settings.maxFailures());
        count(addressKey(address), settings.maxFailuresPerAddress());
    }

    /** A successful sign-in clears the account's count; the address keeps its own (one good account must not unlock guessing at others). */
    public void succeeded(String username) {
        jdbc.sql("delete from login_failure where throttle_key = ?").param(userKey(username)).update();
    }

    /** Every account and address with failures, locked ones first. */
    public List<Lock> all() {
        return jdbc.sql("select throttle_key, failures, locked_until from login_failure order by locked_until desc nulls last, throttle_key")
                .query((rs, i) -> new Lock(rs.getString(1), rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class) == null ? null : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Forgets the failures of one key; true when there were any. */
    public boolean unlock(String key) {
        return jdbc.sql("delete from login_failure where throttle_key = ?").param(key).update() > 0;
    }

    private void count(String key, int limit) {
        Instant now = Instant.now();
        // a new series starts when the last failure, and any lock it caused, lie further back than the window
        Instant windowStart = now.minus(settings.failureWindow());
        String increment = "update login_failure set failures = case when last_failure_at < ? and (locked_until is null or locked_until < ?)"
                + " then 1 else failures + 1 end, last_failure_at = ? where throttle_key = ?";
        if (jdbc.sql(increment).params(utc(windowStart), utc(windowStart), utc(now), key).update() == 0) {
            try {
                jdbc.sql("insert into login_failure (throttle_key, failures, last_failure_at) values (?, 1, ?)").params(key, utc(now)).update();
            } catch (DuplicateKeyException raced) {
                // another node inserted it first: count on its row
                jdbc.sql(increment).params(utc(windowStart), utc(windowStart), utc(now), key).update();
            }
        }
        int failures = jdbc.sql("select failures from login_failure where throttle_key = ?").param(key).query(Integer.class).single();
        if (failures >= limit) {
            Duration lock = lockFor(failures - limit);
            jdbc.sql("update login_failure set locked_until = ? where throttle_key = ?").params(utc(now.plus(lock)), key).update();
        }
    }

    /** The lock after the limit was reached and {@code beyond} further failures: doubling, capped. */
    Duration lockFor(int beyond) {
        Duration lock = settings.lockDuration();
        for (int i = 0; i < beyond && lock.compareTo(settings.maxLockDuration()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(settings.maxLockDuration()) > 0 ? settings.maxLockDuration() : lock;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
