package org.transdesk.review;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.audit.AuditLog;
import org.transdesk.review.internal.ExportMarkRepository;
import org.transdesk.review.internal.VersionRepository;
import org.transdesk.security.CurrentUser;

/** Which formats each approved version was exported to; the first export per format is recorded once. */
@Service
public class ExportMarkService {

    private final ExportMarkRepository exportMarks;
    private final VersionRepository versions;
    private final AuditLog audit;

    ExportMarkService(ExportMarkRepository exportMarks, VersionRepository versions, AuditLog audit) {
        this.exportMarks = exportMarks;
        this.versions = versions;
        this.audit = audit;
    }

    /**
     * Records that an approved version was exported in a format; the export feature calls this. Safe
     * when two nodes export the same version at once: one mark, one audit entry.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void markExported(long versionId, String format) {
        if (format == null || !format.strip().matches("[a-z0-9.+-]{1,32}")) {
            throw ReviewException.of("refusal.export-mark.format");
        }
        ApprovedVersion version = versions.byId(versionId)
                .orElseThrow(() -> ReviewException.of("refusal.version-gone", versionId));
        if (exportMarks.markIfAbsent(versionId, format.strip(), CurrentUser.require())) {
            audit.record("version.exported", version.articleId(), version.output().key(),
                    "version " + version.number() + " first exported as " + format.strip());
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<ExportMark> exportMarks(long versionId) {
        return exportMarks.forVersion(versionId);
    }
}
