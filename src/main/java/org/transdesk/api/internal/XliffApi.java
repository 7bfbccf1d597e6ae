package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.transdesk.export.ExportFormat;
import org.transdesk.export.ExportService;
import org.transdesk.export.XliffImportService;

/**
 * XLIFF per output, the round trip with a CAT tool: the approved version out, and the edited file
 * back in as a three-way merge (preview first, then apply with a choice for each conflict). The
 * file must belong to the article and output of the address. Needs EDITOR, as on the export page.
 */
@RestController
@RequestMapping("/api/v1/articles/{id}/outputs/{output}/xliff")
@Tag(name = "XLIFF", description = "Export an output's approved version as XLIFF, and merge an edited XLIFF file back into its draft.")
class XliffApi {

    static final String XLIFF = "application/xliff+xml";
    private static final String FILE_TYPES = "The body is the XLIFF file (`application/xliff+xml`, `application/xml`, `text/xml`), or a multipart "
            + "upload with the part `file`";

    private final ExportService exports;
    private final XliffImportService imports;
    private final UploadLimit uploads;

    private final ArticlesApi articles;

    XliffApi(ExportService exports, XliffImportService imports, UploadLimit uploads, ArticlesApi articles) {
        this.articles = articles;
        this.exports = exports;
        this.imports = imports;
        this.uploads = uploads;
    }

    @Operation(operationId = "exportXliff", summary = "The latest approved version as XLIFF 2.0, 2.1 or 1.2",
            description = "Translations (vi, ru) only: the summary answers 422. Written under the export root and audited, as from the UI. "
                    + "Each unit carries its state (translated, reviewed, final) and the open comments as notes; all three versions come back "
                    + "in through the import calls.")
    @ApiResponse(responseCode = "200", description = "The XLIFF file.", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"<slug>-<output>.xlf\" (2.0), \"...xliff21.xlf\" or \"...xliff12.xlf\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = XLIFF, schema = @Schema(type = "string")))
    @ApiProblems({400, 404, 422})
    @GetMapping
    ResponseEntity<byte[]> export(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output,
                                  @Parameter(description = "XLIFF version: 2.0 (default), 2.1, or 1.2 (what memoQ, Trados, OmegaT and Weblate exchange most).",
                                          example = "1.2", schema = @Schema(allowableValues = {"2.0", "2.1", "1.2"}, defaultValue = "2.0"))
                                  @RequestParam(defaultValue = "2.0") String version) {
        return Downloads.file(exports.export(id, articles.output(output), format(version)));
    }

    static ExportFormat format(String version) {
        return switch (version.strip()) {
            case "2.0", "2" -> ExportFormat.XLIFF;
            case "2.1" -> ExportFormat.XLIFF_2_1;
            case "1.2" -> ExportFormat.XLIFF_1_2;
            default -> throw new ApiBadRequestException("Unknown XLIFF version '" + (version.length() > 20 ? version.substring(0, 20) + "…" : version)
                    + "': use 2.0, 2.1 or 1.2.");
        };
    }

    @Operation(operationId = "previewXliffImport", summary = "What importing an edited XLIFF file would do",
            description = FILE_TYPES + ". Writes nothing. Refused (422) when the file belongs to another article or output, has unknown, "
                    + "duplicate or padded unit ids, or changed sources.")
    @XliffBody
    @ApiResponse(responseCode = "200", description = "The merge, unit by unit.")
    @ApiProblems({400, 404, 406, 413, 415, 422})
    @PostMapping(path = "/preview", consumes = {XLIFF, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    XliffMergeView preview(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output, HttpServletRequest request) throws IOException {
        return XliffMergeView.of(imports.preview(id, articles.output(output), uploads.read(request)));
    }

    @Operation(operationId = "previewXliffImport")
    @ApiResponse(responseCode = "200", description = "The merge, unit by unit.")
    @ApiProblems({400, 404, 406, 413, 415, 422})
    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    XliffMergeView previewFile(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output, @RequestPart("file") MultipartFile file) throws IOException {
        return XliffMergeView.of(imports.preview(id, articles.output(output), uploads.read(file)));
    }

    @Operation(operationId = "importXliff", summary = "Merge an edited XLIFF file into the draft",
            description = FILE_TYPES + "; a multipart upload may add the part `resolutions` (JSON: a choice per conflicting paragraph). "
                    + "Paragraphs changed only in the file become new revisions, those changed only here stay; a file with conflicts and no "
                    + "choice for each is refused (422) and changes nothing. Approval stays a reviewer's step.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = XLIFF, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_XML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileUpload.XliffForm.class),
                    encoding = @io.swagger.v3.oas.annotations.media.Encoding(name = "resolutions", contentType = MediaType.APPLICATION_JSON_VALUE))})
    @ApiResponse(responseCode = "200", description = "What changed.")
    @ApiProblems({400, 404, 406, 409, 413, 415, 422})
    @PostMapping(consumes = {XLIFF, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    XliffImportView importFile(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output, HttpServletRequest request) throws IOException {
        return XliffImportView.of(imports.apply(id, articles.output(output), uploads.read(request), null, List.of()));
    }

    @Operation(operationId = "importXliff")
    @ApiResponse(responseCode = "200", description = "What changed.")
    @ApiProblems({400, 404, 406, 409, 413, 415, 422})
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    XliffImportView importUpload(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output, @RequestPart("file") MultipartFile file,
                                 @RequestPart(name = "resolutions", required = false) List<XliffResolutionInput> resolutions) throws IOException {
        List<org.transdesk.export.XliffResolution> chosen = resolutions == null ? List.of()
                : resolutions.stream().filter(java.util.Objects::nonNull).map(XliffResolutionInput::resolution).toList();
        return XliffImportView.of(imports.apply(id, articles.output(output), uploads.read(file), null, chosen));
    }
}
