package org.transdesk.api.internal;

import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleListing;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.export.ExportFormat;
import org.transdesk.export.ExportService;
import org.transdesk.export.ExportedFile;
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
class ArticlesApi {

    private final ArticleService articles;
    private final DraftService drafts;
    private final ApprovalService approval;
    private final GenerationService generation;
    private final ExportService exports;
    private final GenerationProgress progress;

    ArticlesApi(ArticleService articles, DraftService drafts, ApprovalService approval, GenerationService generation, ExportService exports,
                GenerationProgress progress) {
        this.articles = articles;
        this.drafts = drafts;
        this.approval = approval;
        this.generation = generation;
        this.exports = exports;
        this.progress = progress;
    }

    record ArticleSummary(long id, String slug, String title, String publishedOn, String language, Map<String, OutputState> outputs) {
    }

    record ArticleDetail(long id, String slug, String title, String publishedOn, String language, int sourceRevision,
                         List<String> paragraphs, Map<String, OutputState> outputs) {
    }

    record DraftView(long id, String output, String state, int sourceRevision, String engine, List<Segment> segments) {
        record Segment(int position, String text, String origin, Integer matchScore, String note, int revision) {
        }
    }

    record VersionView(String output, int number, String approvedBy, String approvedAt, String sha256) {
    }

    /** Imports pasted text (text/plain body): the first line is the title, as in the UI. */
    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<ArticleDetail> importText(@RequestBody String text) {
        Article article = articles.importText(text);
        return ResponseEntity.created(URI.create("/api/v1/articles/" + article.id())).body(detail(article));
    }

    /** Imports an uploaded file (.txt, .md, .html, .docx, or a .zip of several): one or more articles. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<ArticleDetail>> importFile(@RequestPart("file") MultipartFile file) throws java.io.IOException {
        List<Article> imported = articles.importFiles(file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(201).body(imported.stream().map(this::detail).toList());
    }

    @GetMapping
    List<ArticleSummary> list(@RequestParam(required = false) String search) {
        List<ArticleListing> listings = articles.list(search);
        var states = drafts.states(listings.stream().map(ArticleListing::id).toList());
        return listings.stream().map(a -> new ArticleSummary(a.id(), a.slug(), a.title(),
                a.publishedOn() == null ? null : a.publishedOn().toString(), a.sourceLanguage(), outputs(states.get(a.id())))).toList();
    }

    @GetMapping("/{id}")
    ArticleDetail get(@PathVariable long id) {
        return detail(articles.get(id));
    }

    /** Starts drafting one output; 202 with the progress URL to poll. */
    @PostMapping("/{id}/outputs/{output}/generate")
    ResponseEntity<GenerationProgress.Progress> generate(@PathVariable long id, @PathVariable String output) {
        Output o = output(output);
        generation.start(id, EnumSet.of(o), GenerationObserver.NONE);
        return ResponseEntity.accepted().location(URI.create("/api/v1/articles/" + id + "/outputs/" + o.key() + "/progress"))
                .body(progress.of(id, o));
    }

    @GetMapping("/{id}/outputs/{output}/progress")
    Map<String, Object> progress(@PathVariable long id, @PathVariable String output) {
        Output o = output(output);
        articles.get(id);
        GenerationProgress.Progress p = progress.of(id, o);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", drafts.find(id, o).map(Draft::state).orElse(OutputState.NOT_STARTED));
        body.put("run", p.status());
        body.put("done", p.done());
        body.put("total", p.total());
        body.put("message", p.message());
        return body;
    }

    @GetMapping("/{id}/outputs/{output}/draft")
    DraftView draft(@PathVariable long id, @PathVariable String output) {
        Output o = output(output);
        Draft d = drafts.find(id, o).orElseThrow(() -> new ApiNotFoundException("The " + o.label() + " output of article " + id + " has no draft yet."));
        return new DraftView(d.id(), o.key(), d.state().name(), d.sourceRevision(), d.provenance().engine(),
                d.segments().stream().map(s -> new DraftView.Segment(s.position(), s.text(), s.origin(), s.matchScore(), s.note(), s.revision())).toList());
    }

    /**
     * Approves the current draft; needs the REVIEWER role like the workbench button. QA errors
     * block approval (422) unless the body gives {@code {"overrideReason": "..."}}, stored with the version.
     */
    @PostMapping("/{id}/outputs/{output}/approve")
    VersionView approve(@PathVariable long id, @PathVariable String output,
                        @org.springframework.web.bind.annotation.RequestBody(required = false) ApproveRequest body) {
        Output o = output(output);
        Draft d = drafts.find(id, o).orElseThrow(() -> new ApiNotFoundException("The " + o.label() + " output of article " + id + " has no draft yet."));
        String reason = body == null ? null : body.overrideReason();
        ApprovedVersion v = reason == null || reason.isBlank() ? approval.approve(d.id()) : approval.approve(d.id(), reason);
        return new VersionView(o.key(), v.number(), v.approvedBy(), v.approvedAt().toString(), v.contentHash());
    }

    /** The latest approved version as a file: ?format=md|txt|html|docx|xlf|tmx|json (default md). */
    @GetMapping("/{id}/outputs/{output}/approved")
    ResponseEntity<byte[]> approved(@PathVariable long id, @PathVariable String output, @RequestParam(defaultValue = "md") String format) {
        ExportFormat f = ExportFormat.of(format).orElseThrow(() -> new ApiBadRequestException(
                "Unknown format '" + format + "': use one of md, txt, html, docx, xlf, tmx, json."));
        return file(exports.export(id, output(output), f));
    }

    /** Every approved output in every format that applies, as one ZIP. */
    @GetMapping("/{id}/bundle")
    ResponseEntity<byte[]> bundle(@PathVariable long id) {
        return file(exports.exportBundle(id));
    }

    private static ResponseEntity<byte[]> file(ExportedFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    private ArticleDetail detail(Article a) {
        var states = drafts.states(List.of(a.id()));
        return new ArticleDetail(a.id(), a.slug(), a.title(), a.publishedOn() == null ? null : a.publishedOn().toString(),
                a.sourceLanguage(), a.sourceRevision(), a.paragraphs(), outputs(states.get(a.id())));
    }

    private static Map<String, OutputState> outputs(Map<Output, OutputState> states) {
        Map<String, OutputState> out = new LinkedHashMap<>();
        for (Output o : Output.values()) {
            out.put(o.key(), states == null ? OutputState.NOT_STARTED : states.getOrDefault(o, OutputState.NOT_STARTED));
        }
        return out;
    }

    private static Output output(String key) {
        return Output.ofKey(key).orElseThrow(() -> new ApiNotFoundException("Unknown output '" + key + "': use vi, ru or summary."));
    }

    /** Optional body of the approve call. */
    record ApproveRequest(String overrideReason) {
    }
}
