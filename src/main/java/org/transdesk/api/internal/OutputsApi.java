package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.transdesk.article.Outputs;

/** {@code /api/v1/outputs}: what this Transdesk turns articles into, so a client need not know the configuration. */
@RestController
@RequestMapping("/api/v1/outputs")
@Tag(name = "Outputs", description = "The configured outputs: the keys the articles' output addresses take.")
class OutputsApi {

    private final Outputs configured;

    OutputsApi(Outputs configured) {
        this.configured = configured;
    }

    @Operation(operationId = "listOutputs", summary = "The configured outputs, translations first",
            description = "Every article gets these unless one was dropped from it (its `droppedOutputs`). Any signed-in caller.")
    @ApiResponse(responseCode = "200", description = "The outputs, in the order screens show them.")
    @ApiProblems({406})
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<OutputView> list() {
        return configured.all().stream().map(OutputView::of).toList();
    }
}
