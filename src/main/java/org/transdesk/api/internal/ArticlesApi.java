package org.transdesk.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.transdesk.article.Article;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Duplicates;
import org.transdesk.article.Output;
import org.transdesk.article.ArticleOutputs;
import org.transdesk.article.Outputs;
import org.transdesk.export.ExportFormat;
import org.transdesk.export.ExportService;
import org.transdesk.generation.GenerationObserver;
import org.transdesk.generation.GenerationService;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.OutputState;

/** {@code /api/v1/articles}: the CMS side of the workbench. Role checks are the services' own. */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Import articles, draft and approve their outputs, fetch approved outputs.")
class ArticlesApi {

    static final String ALLOW_DUPLICATE = "Import as a new article even when the library holds one with the same title and date, or the same text.";
    static final String LINK_DESCRIPTION = "RFC 8288 links: rel=\"next\" (while more items follow) and rel=\"first\".";
    static final String LINK_EXAMPLE = "</api/v1/articles?limit=100&cursor=MTcz...>; rel=\"next\", </api/v1/articles?limit=100>; rel=\"first\"";

    private final ArticleService articles;
    private final DraftService drafts;
    private final ApprovalService approval;
    private final GenerationService generation;
    private final ExportService exports;
    private final GenerationProgress progress;
    private final PublicUrl publicUrl;
    private final Outputs configured;
    private final ArticleOutputs articleOutputs;

    ArticlesApi(ArticleService articles, DraftService drafts, ApprovalService approval, GenerationService generation, ExportService exports,
                GenerationProgress progress, PublicUrl publicUrl, Outputs configured, ArticleOutputs articleOutputs) {
        this.configured = configured;
        this.articleOutputs = articleOutputs;
        this.articles = articles;
        this.drafts = drafts;
        this.approval = approval;
        this.generation = generation;
        this.exports = exports;
        this.progress = progress;
        this.publicUrl = publicUrl;
    }

