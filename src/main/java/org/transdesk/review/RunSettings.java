package org.transdesk.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Generation runs across nodes ({@code transdesk.generation.*}): a run's lease ({@code lease}, 60 s)
 * is renewed every {@code lease-renew} (10 s) while the run works; the node looks for a cancel
 * requested elsewhere (another node, the REST API) and writes progress every {@code heartbeat} (1 s).
 * {@code reset-stale-runs} (on in the web app, off for the command line) gives outputs of runs whose
 * lease expired back to the editors, at start and then every lease period.
 */
@ConfigurationProperties("transdesk.generation")
public record RunSettings(Duration lease, Duration leaseRenew, Duration heartbeat, Boolean resetStaleRuns) {

    public RunSettings {
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        leaseRenew = leaseRenew == null ? Duration.ofSeconds(10) : leaseRenew;
        heartbeat = heartbeat == null ? Duration.ofSeconds(1) : heartbeat;
        resetStaleRuns = resetStaleRuns == null || resetStaleRuns;
        if (!leaseRenew.minus(lease).isNegative()) {
            throw new IllegalArgumentException("transdesk.generation.lease-renew (" + leaseRenew + ") must be shorter than the lease (" + lease + ")");
        }
    }
}
