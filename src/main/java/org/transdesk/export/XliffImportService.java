package org.transdesk.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.base.Phrase;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleNotFoundException;
import org.transdesk.article.ArticleService;
import org.transdesk.article.ImportSettings;
import org.transdesk.article.Output;
import org.transdesk.article.Outputs;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.CleanText;
import org.transdesk.language.LanguageTags;
import org.transdesk.export.XliffMerge.Outcome;
import org.transdesk.export.internal.XliffExportRepository;
import org.transdesk.export.internal.XliffFile;
import org.transdesk.export.internal.XliffMerger;
import org.transdesk.export.internal.XliffReader;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.CommentService;
import org.transdesk.review.CommentThread;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.EditingService;
import org.transdesk.review.OutputState;
import org.transdesk.review.SegmentText;

/**
 * The way back of the XLIFF round trip, as a three-way merge per unit (see {@link XliffMerge}).
 * {@link #preview} reads the file and names the article, output and base version without writing;
 * {@link #apply} merges again in one transaction and writes the paragraphs changed only in the file
 * and the resolved conflicts through the review desk's edit path (a revision, the workflow state and
 * an audit event each), or nothing at all when any check fails.
 */
@Service
public class XliffImportService {

    private final ArticleService articles;
    private final DraftService drafts;
    private final EditingService editing;
    private final ApprovalService approval;
    private final ImportSettings limits;
    private final AuditLog audit;
    private final XliffExportRepository exportRecords;
    private final CommentService comments;
    private final Outputs outputs;

    /** The comment length the review desk accepts. */
    static final int MAX_NOTE = 4000;

    XliffImportService(ArticleService articles, DraftService drafts, EditingService editing, ApprovalService approval,
                       ImportSettings limits, AuditLog audit, XliffExportRepository exportRecords, CommentService comments, Outputs outputs) {
        this.outputs = outputs;
        this.comments = comments;
        this.articles = articles;
        this.drafts = drafts;
        this.editing = editing;
        this.approval = approval;
        this.limits = limits;
        this.audit = audit;
        this.exportRecords = exportRecords;
    }

    /**
     * What importing the file into article {@code articleId} would do; writes nothing.
     *
     * @param expectedOutput the output the file must be for, or null to take it from the file
     * @throws ExportException when the file is unreadable, belongs to another article or output, or
     *                         has unknown, duplicate or padded unit ids or changed sources
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public XliffMerge preview(long articleId, Output expectedOutput, byte[] content) {
        return plan(articleId, expectedOutput, read(content)).merge();
    }

    /**
     * Merges the file again and applies it: the paragraphs changed only in the file, and each
     * conflict as {@code resolutions} says. All or nothing.
     *
     * @param previewed the merge the editor looked at, or null (then only the draft's own revision
     *                  checks guard against saves in between); when the draft moved on since, nothing is applied
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public XliffImportResult apply(long articleId, Output expectedOutput, byte[] content, XliffMerge previewed,
                                   List<XliffResolution> resolutions) {
        Plan plan = plan(articleId, expectedOutput, read(content));
        XliffMerge merge = plan.merge();
        if (previewed != null) {
            checkStillAsPreviewed(previewed, merge);
        }
        Map<Integer, XliffResolution> chosen = resolutions(merge, resolutions == null ? List.of() : resolutions);
        List<Integer> fromFile = new ArrayList<>();
        List<Integer> resolved = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (XliffMerge.Unit unit : merge.units()) {
            switch (unit.outcome()) {
                case FROM_FILE -> {
                    confirmIfSignedOff(plan.draft().id(), unit, editing.editSegment(plan.draft().id(), unit.position(), unit.file(), unit.hereRevision()));
                    fromFile.add(unit.position());
                }
                case CONFLICT -> {
                    XliffResolution choice = chosen.get(unit.position());
                    if (choice.choice() == XliffResolution.Choice.HERE) {
                        kept.add(unit.position());
                    } else {
                        String text = choice.choice() == XliffResolution.Choice.FILE ? unit.file() : CleanText.of(choice.text()).strip();
                        SegmentText saved = editing.editSegment(plan.draft().id(), unit.position(), text, unit.hereRevision());
                        if (choice.choice() == XliffResolution.Choice.FILE) {
                            confirmIfSignedOff(plan.draft().id(), unit, saved);
                        }
                        resolved.add(unit.position());
                    }
                }
                case KEPT_HERE -> kept.add(unit.position());
                default -> { }
            }
        }
        int notes = 0;
        for (XliffMerge.Unit unit : merge.units()) {
            for (String note : unit.newNotes()) {
                comments.comment(plan.draft().id(), unit.position(), note);
                notes++;
            }
        }
        audit.record("xliff.imported", articleId, merge.output().key(), "XLIFF " + merge.xliffVersion() + " based on version "
                + merge.baseVersion() + (merge.baseFrom() == XliffMerge.BaseFrom.FILE ? "" : " (matched by the export record)")
                + ": from the file " + fromFile + ", conflicts resolved " + resolved + ", kept here " + kept + ", " + notes + " notes added as comments");
        return new XliffImportResult(articleId, merge.output(), plan.draft().id(), fromFile, resolved, kept, notes);
    }

    /**
     * A text taken from the file that a CAT tool's reviewer marked {@code reviewed} or {@code final}
     * (1.2: {@code signed-off}, {@code final}) is confirmed here too, so generating again keeps it; the
     * output itself still goes to Needs review for a Transdesk reviewer to approve.
     */
    private void confirmIfSignedOff(long draftId, XliffMerge.Unit unit, SegmentText saved) {
        if (("reviewed".equals(unit.fileState()) || "final".equals(unit.fileState())) && !saved.text().isBlank()) {
            editing.confirm(draftId, unit.position(), saved.revision());
        }
    }

