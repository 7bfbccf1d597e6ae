package org.transdesk.workbench.ui;

import java.util.List;
import java.util.Map;
import org.transdesk.article.Article;
import org.transdesk.article.Output;

/** The workbench's read model: the article and one {@link OutputColumn} per output. */
record WorkbenchModel(Article article, Map<Output, OutputColumn> columns) {

    WorkbenchModel {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    /** The outputs the workbench shows: the configured ones, then any others the article still has, in that order. */
    List<Output> outputs() {
        return List.copyOf(columns.keySet());
    }

    OutputColumn column(Output output) {
        return columns.get(output);
    }

    List<OutputColumn> columns(List<Output> outputs) {
        return outputs.stream().map(columns::get).toList();
    }

    WorkbenchModel with(Map<Output, OutputColumn> changed) {
        Map<Output, OutputColumn> next = new java.util.LinkedHashMap<>(columns);
        next.putAll(changed);
        return new WorkbenchModel(article, next);
    }
}
