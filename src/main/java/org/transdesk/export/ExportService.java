package org.transdesk.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditLog;
import org.transdesk.export.internal.MarkdownWriter;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.DraftService;

/** Writes the latest approved version of an output to the export root and returns it for download. */
@Service
public class ExportService {

    private final ArticleService articles;
    private final DraftService drafts;
    private final ExportSettings settings;
    private final AuditLog audit;

    ExportService(ArticleService articles, DraftService drafts, ExportSettings settings, AuditLog audit) {
        this.articles = articles;
        this.drafts = drafts;
        this.settings = settings;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ExportedFile exportMarkdown(long articleId, Output output) {
        Article article = articles.get(articleId);
        ApprovedVersion version = drafts.latestApproved(articleId, output).orElseThrow(() -> new ExportException(
                "The " + output.label() + " output has no approved version yet: a reviewer must approve it before it can be exported."));
        String fileName = output.key() + ".md";
        byte[] content = MarkdownWriter.write(article, version, output.language(article.sourceLanguage())).getBytes(StandardCharsets.UTF_8);
        Path target = write(article.slug(), fileName, content);
        audit.record("output.exported", articleId, output.key(), "markdown, version " + version.number() + " → " + target);
        drafts.markExported(version.id(), "markdown");
        return new ExportedFile(target, article.slug() + "-" + fileName, "text/markdown; charset=utf-8", content, version.number());
    }

    /** Writes atomically (temp file + move) so a reader never sees half a file; stays inside the root. */
    private Path write(String slug, String fileName, byte[] content) {
        Path root = Path.of(settings.root()).toAbsolutePath().normalize();
        Path folder = root.resolve(slug).normalize();
        Path target = folder.resolve(fileName).normalize();
        if (!folder.startsWith(root) || !target.startsWith(folder)) {
            throw new ExportException("Refusing to write outside the export folder: " + slug + "/" + fileName);
        }
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".export-", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new ExportException("Could not write the export to " + target + ": " + e.getMessage(), e);
        }
    }
}
