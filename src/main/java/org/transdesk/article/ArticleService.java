package org.transdesk.article;

import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.Phrase;
import org.transdesk.article.internal.ArticleRepository;
import org.transdesk.article.internal.BoundedZip;
import org.transdesk.article.internal.DocxArticleReader;
import org.transdesk.article.internal.HtmlArticleReader;
import org.transdesk.article.internal.MarkdownArticleReader;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.CurrentUser;

/**
 * Imports and reads articles. Importing needs the EDITOR role (reviewers and admins include it);
 * archiving, restoring and deleting need ADMIN, checked here whatever the screen shows.
 */
@Service
public class ArticleService {

    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text");
    private static final List<String> MARKDOWN_EXTENSIONS = List.of(".md", ".markdown");
    private static final List<String> HTML_EXTENSIONS = List.of(".html", ".htm");
    /** At most this many articles from one .zip upload. */
    static final int MAX_ARCHIVE_ENTRIES = 50;

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

    /** Pasted text as a new article, even when the library holds a like one (see {@link #importText(String, Duplicates)}). */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article importText(String text) {
        return importText(text, Duplicates.IMPORT_AS_NEW);
    }

    /** Pasted text; with {@link Duplicates#REFUSE}, a {@link DuplicateArticleException} when the library holds the same title and date, or the same text. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article importText(String text, Duplicates duplicates) {
        SourceDecoder.checkText(text, settings.maxBytes());
        return store(ArticleTextParser.parse(text), null, duplicates);
    }

    /** One article from a .txt, .md, .html or .docx file, as a new article whatever the library holds. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article importFile(String fileName, byte[] content) {
        return importFile(fileName, content, Duplicates.IMPORT_AS_NEW);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Article importFile(String fileName, byte[] content, Duplicates duplicates) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw ArticleImportException.of("refusal.import.archive-of-several", name);
        }
        return store(parse(name, content), name, duplicates);
    }

    /**
     * Every article of an upload: one for a single file, one per file for a .zip of .txt, .md,
     * .html and .docx files. All or nothing: one bad file stores none of them.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public List<Article> importFiles(String fileName, byte[] content) {
        return importFiles(fileName, content, Duplicates.IMPORT_AS_NEW);
    }

    /** As {@link #importFiles(String, byte[])}; with {@link Duplicates#REFUSE}, one like article already in the library stores none. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public List<Article> importFiles(String fileName, byte[] content, Duplicates duplicates) {
        String name = fileName == null ? "" : fileName.strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return List.of(importFile(name, content, duplicates));
        }
        if (content == null || content.length == 0) {
            throw ArticleImportException.of("refusal.import.file-empty");
        }
        long max = settings.maxBytes();
        List<BoundedZip.Entry> entries = BoundedZip.read(content, "'" + name + "'", MAX_ARCHIVE_ENTRIES, max, MAX_ARCHIVE_ENTRIES * max);
        List<Article> imported = new java.util.ArrayList<>();
        for (BoundedZip.Entry entry : entries) {
            String entryName = entry.name().substring(entry.name().lastIndexOf('/') + 1);
            if (entry.name().startsWith("__MACOSX/") || entryName.startsWith(".")) {
                continue;
            }
            try {
                if (entryName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    throw ArticleImportException.of("refusal.import.nested-archive");
                }
                imported.add(store(parse(entryName, entry.content()), entryName, duplicates));
            } catch (DuplicateArticleException e) {
                throw e;
            } catch (ArticleImportException e) {
                throw ArticleImportException.of("refusal.import.in-archive", entry.name(), name, e.phrase().map(Phrase::nested).orElse(e.getMessage()));
            }
        }
        if (imported.isEmpty()) {
            throw ArticleImportException.of("refusal.import.archive-empty", name);
        }
        return imported;
    }

    /** The article of a file: plain text parsed as typed, the other formats with their inline formatting as codes. */
    private ParsedArticle parse(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (TEXT_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            return ArticleTextParser.parse(SourceDecoder.decode(content, settings.maxBytes()));
        }
        if (MARKDOWN_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            return ArticleTextParser.parse(MarkdownArticleReader.codedLines(SourceDecoder.decode(content, settings.maxBytes())));
        }
        if (content == null || content.length == 0) {
            throw ArticleImportException.of("refusal.import.file-empty");
        }
        if (content.length > settings.maxBytes() * (lower.endsWith(".docx") ? 8 : 1)) {
            throw ArticleImportException.of("refusal.import.file-too-large", name, content.length);
        }
        if (HTML_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            return ArticleTextParser.parse(HtmlArticleReader.codedLines(content));
        }
        if (lower.endsWith(".docx")) {
            return ArticleTextParser.parse(DocxArticleReader.codedLines(content, settings.maxBytes(), settings.maxParagraphs()));
        }
        throw ArticleImportException.of("refusal.import.file-type", name);
    }

