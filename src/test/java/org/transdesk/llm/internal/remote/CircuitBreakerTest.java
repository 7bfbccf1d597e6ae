package org.transdesk.llm.internal.remote;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void repeated_failures_pause_the_provider_then_a_probe_is_let_through() {
        CircuitBreaker atNoon = new CircuitBreaker(3, Duration.ofSeconds(30), Clock.fixed(NOON, ZoneOffset.UTC));
        atNoon.failed();
        atNoon.failed();
        assertThatCode(() -> atNoon.check("local")).doesNotThrowAnyException();

        atNoon.failed();

        assertThatThrownBy(() -> atNoon.check("local")).isInstanceOf(ModelFailure.class)
                .hasMessageContaining("'local' is paused after 3 failed calls").hasMessageContaining("30 s");
    }

    @Test
    void a_success_resets_the_count() {
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), Clock.fixed(NOON, ZoneOffset.UTC));
        breaker.failed();
        breaker.succeeded();
        breaker.failed();

        assertThatCode(() -> breaker.check("local")).doesNotThrowAnyException();
    }
}
