package org.transdesk.llm.internal;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;
import org.transdesk.base.Phrase;
import org.transdesk.base.UserFacingException;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.LlmSettings;
import org.transdesk.llm.ModelReviewRequest;
import org.transdesk.llm.ModelReviewResult;
import org.transdesk.llm.ModelReviewSettings;
import org.transdesk.llm.ModelReviews;
import org.transdesk.llm.internal.remote.RemoteEngine;
import org.transdesk.llm.internal.remote.RemoteEngines;
import org.transdesk.llm.internal.settings.CurrentLlmSettings;

/**
 * Model review through the provider {@code transdesk.llm.routes.review} names. Unlike the drafting routes it
 * does not fall back to the default route: no review route, no review.
 */
@Service
class RoutedModelReviews implements ModelReviews {

    static final String ROUTE = "review";

    private final CurrentLlmSettings settings;
    private final RemoteEngines remote;
    private final ModelReviewSettings bounds;

    RoutedModelReviews(CurrentLlmSettings settings, RemoteEngines remote, ModelReviewSettings bounds) {
        this.settings = settings;
        this.remote = remote;
        this.bounds = bounds;
    }

    @Override
    public Optional<EngineInfo> reviewer() {
        return route().flatMap(remote::byId).map(engine -> engine.info(false));
    }

    @Override
    public ModelReviewResult review(ModelReviewRequest request, BooleanSupplier cancelled) {
        String route = route().orElseThrow(() -> new UserFacingException(
                Phrase.of("refusal.model-review.not-set-up")));
        settings.keyPhrase(route).ifPresent(problem -> {
            throw new UserFacingException(problem);
        });
        RemoteEngine engine = remote.byId(route).orElseThrow(() -> new UserFacingException(
                Phrase.of("refusal.model-review.route-unknown", route)));
        return engine.review(request, bounds, cancelled);
    }

    /** The provider id of the review route; none when unset, blank or the offline engine (which cannot review). */
    private Optional<String> route() {
        String route = settings.get().routes().get(ROUTE);
        if (route == null || route.isBlank() || LlmSettings.OFFLINE.equals(route.strip())) {
            return Optional.empty();
        }
        return Optional.of(route.strip());
    }
}
