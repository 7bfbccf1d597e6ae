package org.transdesk.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.audit.AuditLog;
import org.transdesk.memory.internal.TmStore;
import org.transdesk.memory.internal.TranslationFilter;

/**
 * Admins clean the translation memory of pairs that are not translations: a target in the wrong script
 * for its language, mostly copied source words, or the source itself (what approvals over QA overrides
 * taught before learning was filtered). Judged by the same filter as learning, so what it lists is what
 * approvals no longer teach. Deleting is audited.
 */
@Service
public class MemoryCleaning {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TranslationFilter filter;
    private final TmStore store;
    private final AuditLog audit;

    MemoryCleaning(JdbcClient jdbc, TranslationFilter filter, TmStore store, AuditLog audit) {
        this.jdbc = jdbc;
        this.filter = filter;
        this.store = store;
        this.audit = audit;
    }

    /** A stored pair that is not a translation, and why. */
    public record Suspect(long id, String sourceLang, String targetLang, String sourceText, String targetText, String origin,
                          SkipReason reason, String detail) {
    }

    /** The suspects found (at most the limit asked for), and how many units were looked at. */
    public record Scan(List<Suspect> suspects, long scanned, boolean more) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Scan scan(int limit) {
        List<Suspect> found = new ArrayList<>();
        long scanned = 0;
        long after = 0;
        boolean more = false;
        while (true) {
            List<Suspect> page = jdbc.sql("select id, source_lang, target_lang, source_text, target_text, origin from tm_unit where id > ? order by id"
                            + " fetch first " + BATCH + " rows only")
                    .param(after)
                    .query((rs, i) -> new Suspect(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), null, null))
                    .list();
            if (page.isEmpty()) {
                return new Scan(found, scanned, more);
            }
            for (Suspect unit : page) {
                scanned++;
                Optional<Suspect> suspect = judged(unit);
                if (suspect.isPresent()) {
                    if (found.size() < limit) {
                        found.add(suspect.get());
                    } else {
                        more = true;
                    }
                }
            }
            after = page.getLast().id();
        }
    }

    /**
     * Deletes the given units that are still suspects (a unit fixed or already gone since the scan is left
     * alone); returns how many were deleted.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int delete(Collection<Long> ids) {
        List<Suspect> suspects = new ArrayList<>();
        for (long id : ids) {
            jdbc.sql("select id, source_lang, target_lang, source_text, target_text, origin from tm_unit where id = ?").param(id)
                    .query((rs, i) -> new Suspect(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), null, null))
                    .optional().flatMap(this::judged).ifPresent(suspects::add);
        }
        if (suspects.isEmpty()) {
            return 0;
        }
        int deleted = store.delete(suspects.stream().map(Suspect::id).toList());
        String reasons = suspects.stream().collect(Collectors.groupingBy(s -> s.reason().label(), Collectors.counting())).toString();
        audit.record("memory.cleaned", null, null, "deleted " + deleted + " units that are not translations " + reasons + ", ids "
                + suspects.stream().map(s -> Long.toString(s.id())).collect(Collectors.joining(",")));
        return deleted;
    }

    private Optional<Suspect> judged(Suspect unit) {
        return filter.judge(unit.sourceLang(), unit.targetLang(), unit.sourceText(), unit.targetText())
                .map(r -> new Suspect(unit.id(), unit.sourceLang(), unit.targetLang(), unit.sourceText(), unit.targetText(), unit.origin(),
                        r.reason(), r.detail()));
    }
}
