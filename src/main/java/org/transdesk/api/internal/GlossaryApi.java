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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.transdesk.base.CleanText;
import org.transdesk.memory.Glossary;
import org.transdesk.memory.GlossaryTerm;

/**
 * {@code /api/v1/glossary}: the glossary page's terms and files. Reading and exporting need a
 * token of any role (editors see the terms in the workbench); creating, changing, deleting and
 * importing need REVIEWER, which the glossary service checks as it does for the page.
 */
@RestController
@RequestMapping("/api/v1/glossary")
@Tag(name = "Glossary", description = "Terms with their approved renderings; CSV and TBX import and export.")
class GlossaryApi {

    static final String TBX = "application/x-tbx+xml";
    static final String CSV = "text/csv";
    private static final Comparator<GlossaryTerm> ORDER = Comparator.comparing(GlossaryTerm::term).thenComparingLong(GlossaryTerm::id);

    private final Glossary glossary;
    private final UploadLimit uploads;
    private final PublicUrl publicUrl;

    GlossaryApi(Glossary glossary, UploadLimit uploads, PublicUrl publicUrl) {
        this.glossary = glossary;
        this.uploads = uploads;
        this.publicUrl = publicUrl;
    }

    @Operation(operationId = "listGlossaryTerms", summary = "The glossary's terms, by term",
            description = "Paged: follow the `Link` header's rel=\"next\" address until there is none.")
    @ApiResponse(responseCode = "200", description = "One page of terms.", headers = @Header(name = "Link", description = ArticlesApi.LINK_DESCRIPTION,
            schema = @Schema(type = "string")))
    @ApiProblems({400, 406})
    @GetMapping(path = "/terms", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<GlossaryTermView>> list(
            @SourceLang @RequestParam(defaultValue = "en") String sourceLang,
            @Parameter(description = "Items per page, 1 to " + Pages.MAX_LIMIT + ".", example = "50", schema = @Schema(type = "integer", format = "int32", minimum = "1",
                    maximum = "" + Pages.MAX_LIMIT, defaultValue = "" + Pages.DEFAULT_LIMIT)) @RequestParam(required = false) Integer limit,
            @Parameter(description = "Where the page starts: the value from a rel=\"next\" link; leave out for the first page.",
                    example = "QVNFQU4KMw")
            @RequestParam(required = false) String cursor,
            HttpServletRequest request) {
        int size = Pages.limit(limit);
        GlossaryTerm after = cursor == null ? null : Pages.read(cursor, 2, parts ->
                new GlossaryTerm(Long.parseLong(parts.get(1)), sourceLang, parts.get(0), Map.of(), null, false, false));
        List<GlossaryTerm> fetched = glossary.all(Languages.require("sourceLang", sourceLang)).stream()
                .filter(t -> after == null || ORDER.compare(t, after) > 0)
                .sorted(ORDER).limit(size + 1L).toList();
        return Pages.answer(request, publicUrl, fetched, size, t -> Pages.cursor(t.term(), String.valueOf(t.id())),
                page -> page.stream().map(GlossaryTermView::of).toList());
    }

    @Operation(operationId = "getGlossaryTerm", summary = "One term")
    @ApiResponse(responseCode = "200", description = "The term.")
    @ApiProblems({400, 404, 406})
    @GetMapping(path = "/terms/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    GlossaryTermView get(@TermId @PathVariable long id, @SourceLang @RequestParam(defaultValue = "en") String sourceLang) {
        return GlossaryTermView.of(term(id, sourceLang));
    }

    @Operation(operationId = "createGlossaryTerm", summary = "Add a term", description = "A term text the glossary already has is refused (422). Needs REVIEWER.")
    @ApiResponse(responseCode = "201", description = "The new term.", headers = @Header(name = "Location", description = "The term's address.",
            schema = @Schema(type = "string")))
    @ApiProblems({400, 403, 406, 415, 422})
    @PostMapping(path = "/terms", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GlossaryTermView> create(@SourceLang @RequestParam(defaultValue = "en") String sourceLang, @RequestBody GlossaryTermInput input) {
        GlossaryTerm saved = glossary.save(term(0, sourceLang, input));
        return ResponseEntity.created(URI.create(publicUrl.of("/api/v1/glossary/terms/" + saved.id() + "?sourceLang=" + saved.sourceLang())))
                .body(GlossaryTermView.of(saved));
    }

    @Operation(operationId = "replaceGlossaryTerm", summary = "Replace a term", description = "Every field as given: renderings left out are removed. `variants` left out keep the term's "
            + "variants (deprecated and forbidden terms are not lost by a client that does not know them); `[]` removes them. Needs REVIEWER.")
    @ApiResponse(responseCode = "200", description = "The term as saved.")
    @ApiProblems({400, 403, 404, 406, 415, 422})
    @PutMapping(path = "/terms/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    GlossaryTermView replace(@TermId @PathVariable long id, @SourceLang @RequestParam(defaultValue = "en") String sourceLang, @RequestBody GlossaryTermInput input) {
        GlossaryTerm stored = term(id, sourceLang);
        GlossaryTerm replacement = term(id, sourceLang, input);
        if (input.variants() == null) {
            replacement = new GlossaryTerm(id, replacement.sourceLang(), replacement.term(), replacement.renderings(), replacement.note(),
                    replacement.doNotTranslate(), replacement.caseSensitive(), stored.variants());
        }
        return GlossaryTermView.of(glossary.save(replacement));
    }

    @Operation(operationId = "deleteGlossaryTerm", summary = "Delete a term", description = "Needs REVIEWER.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiProblems({400, 403, 404, 422})
    @DeleteMapping("/terms/{id}")
    ResponseEntity<Void> delete(@TermId @PathVariable long id, @SourceLang @RequestParam(defaultValue = "en") String sourceLang) {
        glossary.delete(term(id, sourceLang));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "exportGlossaryCsv", summary = "The glossary as CSV",
            description = "Header `term`, one column per target language, `note`, `do_not_translate`, `case_sensitive`; UTF-8, "
                    + "with a byte-order mark when `excelBom=true` (Excel then reads it as UTF-8).")
    @ApiResponse(responseCode = "200", description = "The CSV file.", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"glossary.csv\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiProblems({400, 422})
    @GetMapping("/csv")
    ResponseEntity<byte[]> exportCsv(@SourceLang @RequestParam(defaultValue = "en") String sourceLang,
                                     @Parameter(description = "Start with a UTF-8 byte-order mark, for Excel.", example = "true") @RequestParam(defaultValue = "false") boolean excelBom) {
        return Downloads.file(glossary.exportCsv(Languages.require("sourceLang", sourceLang), excelBom).getBytes(StandardCharsets.UTF_8),
                CSV + "; charset=utf-8", "glossary.csv");
    }

    @Operation(operationId = "exportGlossaryTbx", summary = "The glossary as TBX")
    @ApiResponse(responseCode = "200", description = "The TBX file.", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"glossary.tbx\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = TBX, schema = @Schema(type = "string")))
    @ApiProblems({400, 422})
    @GetMapping("/tbx")
    ResponseEntity<byte[]> exportTbx(@SourceLang @RequestParam(defaultValue = "en") String sourceLang) {
        return Downloads.file(glossary.exportTbx(Languages.require("sourceLang", sourceLang)), TBX, "glossary.tbx");
    }

    @Operation(operationId = "importGlossaryCsv", summary = "Add and replace terms from a CSV file",
            description = "Terms are matched by their text: new ones are added, existing ones replaced; all or nothing. The body is the CSV "
                    + "(`text/csv`, UTF-8), or a multipart upload with the part `file`. Needs REVIEWER.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {@Content(mediaType = CSV, schema = @Schema(type = "string",
            example = "term,vi,ru,note,do_not_translate,case_sensitive\nASEAN,ASEAN,АСЕАН,,false,true")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileUpload.Form.class))})
    @ApiResponse(responseCode = "200", description = "How many terms were added or replaced.")
    @ApiProblems({400, 403, 406, 413, 415, 422})
    @PostMapping(path = "/csv", consumes = CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportCount importCsv(@SourceLang @RequestParam(defaultValue = "en") String sourceLang, HttpServletRequest request) throws IOException {
        return importCsv(uploads.read(request), sourceLang);
    }

    /** A malformed file is the glossary's GlossaryException (422, naming the line), as on the glossary page. */
    private ImportCount importCsv(byte[] csv, String sourceLang) {
        return new ImportCount(glossary.importCsv(csv, Languages.require("sourceLang", sourceLang)));
    }

    @Operation(operationId = "importGlossaryCsv")
    @ApiResponse(responseCode = "200", description = "How many terms were added or replaced.")
    @ApiProblems({400, 403, 406, 413, 415, 422})
    @PostMapping(path = "/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportCount importCsvFile(@SourceLang @RequestParam(defaultValue = "en") String sourceLang, @RequestPart("file") MultipartFile file) throws IOException {
        return importCsv(uploads.read(file), sourceLang);
    }

    @Operation(operationId = "importGlossaryTbx", summary = "Add and replace terms from a TBX file",
            description = "TBX-Basic or TBX v3; terms are matched by their text; all or nothing. The body is the TBX file (`application/x-tbx+xml`, "
                    + "`application/xml`, `text/xml`), or a multipart upload with the part `file`. Needs REVIEWER.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = TBX, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_XML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileUpload.Form.class))})
    @ApiResponse(responseCode = "200", description = "How many terms were added or replaced.")
    @ApiProblems({400, 403, 406, 413, 415, 422})
    @PostMapping(path = "/tbx", consumes = {TBX, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportCount importTbx(@SourceLang @RequestParam(defaultValue = "en") String sourceLang, HttpServletRequest request) throws IOException {
        return new ImportCount(glossary.importTbx(uploads.read(request), Languages.require("sourceLang", sourceLang)));
    }

    @Operation(operationId = "importGlossaryTbx")
    @ApiResponse(responseCode = "200", description = "How many terms were added or replaced.")
    @ApiProblems({400, 403, 406, 413, 415, 422})
    @PostMapping(path = "/tbx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportCount importTbxFile(@SourceLang @RequestParam(defaultValue = "en") String sourceLang, @RequestPart("file") MultipartFile file) throws IOException {
        return new ImportCount(glossary.importTbx(uploads.read(file), Languages.require("sourceLang", sourceLang)));
    }

    private GlossaryTerm term(long id, String sourceLang) {
        return glossary.all(Languages.require("sourceLang", sourceLang)).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new ApiNotFoundException("The " + sourceLang + " glossary has no term " + id + "."));
    }

    /** The term to save: free text cleaned as every stored text is, flags false unless given. */
    private static GlossaryTerm term(long id, String sourceLang, GlossaryTermInput input) {
        if (input == null || input.term() == null) {
            throw new ApiBadRequestException("The body needs at least {\"term\": \"...\"} and a rendering or \"doNotTranslate\": true.");
        }
        Map<String, String> renderings = new LinkedHashMap<>();
        if (input.renderings() != null) {
            input.renderings().forEach((lang, text) -> {
                if (text != null) {
                    renderings.put(Languages.require("renderings", lang), CleanText.of(text));
                }
            });
        }
        List<GlossaryTerm.Variant> variants = input.variants() == null ? List.of()
                : input.variants().stream().filter(java.util.Objects::nonNull).map(GlossaryVariantView::variant).toList();
        return new GlossaryTerm(id, Languages.require("sourceLang", sourceLang), CleanText.of(input.term()), renderings, input.note() == null ? null : CleanText.of(input.note()),
                Boolean.TRUE.equals(input.doNotTranslate()), Boolean.TRUE.equals(input.caseSensitive()), variants);
    }
}