    @Operation(operationId = "importArticle", summary = "Import an article",
            description = "Pasted text (`text/plain`: first line the title, or `date YYYY-MM-DD Title`; then one paragraph per line) answers "
                    + "the article; a file (`multipart/form-data`, part `file`: .txt, .md, .html, .docx, or a .zip of several) answers the list "
                    + "of articles it held. Needs EDITOR. An article already in the library (same title and date, or same text) is refused "
                    + "with 409 and a `Link: <...>; rel=\"duplicate\"` to the existing one, unless `allowDuplicate=true` asks to import it as a new article.")
    @ApiResponse(responseCode = "201", description = "Imported.", headers = @Header(name = "Location", description = "The article's address (text import).",
            schema = @Schema(type = "string")), content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(oneOf = {ArticleDetail.class, ArticleDetail[].class})))
    @ApiProblems({400, 406, 409, 413, 415, 422})
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleDetail> importText(@RequestBody String text, @Parameter(description = ALLOW_DUPLICATE, example = "false") @RequestParam(defaultValue = "false") boolean allowDuplicate) {
        Article article = articles.importText(text, duplicates(allowDuplicate));
        return ResponseEntity.created(URI.create(publicUrl.of("/api/v1/articles/" + article.id()))).body(detail(article));
    }

    @Operation(operationId = "importArticle")
    @ApiResponse(responseCode = "201", description = "Imported.", headers = @Header(name = "Location", description = "The article's address (text import).",
            schema = @Schema(type = "string")), content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(oneOf = {ArticleDetail.class, ArticleDetail[].class})))
    @ApiProblems({400, 406, 409, 413, 415, 422})
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ArticleDetail>> importFile(@RequestPart("file") MultipartFile file,
                                                   @Parameter(description = ALLOW_DUPLICATE, example = "false") @RequestParam(defaultValue = "false") boolean allowDuplicate) throws java.io.IOException {
        List<Article> imported = articles.importFiles(file.getOriginalFilename(), file.getBytes(), duplicates(allowDuplicate));
        return ResponseEntity.status(201).body(imported.stream().map(this::detail).toList());
    }

    private static Duplicates duplicates(boolean allow) {
        return allow ? Duplicates.IMPORT_AS_NEW : Duplicates.REFUSE;
    }

    @Operation(operationId = "listArticles", summary = "List articles, newest first",
            description = "Paged: follow the `Link` header's rel=\"next\" address until there is none.")
    @ApiResponse(responseCode = "200", description = "One page of articles.", headers = @Header(name = "Link", description = LINK_DESCRIPTION,
            schema = @Schema(type = "string", example = LINK_EXAMPLE)))
    @ApiProblems({400, 406})
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ArticleSummary>> list(
            @Parameter(description = "Words of the title or slug to look for.", example = "ASEAN") @RequestParam(required = false) String search,
            @Parameter(description = "Items per page, 1 to " + Pages.MAX_LIMIT + ".", example = "50", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + Pages.MAX_LIMIT,
                    defaultValue = "" + Pages.DEFAULT_LIMIT)) @RequestParam(required = false) Integer limit,
            @Parameter(description = "Where the page starts: the value from a rel=\"next\" link; leave out for the first page.",
                    example = "MTczMzEzNjQwMAo1MjMwMDAwMDAKNDI")
            @RequestParam(required = false) String cursor,
            HttpServletRequest request) {
        int size = Pages.limit(limit);
        ArticleListing.Position after = cursor == null ? null : Pages.read(cursor, 3, parts ->
                new ArticleListing.Position(Instant.ofEpochSecond(Long.parseLong(parts.get(0)), Long.parseLong(parts.get(1))), Long.parseLong(parts.get(2))));
        List<ArticleListing> fetched = articles.list(search, after, size + 1);
        return Pages.answer(request, publicUrl, fetched, size,
                a -> Pages.cursor(String.valueOf(a.createdAt().getEpochSecond()), String.valueOf(a.createdAt().getNano()), String.valueOf(a.id())),
                page -> {
                    List<Long> ids = page.stream().map(ArticleListing::id).toList();
                    var states = drafts.states(ids);
                    var dropped = articleOutputs.dropped(ids);
                    return page.stream().map(a -> new ArticleSummary(a.id(), a.slug(), a.title(),
                            a.publishedOn() == null ? null : a.publishedOn().toString(), a.sourceLanguage(),
                            outputs(states.get(a.id()), dropped.getOrDefault(a.id(), Set.of())))).toList();
                });
    }

    @Operation(operationId = "getArticle", summary = "One article with its paragraphs")
    @ApiResponse(responseCode = "200", description = "The article.")
    @ApiProblems({400, 404, 406})
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleDetail get(@ArticleId @PathVariable long id) {
        return detail(articles.get(id));
    }

    @Operation(operationId = "generateOutput", summary = "Start drafting an output",
            description = "Drafts the output (a key the server is configured with: vi, ru and summary by default) in the background; poll the `Location` address for progress. Needs EDITOR. "
                    + "Refused with 422 while the output is already being drafted.")
    @ApiResponse(responseCode = "202", description = "Drafting started.", headers = @Header(name = "Location", description = "The progress address to poll.",
            schema = @Schema(type = "string", example = "/api/v1/articles/42/outputs/vi/progress")))
    @ApiProblems({400, 404, 406, 422})
    @PostMapping(path = "/{id}/outputs/{output}/generate", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgressView> generate(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output) {
        Output o = output(output);
        generation.start(id, Set.of(o), GenerationObserver.NONE);
        return ResponseEntity.accepted().location(URI.create(publicUrl.of("/api/v1/articles/" + id + "/outputs/" + o.key() + "/progress")))
                .body(progress(id, o));
    }

    @Operation(operationId = "getProgress", summary = "Where the drafting of an output stands")
    @ApiResponse(responseCode = "200", description = "The output's state and its newest run, as the database records it (any node).")
    @ApiProblems({400, 404, 406})
    @GetMapping(path = "/{id}/outputs/{output}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    ProgressView progress(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output) {
        Output o = output(output);
        articles.get(id);
        return progress(id, o);
    }

    private ProgressView progress(long id, Output o) {
        GenerationProgress.Progress p = progress.of(id, o);
        OutputState state = drafts.find(id, o).map(Draft::state).orElse(OutputState.NOT_STARTED);
        return new ProgressView(state, p.status(), p.done(), p.total(), p.message());
    }

    @Operation(operationId = "getDraft", summary = "The current draft of an output")
    @ApiResponse(responseCode = "200", description = "The draft, segment by segment.")
    @ApiProblems({400, 404, 406})
    @GetMapping(path = "/{id}/outputs/{output}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    DraftView draft(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output) {
        Output o = stored(id, output);
        Draft d = drafts.find(id, o).orElseThrow(() -> new ApiNotFoundException("The " + o.label() + " output of article " + id + " has no draft yet."));
        return new DraftView(d.id(), o.key(), d.state(), d.sourceRevision(), d.provenance().engine(),
                d.segments().stream().map(s -> new DraftView.Segment(s.position(), s.text(), s.origin(), s.matchScore(), s.note(), s.revision(), s.status())).toList());
    }

    @Operation(operationId = "approveOutput", summary = "Approve the current draft",
            description = "Needs REVIEWER, like the workbench button. QA errors block approval (422) unless the body gives a written "
                    + "`overrideReason`, stored with the version.")
    @ApiResponse(responseCode = "200", description = "The new approved version.")
    @ApiProblems({400, 403, 404, 406, 415, 422})
    @PostMapping(path = "/{id}/outputs/{output}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    VersionView approve(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output, @RequestBody(required = false) ApproveRequest body) {
        Output o = output(output);
        Draft d = drafts.find(id, o).orElseThrow(() -> new ApiNotFoundException("The " + o.label() + " output of article " + id + " has no draft yet."));
        String reason = body == null ? null : body.overrideReason();
        ApprovedVersion v = reason == null || reason.isBlank() ? approval.approve(d.id()) : approval.approve(d.id(), reason);
        return new VersionView(o.key(), v.number(), v.approvedBy(), v.approvedAt().toString(), v.contentHash());
    }

    @Operation(operationId = "getApprovedOutput", summary = "The latest approved version as a file",
            description = "Also written under the export root and audited, as an export from the UI is. XLIFF and TMX exist for translations "
                    + "(vi, ru, any configured target) only: asking for them on the summary answers 422. Needs EDITOR.")
    @ApiResponse(responseCode = "200", description = "The file, named in Content-Disposition.", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"<slug>-<output>.<ext>\"", schema = @Schema(type = "string")), content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
            @Content(mediaType = "text/html", schema = @Schema(type = "string")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/xliff+xml", schema = @Schema(type = "string")),
            @Content(mediaType = "application/x-tmx+xml", schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"))})
    @ApiProblems({400, 404, 422})
    @GetMapping("/{id}/outputs/{output}/approved")
    ResponseEntity<byte[]> approved(@ArticleId @PathVariable long id, @OutputKey @PathVariable String output,
                                    @Parameter(description = "File format: xlf is XLIFF 2.0, xliff21 XLIFF 2.1, xliff12 XLIFF 1.2.", example = "docx", schema = @Schema(allowableValues = {
                                            "md", "txt", "html", "docx", "xlf", "xliff21", "xliff12", "tmx", "json"},
                                            defaultValue = "md")) @RequestParam(defaultValue = "md") String format) {
        ExportFormat f = ExportFormat.of(format).orElseThrow(() -> new ApiBadRequestException("Unknown format '"
                + (format.length() > 20 ? format.substring(0, 20) + "…" : format) + "': use one of md, txt, html, docx, xlf, xliff21, xliff12, tmx, json."));
        return Downloads.file(exports.export(id, stored(id, output), f));
    }

    @Operation(operationId = "getBundle", summary = "Every approved output in every format that applies, as one ZIP", description = "Needs EDITOR.")
    @ApiResponse(responseCode = "200", description = "The ZIP, named in Content-Disposition.", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"<slug>-bundle.zip\"", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @ApiProblems({400, 404, 422})
    @GetMapping("/{id}/bundle")
    ResponseEntity<byte[]> bundle(@ArticleId @PathVariable long id) {
        return Downloads.file(exports.exportBundle(id));
    }

    @Operation(operationId = "addArticleOutput", summary = "Add an output to the article",
            description = "The output (one of `GET /api/v1/outputs`) is drafted, listed and shown for this article again; drafts and approved "
                    + "versions it had before it was dropped are back with their history. Adding one the article has changes nothing. Needs EDITOR.")
    @ApiResponse(responseCode = "200", description = "The article, with its outputs.")
    @ApiProblems({400, 403, 404, 406})
    @PutMapping(path = "/{id}/outputs/{output}", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleDetail addOutput(@ArticleId @PathVariable long id, @OutputKey @PathVariable("output") String key) {
        articleOutputs.add(id, output(key).key());
        return detail(articles.get(id));
    }

    @Operation(operationId = "dropArticleOutput", summary = "Drop an output from the article",
            description = "The output is no longer drafted, listed or shown for this article. Nothing is deleted: its drafts and approved versions "
                    + "stay readable here and come back when the output is added again. The article's last output cannot be dropped (422). "
                    + "Dropping one the article does not have changes nothing. Needs REVIEWER.")
    @ApiResponse(responseCode = "200", description = "The article, with its outputs.")
    @ApiProblems({400, 403, 404, 406, 422})
    @DeleteMapping(path = "/{id}/outputs/{output}", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleDetail dropOutput(@ArticleId @PathVariable long id, @OutputKey @PathVariable("output") String key) {
        articleOutputs.drop(id, output(key).key());
        return detail(articles.get(id));
    }

    private ArticleDetail detail(Article a) {
        var states = drafts.states(List.of(a.id()));
        Set<Output> dropped = articleOutputs.dropped(a.id());
        return new ArticleDetail(a.id(), a.slug(), a.title(), a.publishedOn() == null ? null : a.publishedOn().toString(),
                a.sourceLanguage(), a.sourceRevision(), a.paragraphs(), outputs(states.get(a.id()), dropped),
                configured.ordered(dropped).stream().map(Output::key).toList());
    }

    /** The article's outputs: configured ones and any stored from an earlier configuration, less those dropped from it. */
    private Map<String, OutputState> outputs(Map<Output, OutputState> states, Set<Output> dropped) {
        Map<String, OutputState> out = new LinkedHashMap<>();
        for (Output o : configured.withStored(states == null ? Set.of() : states.keySet())) {
            if (dropped.contains(o)) {
                continue;
            }
            out.put(o.key(), states == null ? OutputState.NOT_STARTED : states.getOrDefault(o, OutputState.NOT_STARTED));
        }
        return out;
    }

    /** A configured output, or one the article still has from an earlier configuration (readable, never lost); else 404. */
    Output stored(long id, String key) {
        return configured.configured(key).or(() -> Output.ofKey(key).filter(o -> drafts.find(id, o).isPresent())).orElseGet(() -> output(key));
    }

    /** A configured output; 404 names the configured keys. */
    Output output(String key) {
        return configured.configured(key).orElseThrow(() -> new ApiNotFoundException("Unknown output '" + key + "': use "
                + String.join(", ", configured.keys()) + "."));
    }
}
