package org.transdesk.analytics;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/** How figures are grouped: what a row of the Quality view, the API and the CSV stands for. */
public enum Grouping {
    /** Engine (offline, a provider), whatever the model and output. */
    ENGINE(f -> List.of(f.engine())),
    /** Engine and model, whatever the output. */
    MODEL(f -> List.of(f.engine(), model(f))),
    /** The route: output (vi, ru, summary) with the engine and model that drafted it. */
    ROUTE(f -> List.of(f.output().key(), f.engine(), model(f))),
    /** Language of the approved text. */
    LANGUAGE(f -> List.of(f.language())),
    /** Month of approval (UTC). */
    MONTH(f -> List.of(month(f).toString()));

    private final Function<PostEditFigure, List<String>> key;

    Grouping(Function<PostEditFigure, List<String>> key) {
        this.key = key;
    }

    List<String> keyOf(PostEditFigure figure) {
        return key.apply(figure);
    }

    static YearMonth month(PostEditFigure f) {
        return YearMonth.from(f.approvedAt().atOffset(ZoneOffset.UTC));
    }

    private static String model(PostEditFigure f) {
        return f.model() == null ? "" : f.model();
    }
}
