package org.transdesk.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.Phrase;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;
import org.transdesk.audit.AuditLog;
import org.transdesk.export.internal.DocxWriter;
import org.transdesk.export.internal.ExportContent;
import org.transdesk.export.internal.HtmlWriter;
import org.transdesk.export.internal.JsonWriter;
import org.transdesk.export.internal.MarkdownWriter;
import org.transdesk.export.internal.PlainTextWriter;
import org.transdesk.export.internal.TmxWriter;
import org.transdesk.export.internal.XliffExportRepository;
import org.transdesk.export.internal.XliffWriter;
import org.transdesk.export.internal.ZipBundle;
import org.transdesk.inline.InlineCode;
import org.transdesk.qa.QaFinding;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.CommentService;
import org.transdesk.review.CommentThread;
import org.transdesk.review.DraftService;
import org.transdesk.review.ExportMarkService;
import org.transdesk.review.RecordedFinding;
import org.transdesk.security.CurrentUser;

/** Writes the latest approved version of an output (or a bundle of all) to the export root and returns it for download. */
@Service
public class ExportService {

    private final ArticleService articles;
    private final DraftService drafts;
    private final ApprovalService approval;
    private final ExportMarkService exportMarks;
    private final ExportSettings settings;
    private final AuditLog audit;
    private final XliffExportRepository xliffExports;
    private final CommentService comments;
    private final Outputs outputs;

