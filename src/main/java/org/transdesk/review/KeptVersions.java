package org.transdesk.review;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.review.internal.KeptVersionRepository;

/**
 * ADMIN: the approved versions kept of deleted articles (#15), newest deletion first, and their text. Versions of
 * articles still in the library (archived ones too) are not listed here: the workbench shows them.
 */
@Service
public class KeptVersions {

    private final KeptVersionRepository repository;

    KeptVersions(KeptVersionRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<KeptVersion> ofDeletedArticles() {
        return repository.ofDeletedArticles();
    }

    /** The paragraphs of a kept version, the title first as approved; empty when it is no version of a deleted article. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<List<String>> paragraphs(long versionId) {
        return repository.paragraphs(versionId);
    }

    /** A kept version's text as a plain-text file: paragraphs separated by a blank line, UTF-8. */
    public static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs) + "\n";
    }
}