    /** Used once at first start to load the bundled sample; no user is signed in then. */
    @Transactional
    Article importAsSystem(String text, String fileName) {
        return store(ArticleTextParser.parse(text), fileName, Duplicates.IMPORT_AS_NEW);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ArticleListing> list(String search) {
        return repository.list(search, null, 500);
    }

    /**
     * One page of the library, newest first: at most {@code limit} rows that come after
     * {@code after} (null for the first page). Pages do not shift when articles are imported
     * meanwhile, since they continue from a row, not from a count.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ArticleListing> list(String search, ArticleListing.Position after, int limit) {
        return repository.list(search, after, limit);
    }

    /** Rows {@code offset} to {@code offset + limit} of the library, newest first: the library grid reads only what it shows. */
    @PreAuthorize("isAuthenticated()")
    public List<ArticleListing> page(LibraryQuery query, int offset, int limit) {
        return repository.page(query, offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    public int count(LibraryQuery query) {
        return repository.count(query);
    }

    @PreAuthorize("isAuthenticated()")
    public Article get(long id) {
        return repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    boolean isEmpty() {
        return repository.count() == 0;
    }

    /** Archived articles leave the library list (and the API's) until restored; admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void archive(long id) {
        Article article = get(id);
        repository.archive(id, CurrentUser.name().orElseThrow());
        audit.record("article.archived", id, null, "\"" + article.title() + "\"");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void restore(long id) {
        Article article = get(id);
        repository.restore(id);
        audit.record("article.restored", id, null, "\"" + article.title() + "\"");
    }

    /**
     * Deletes an archived article for good, with its drafts, comments and runs; its approved versions
     * and exports are kept or removed as the admin chose. An article in use must be archived first.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id, ApprovedWork approvedWork) {
        java.util.Objects.requireNonNull(approvedWork, "choose whether approved versions and exports are kept or removed");
        Article article = get(id);
        if (!repository.isArchived(id)) {
            throw new UserFacingException(Phrase.of("refusal.article.delete-in-use", article.title()));
        }
        events.publishEvent(new ArticleDeleting(id, article.slug(), approvedWork));
        repository.delete(id, approvedWork == ApprovedWork.KEEP);
        audit.record("article.deleted", id, null, "\"" + article.title() + "\", approved versions and exports "
                + (approvedWork == ApprovedWork.KEEP ? "kept" : "removed"));
    }

    private Article store(ParsedArticle parsed, String fileName, Duplicates duplicates) {
        ArticleLimits.check(parsed, settings, fileName);
        String hash = TextHash.of(parsed.title(), parsed.paragraphs());
        if (duplicates == Duplicates.REFUSE) {
            repository.duplicateOf(parsed.title(), parsed.publishedOn(), hash).ifPresent(existing -> {
                throw new DuplicateArticleException(existing, fileName);
            });
        }
        String slug = uniqueSlug(Slugs.of(parsed.publishedOn(), parsed.title()));
        String author = CurrentUser.name().orElse("system");
        long id = repository.insert(parsed, slug, settings.defaultLanguage(), fileName, author, hash);
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