    ExportService(ArticleService articles, DraftService drafts, ApprovalService approval, ExportMarkService exportMarks,
                  ExportSettings settings, AuditLog audit, XliffExportRepository xliffExports, CommentService comments, Outputs outputs) {
        this.outputs = outputs;
        this.comments = comments;
        this.drafts = drafts;
        this.articles = articles;
        this.approval = approval;
        this.exportMarks = exportMarks;
        this.settings = settings;
        this.audit = audit;
        this.xliffExports = xliffExports;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ExportedFile exportMarkdown(long articleId, Output output) {
        return export(articleId, output, ExportFormat.MARKDOWN);
    }

    /** The latest approved version of one output in one format, written to {@code <root>/<slug>/<output>.<ext>}. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ExportedFile export(long articleId, Output output, ExportFormat format) {
        Article article = articles.get(articleId);
        if (format.translationOnly() && !output.isTranslation()) {
            throw ExportException.of("refusal.export.translation-only", format.name(), output.label().toLowerCase(java.util.Locale.ROOT),
                    ExportException.output(output));
        }
        ApprovedVersion version = approval.latestApproved(articleId, output).orElseThrow(() -> ExportException.of(
                "refusal.export.not-approved", ExportException.output(output)));
        String fileName = format.fileName(output.key());
        byte[] content = render(format, content(article, output, version));
        Path target = write(article.slug(), fileName, content);
        recordIfXliff(format, articleId, version);
        audit.record("output.exported", articleId, output.key(), format.key() + ", version " + version.number() + " → " + target);
        exportMarks.markExported(version.id(), format.key());
        return new ExportedFile(target, article.slug() + "-" + fileName, format.mediaType(), content, version.number());
    }

    /**
     * A ZIP of the latest approved version of every output of the article, each in every format
     * that applies to it, written to {@code <root>/<slug>/bundle.zip}.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ExportedFile exportBundle(long articleId) {
        Article article = articles.get(articleId);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        // configured outputs, then any the article still has from an earlier configuration
        for (Output output : outputs.withStored(drafts.drafts(articleId).keySet())) {
            approval.latestApproved(articleId, output).ifPresent(version -> {
                ExportContent content = content(article, output, version);
                for (ExportFormat format : ExportFormat.values()) {
                    if (!format.translationOnly() || output.isTranslation()) {
                        entries.put(format.fileName(output.key()), render(format, content));
                        recordIfXliff(format, articleId, version);
                    }
                }
            });
        }
        if (entries.isEmpty()) {
            throw ExportException.of("refusal.export.nothing-to-bundle", article.title());
        }
        byte[] zip = ZipBundle.of(entries);
        Path target = write(article.slug(), "bundle.zip", zip);
        audit.record("article.exported", articleId, null, "bundle of " + entries.size() + " files → " + target);
        return new ExportedFile(target, article.slug() + "-bundle.zip", "application/zip", zip, 0);
    }

    /**
     * The approved version with the open comment threads of the output's draft and the QA findings a reviewer
     * had dismissed when it was approved, which bilingual formats carry as notes.
     */
    private ExportContent content(Article article, Output output, ApprovedVersion version) {
        Map<Integer, List<ExportContent.Note>> notes = new HashMap<>();
        drafts.find(article.id(), output).ifPresent(draft -> {
            for (CommentThread thread : comments.threads(draft.id())) {
                if (!thread.resolved()) {
                    List<ExportContent.Note> list = notes.computeIfAbsent(thread.position(), p -> new ArrayList<>());
                    list.add(new ExportContent.Note(thread.opening().author(), thread.opening().body()));
                    thread.replies().forEach(r -> list.add(new ExportContent.Note(r.author(), r.body())));
                }
            }
        });
        for (RecordedFinding recorded : approval.qaRecord(version.id())) {
            if (recorded.dismissed()) {
                notes.computeIfAbsent(recorded.finding().segment(), p -> new ArrayList<>()).add(dismissalNote(recorded));
            }
        }
        Map<Integer, List<InlineCode>> codes = new HashMap<>();
        for (int position = 0; position < article.segments().size(); position++) {
            if (!article.segmentCodes(position).isEmpty()) {
                codes.put(position, article.segmentCodes(position));
            }
        }
        // an edition summary is headed by its edition's headline: that of the approved translation (exports read only approved text)
        String editionHeadline = output.isEditionSummary() ? approval.latestApproved(article.id(), Output.translation(output.language()))
                .map(v -> v.segments().isEmpty() ? null : v.segments().getFirst()).orElse(null) : null;
        return new ExportContent(article, version, output.language(article.sourceLanguage()), notes, codes, editionHeadline);
    }

    /** "QA finding dismissed by rev on 2026-12-02 09:30 UTC: numbers (ERROR) “…”. Reason: …" */
    private static ExportContent.Note dismissalNote(RecordedFinding recorded) {
        QaFinding f = recorded.finding();
        String at = recorded.dismissedAt() == null ? null
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(recorded.dismissedAt());
        return ExportContent.Note.qaDismissal(recorded.dismissedBy(), at, f.check() + " (" + f.severity() + ") “" + f.message() + "”",
                recorded.dismissalReason());
    }

    /** XLIFF files come back edited: the record says which version went out, for files that lose our attributes. */
    private void recordIfXliff(ExportFormat format, long articleId, ApprovedVersion version) {
        if (format.xliffVersion() != null) {
            xliffExports.record(articleId, version.output(), version.id(), format.xliffVersion(), CurrentUser.require());
        }
    }

    private static byte[] render(ExportFormat format, ExportContent content) {
        return switch (format) {
            case MARKDOWN -> MarkdownWriter.write(content).getBytes(StandardCharsets.UTF_8);
            case TEXT -> PlainTextWriter.write(content);
            case HTML -> HtmlWriter.write(content);
            case DOCX -> DocxWriter.write(content);
            case XLIFF, XLIFF_2_1, XLIFF_1_2 -> XliffWriter.write(content, format.xliffVersion());
            case TMX -> TmxWriter.write(content);
            case JSON -> JsonWriter.write(content);
        };
    }

    /** Writes atomically (temp file + move) so a reader never sees half a file; stays inside the root. */
    private Path write(String slug, String fileName, byte[] content) {
        Path root = Path.of(settings.root()).toAbsolutePath().normalize();
        Path folder = root.resolve(slug).normalize();
        Path target = folder.resolve(fileName).normalize();
        if (!folder.startsWith(root) || !target.startsWith(folder)) {
            throw ExportException.of("refusal.export.outside", slug, fileName);
        }
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".export-", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new ExportException(Phrase.of("refusal.export.write-failed", target, org.transdesk.base.LibraryProblem.failure(e)), e);
        }
    }
}