    private record Plan(Draft draft, XliffMerge merge) {
    }

    private XliffFile read(byte[] content) {
        if (content == null || content.length == 0) {
            throw ExportException.of("refusal.xliff.empty");
        }
        if (content.length > limits.maxBytes()) {
            throw ExportException.of("refusal.xliff.too-large", content.length, limits.maxBytes());
        }
        return XliffReader.read(content);
    }

    private Plan plan(long articleId, Output expectedOutput, XliffFile file) {
        Article article = articles.get(articleId);
        checkArticle(article, file);
        Output output = output(article, file, expectedOutput);
        if (!LanguageTags.matches(article.sourceLanguage(), file.sourceLang())) {
            throw ExportException.of("refusal.xliff.source-language", file.sourceLang(), article.title(), article.sourceLanguage());
        }
        if (file.sourceRevision() != null && file.sourceRevision() != article.sourceRevision()) {
            throw ExportException.of("refusal.xliff.source-changed", file.sourceRevision(), article.sourceRevision());
        }
        Draft draft = drafts.find(article.id(), output).orElseThrow(() ->
                ExportException.of("refusal.xliff.no-draft", ExportException.output(output), article.title()));
        if (draft.state() == OutputState.DRAFTING) {
            throw ExportException.of("refusal.xliff.drafting", ExportException.output(output));
        }
        XliffMerger.check(article.segments(), article.segmentCodes(), draft.segments().size(), file.units());
        List<ApprovedVersion> versions = approval.versions(article.id(), output);
        Base base = base(article, output, file, versions);
        List<XliffMerge.Unit> units = newNotesOnly(draft, XliffMerger.merge(article.segments(), article.segmentCodes(), base.version().segments(),
                draft.segments(), file.units()));
        return new Plan(draft, new XliffMerge(article.id(), article.title(), output, file.xliffVersion(), base.version().number(),
                base.from(), units));
    }

    /** Notes that are already comments on the paragraph (our own export's notes, or an earlier import) are not added again. */
    private List<XliffMerge.Unit> newNotesOnly(Draft draft, List<XliffMerge.Unit> units) {
        Map<Integer, Set<String>> existing = new HashMap<>();
        for (CommentThread thread : comments.threads(draft.id())) {
            Set<String> bodies = existing.computeIfAbsent(thread.position(), p -> new HashSet<>());
            bodies.add(normal(thread.opening().body()));
            thread.replies().forEach(r -> bodies.add(normal(r.body())));
        }
        List<XliffMerge.Unit> out = new ArrayList<>();
        for (XliffMerge.Unit unit : units) {
            Set<String> bodies = existing.getOrDefault(unit.position(), Set.of());
            List<String> fresh = unit.newNotes().stream().filter(n -> !bodies.contains(normal(n))).toList();
            for (String note : fresh) {
                if (note.length() > MAX_NOTE) {
                    throw ExportException.of("refusal.xliff.note-long", unit.id(), note.length(), MAX_NOTE);
                }
            }
            out.add(unit.withNewNotes(fresh));
        }
        return out;
    }

