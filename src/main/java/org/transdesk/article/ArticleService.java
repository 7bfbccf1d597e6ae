package org.transdesk.article;

import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.internal.ArticleRepository;
import org.transdesk.audit.AuditLog;
import org.transdesk.security.CurrentUser;

/** Imports and reads articles. Importing needs the EDITOR role (reviewers and admins include it). */
@Service
public class ArticleService {

    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".md", ".markdown", ".text");

    private final ArticleRepository repository;
    private final ImportSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository repository, ImportSettings settings, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article importText(String text) {
        SourceDecoder.checkText(text, settings.maxBytes());
        return store(ArticleTextParser.parse(text), null);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article importFile(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (TEXT_EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            throw new ArticleImportException("Cannot import '" + name + "': upload a .txt or .md file.");
        }
        String text = SourceDecoder.decode(content, settings.maxBytes());
        return store(ArticleTextParser.parse(text), name);
    }

    /** Used once at first start to load the bundled sample; no user is signed in then. */
    @Transactional
    Article importAsSystem(String text, String fileName) {
        return store(ArticleTextParser.parse(text), fileName);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ArticleListing> list(String search) {
        return repository.list(search, 500);
    }

    @PreAuthorize("isAuthenticated()")
    public Article get(long id) {
        return repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    boolean isEmpty() {
        return repository.count() == 0;
    }

    private Article store(ParsedArticle parsed, String fileName) {
        String slug = uniqueSlug(Slugs.of(parsed.publishedOn(), parsed.title()));
        String author = CurrentUser.name().orElse("system");
        long id = repository.insert(parsed, slug, settings.defaultLanguage(), fileName, author);
        audit.record("article.imported", id, null, "\"" + parsed.title() + "\", " + parsed.paragraphs().size()
                + " paragraphs" + (fileName == null ? "" : ", from " + fileName));
        events.publishEvent(new ArticleImported(id, slug));
        return repository.find(id).orElseThrow();
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; repository.slugExists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
