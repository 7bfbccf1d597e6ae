package org.transdesk.llm;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A second opinion on a translation: the model that {@code transdesk.llm.routes.review} names reads source
 * and translation paragraph by paragraph and lists MQM-style issues. Optional: with the route unset (or set
 * to the offline engine, which cannot review) there is no reviewer and {@link #review} refuses.
 */
public interface ModelReviews {

    /** The model that reviews, when the route names one. */
    Optional<EngineInfo> reviewer();

    /**
     * Reviews the paragraphs within the configured time limit and paragraph cap. Answers are checked like
     * translations are (well-formed JSON, categories and severities from the lists, every span inside the
     * translation) and asked again when they fail; a paragraph whose answers stay invalid is reported as
     * failed, never with invented issues.
     *
     * @throws org.transdesk.base.UserFacingException when no review route is configured
     * @throws GenerationCancelledException when {@code cancelled} turned true
     */
    ModelReviewResult review(ModelReviewRequest request, BooleanSupplier cancelled);
}