    private static String normal(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** The file must belong to the article whose page it was uploaded on; when it says otherwise, name its article. */
    private void checkArticle(Article article, XliffFile file) {
        if (file.articleId() == null || file.articleId() == article.id()) {
            return;
        }
        Article other;
        try {
            other = articles.get(file.articleId());
        } catch (ArticleNotFoundException e) {
            throw ExportException.of("refusal.xliff.other-article-gone", file.articleId(), article.title());
        }
        throw ExportException.of("refusal.xliff.other-article", other.id(), other.title(), article.title());
    }

    private Output output(Article article, XliffFile file, Output expected) {
        // the output asked for, then the configured translations, then any the article still has from an earlier configuration
        List<Output> candidates = new java.util.ArrayList<>();
        if (expected != null) {
            candidates.add(expected);
        }
        candidates.addAll(outputs.withStored(drafts.drafts(article.id()).keySet()));
        Output byLanguage = candidates.stream().filter(Output::isTranslation)
                .filter(o -> LanguageTags.matches(o.language(article.sourceLanguage()), file.targetLang())).findFirst()
                .orElseThrow(() -> ExportException.of("refusal.xliff.target-unknown",
                        file.targetLang() == null ? Phrase.word("refusal.xliff.no-language") : file.targetLang()));
        if (file.outputKey() != null && Output.ofKey(file.outputKey()).filter(byLanguage::equals).isEmpty()) {
            throw ExportException.of("refusal.xliff.output-language", file.outputKey(), file.targetLang());
        }
        if (expected != null && !expected.equals(byLanguage)) {
            throw ExportException.of("refusal.xliff.wrong-translation", ExportException.output(byLanguage), file.targetLang(),
                    ExportException.output(expected));
        }
        return byLanguage;
    }

    private record Base(ApprovedVersion version, XliffMerge.BaseFrom from) {
    }

    /**
     * The approved version the file was exported from: the one it names, else among the versions
     * exported as XLIFF, the one whose targets agree with the most of the file's. On a tie the oldest:
     * edits made here since then then count as changed here (kept, or a conflict to resolve), never
     * as the base the file's text may silently replace.
     */
    private Base base(Article article, Output output, XliffFile file, List<ApprovedVersion> versions) {
        if (file.versionNumber() != null) {
            return versions.stream().filter(v -> v.number() == file.versionNumber()).findFirst()
                    .map(v -> new Base(v, XliffMerge.BaseFrom.FILE))
                    .orElseThrow(() -> ExportException.of("refusal.xliff.version-unknown", file.versionNumber(), ExportException.output(output),
                            article.title()));
        }
        Map<Long, ApprovedVersion> byId = new HashMap<>();
        versions.forEach(v -> byId.put(v.id(), v));
        Optional<ApprovedVersion> best = exportRecords.forOutput(article.id(), output).stream()
                .map(r -> byId.get(r.versionId())).filter(Objects::nonNull).distinct()
                .max(Comparator.comparingInt((ApprovedVersion v) -> XliffMerger.agreement(v.segments(), file.units()))
                        .thenComparing(Comparator.comparingInt(ApprovedVersion::number).reversed()));
        return best.map(v -> new Base(v, XliffMerge.BaseFrom.EXPORT_RECORD)).orElseThrow(() -> ExportException.of(
                "refusal.xliff.no-base", ExportException.output(output), article.title()));
    }

    private static void checkStillAsPreviewed(XliffMerge previewed, XliffMerge now) {
        if (previewed.articleId() != now.articleId() || !previewed.output().equals(now.output()) || previewed.baseVersion() != now.baseVersion()
                || previewed.units().size() != now.units().size()) {
            throw ExportException.of("refusal.xliff.not-previewed");
        }
        for (int i = 0; i < now.units().size(); i++) {
            XliffMerge.Unit seen = previewed.units().get(i);
            XliffMerge.Unit unit = now.units().get(i);
            if (seen.position() != unit.position() || seen.outcome() != unit.outcome() || seen.hereRevision() != unit.hereRevision()) {
                throw unit.position() == 0 ? ExportException.of("refusal.xliff.saved-since-headline")
                        : ExportException.of("refusal.xliff.saved-since", unit.position());
            }
        }
    }

    private static Map<Integer, XliffResolution> resolutions(XliffMerge merge, List<XliffResolution> resolutions) {
        Map<Integer, XliffResolution> chosen = new HashMap<>();
        for (XliffResolution r : resolutions) {
            if (r == null || r.choice() == null) {
                continue;
            }
            if (merge.conflicts().stream().noneMatch(u -> u.position() == r.position())) {
                throw ExportException.of("refusal.xliff.not-a-conflict", r.position());
            }
            if (r.choice() == XliffResolution.Choice.MERGED && (r.text() == null || r.text().isBlank())) {
                throw ExportException.of("refusal.xliff.merged-empty", r.position());
            }
            chosen.put(r.position(), r);
        }
        List<Integer> open = merge.conflicts().stream().map(XliffMerge.Unit::position).filter(p -> !chosen.containsKey(p)).toList();
        if (!open.isEmpty()) {
            throw ExportException.of("refusal.xliff.open-conflicts", open);
        }
        return chosen;
    }
}
