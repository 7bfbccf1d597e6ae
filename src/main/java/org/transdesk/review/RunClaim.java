package org.transdesk.review;

import java.util.Map;
import org.transdesk.article.Output;

/** A started generation run: its id, and per output what it may draft (decided under the claim). */
public record RunClaim(long runId, Map<Output, DraftPlan> plans) {

    public RunClaim {
        plans = Map.copyOf(plans);
    }
}
