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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.ResponseEntity;
import org.transdesk.memory.MemoryMatch;
import org.transdesk.memory.TranslationMemory;

/**
 * {@code /api/v1/memory}: the translation memory, as the glossary page and the paragraph tools
 * offer it. Looking up and exporting need a token of any role; importing needs REVIEWER (the
 * service checks it, as for the upload on the glossary page).
 */
@RestController
@RequestMapping("/api/v1/memory")
@Tag(name = "Translation memory", description = "Look up, export and import the translation memory (TMX 1.4b).")
class MemoryApi {

    static final String TMX = "application/x-tmx+xml";
    static final int MAX_MATCHES = 20;

    private final TranslationMemory memory;
    private final UploadLimit uploads;

    MemoryApi(TranslationMemory memory, UploadLimit uploads) {
        this.memory = memory;
        this.uploads = uploads;
    }

    @Operation(operationId = "lookUpMemory", summary = "Memory matches for a text",
            description = "The exact match first, then fuzzy matches scoring at least the configured threshold, best first, each pair once. "
                    + "A ranking, not a collection: not paged; at most `limit` (1 to " + MAX_MATCHES + ") matches.")
    @ApiResponse(responseCode = "200", description = "The matches, best first (empty when none).")
    @ApiProblems({400, 406})
    @GetMapping(path = "/matches", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MemoryMatchView> matches(
            @Parameter(description = "The source text to look up.", example = "Both sides pledged cooperation.") @RequestParam String text,
            @Parameter(description = "Target language (BCP 47).", example = "vi") @RequestParam String targetLang,
            @SourceLang @RequestParam(defaultValue = "en") String sourceLang,
            @Parameter(description = "At most this many matches.", example = "5", schema = @Schema(type = "integer", format = "int32", minimum = "1",
                    maximum = "" + MAX_MATCHES, defaultValue = "5")) @RequestParam(defaultValue = "5") int limit) {
        if (limit < 1 || limit > MAX_MATCHES) {
            throw new ApiBadRequestException("'limit' must be between 1 and " + MAX_MATCHES + "; got " + limit + ".");
        }
        String source = Languages.require("sourceLang", sourceLang);
        String target = Languages.require("targetLang", targetLang);
        Map<String, MemoryMatch> byPair = new LinkedHashMap<>();
        memory.exact(text, source, target).ifPresent(m -> byPair.put(m.sourceText() + "\u0000" + m.targetText(), m));
        for (MemoryMatch m : memory.fuzzy(text, source, target, limit)) {
            byPair.putIfAbsent(m.sourceText() + "\u0000" + m.targetText(), m);
        }
        return byPair.values().stream().limit(limit).map(MemoryMatchView::of).toList();
    }

    @Operation(operationId = "exportMemory", summary = "The translation memory as TMX 1.4b")
    @ApiResponse(responseCode = "200", description = "Every pair with this source language.", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"translation-memory.tmx\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = TMX, schema = @Schema(type = "string")))
    @ApiProblems({400, 422})
    @GetMapping("/tmx")
    ResponseEntity<byte[]> exportTmx(@SourceLang
                                     @RequestParam(defaultValue = "en") String sourceLang) {
        return Downloads.file(memory.exportTmx(Languages.require("sourceLang", sourceLang)), TMX, "translation-memory.tmx");
    }

    @Operation(operationId = "importMemory", summary = "Add the pairs of a TMX file to the memory",
            description = "The body is the TMX file (`application/x-tmx+xml`, `application/xml`, `text/xml`), or a multipart upload with the part "
                    + "`file`. A malformed file adds nothing. Needs REVIEWER.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = TMX, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.TEXT_XML_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileUpload.Form.class))})
    @ApiResponse(responseCode = "200", description = "How many pairs were added, updated, or were already there.")
    @ApiProblems({400, 403, 406, 413, 415, 422})
    @PostMapping(path = "/tmx", consumes = {TMX, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    MemoryImportView importTmx(@SourceLang
                               @RequestParam(defaultValue = "en") String sourceLang, HttpServletRequest request) throws IOException {
        return MemoryImportView.of(memory.importTmxFile(uploads.read(request), Languages.require("sourceLang", sourceLang), "API upload"));
    }

    @Operation(operationId = "importMemory")
    @ApiResponse(responseCode = "200", description = "How many pairs were added, updated, or were already there.")
    @ApiProblems({400, 403, 406, 413, 415, 422})
    @PostMapping(path = "/tmx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    MemoryImportView importTmxFile(@SourceLang @RequestParam(defaultValue = "en") String sourceLang, @RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "API upload" : file.getOriginalFilename();
        return MemoryImportView.of(memory.importTmxFile(uploads.read(file), Languages.require("sourceLang", sourceLang), name));
    }
}
