package org.transdesk.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Durations in the Quality view read as a desk says them. */
class FormatTest {

    static String duration(double seconds) {
        return Format.duration(seconds, key -> switch (key) {
            case "quality.duration.under-minute" -> "< 1 min";
            case "quality.duration.days" -> "d";
            case "quality.duration.hours" -> "h";
            default -> "min";
        });
    }

    @Test
    void durations_round_to_minutes_and_drop_minutes_past_a_day() {
        assertThat(duration(20)).isEqualTo("< 1 min");
        assertThat(duration(42 * 60)).isEqualTo("42 min");
        assertThat(duration(3 * 3600 + 5 * 60)).isEqualTo("3 h 5 min");
        assertThat(duration(2 * 3600)).isEqualTo("2 h");
        assertThat(duration(2 * 86400 + 4 * 3600 + 59 * 60)).isEqualTo("2 d 4 h");
        assertThat(duration(86400)).isEqualTo("1 d");
    }
}
