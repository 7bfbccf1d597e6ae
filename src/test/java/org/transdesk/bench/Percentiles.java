package org.transdesk.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of latencies given in nanoseconds, reported in milliseconds. */
final class Percentiles {

    private Percentiles() {
    }

    static double millis(Collection<Long> nanos, double percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
