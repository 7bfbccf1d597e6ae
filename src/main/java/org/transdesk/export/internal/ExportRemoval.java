package org.transdesk.export.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.transdesk.article.ApprovedWork;
import org.transdesk.article.ArticleDeleting;
import org.transdesk.export.ExportSettings;

/**
 * When an admin deletes an article and chose to remove its approved work: its XLIFF export records go
 * in the deleting transaction, and its folder in the export root once that transaction has committed.
 * When the admin chose to keep them, nothing here changes.
 */
@Component
class ExportRemoval {

    private static final Logger log = LoggerFactory.getLogger(ExportRemoval.class);

    private final JdbcClient jdbc;
    private final ExportSettings settings;

    ExportRemoval(JdbcClient jdbc, ExportSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @EventListener
    @Order(1)
    void records(ArticleDeleting deleting) {
        if (deleting.approvedWork() == ApprovedWork.REMOVE) {
            jdbc.sql("delete from xliff_export where article_id = ?").param(deleting.articleId()).update();
        }
    }

    @TransactionalEventListener
    void files(ArticleDeleting deleting) {
        if (deleting.approvedWork() != ApprovedWork.REMOVE) {
            return;
        }
        Path root = Path.of(settings.root()).toAbsolutePath().normalize();
        Path folder = root.resolve(deleting.slug()).normalize();
        if (!folder.startsWith(root) || folder.equals(root) || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            log.warn("Article {} was deleted but its export folder {} could not be removed: {}", deleting.articleId(), folder, e.getMessage());
        }
    }
}
