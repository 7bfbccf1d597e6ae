package org.transdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.Article;
import org.transdesk.article.ArticleService;
import org.transdesk.article.ImportSettings;
import org.transdesk.article.Output;
import org.transdesk.audit.AuditLog;
import org.transdesk.export.internal.XliffReader;
import org.transdesk.review.ApprovalService;
import org.transdesk.review.ApprovedVersion;
import org.transdesk.review.Draft;
import org.transdesk.review.DraftService;
import org.transdesk.review.EditingService;
import org.transdesk.review.SegmentText;

/**
 * The way back of the XLIFF round trip: targets changed in another tool become new revisions of
 * the draft, through the same edit path as the workbench. Everything is checked before anything is
 * written (article, output, languages, source revision, unit ids, untouched sources, no edits in
 * Transdesk since the export); one failed check changes nothing.
 */
@Service
public class XliffImportService {

    private static final Pattern UNIT_ID = Pattern.compile("s(\\d{1,6})");

    private final ArticleService articles;
    private final DraftService drafts;
    private final EditingService editing;
    private final ApprovalService approval;
    private final ImportSettings limits;
    private final AuditLog audit;

    XliffImportService(ArticleService articles, DraftService drafts, EditingService editing, ApprovalService approval,
                       ImportSettings limits, AuditLog audit) {
        this.articles = articles;
        this.drafts = drafts;
        this.editing = editing;
        this.approval = approval;
        this.limits = limits;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public XliffImportResult importTargets(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ExportException("The XLIFF file is empty.");
        }
        if (content.length > limits.maxBytes()) {
            throw new ExportException("The XLIFF file is " + content.length + " bytes; the limit is " + limits.maxBytes() + ".");
        }
        XliffReader.Contents xliff = XliffReader.read(content);
        if (xliff.articleId() == null || xliff.outputKey() == null || xliff.sourceRevision() == null) {
            throw new ExportException("This XLIFF file was not exported by Transdesk: its <file> lacks the td:article, td:output and td:sourceRevision attributes.");
        }
        Article article = articles.get(xliff.articleId());
        Output output = Output.ofKey(xliff.outputKey()).filter(Output::isTranslation).orElseThrow(() ->
                new ExportException("Unknown translation output '" + xliff.outputKey() + "' in the XLIFF file."));
        String expectedTarget = output.language(article.sourceLanguage());
        if (!expectedTarget.equals(xliff.targetLang()) || !article.sourceLanguage().equals(xliff.sourceLang())) {
            throw new ExportException("Wrong language: the file is " + xliff.sourceLang() + " → " + xliff.targetLang()
                    + " but the " + output.label() + " output of this article is " + article.sourceLanguage() + " → " + expectedTarget + ".");
        }
        if (xliff.sourceRevision() != article.sourceRevision()) {
            throw new ExportException("The source article changed since this file was exported (revision " + xliff.sourceRevision()
                    + ", now " + article.sourceRevision() + "): export the output again and redo the changes there.");
        }
        Draft draft = drafts.find(article.id(), output).orElseThrow(() ->
                new ExportException("The " + output.label() + " output has no draft to take the changes."));
        Optional<ApprovedVersion> exported = xliff.version() == null ? Optional.empty()
                : approval.versions(article.id(), output).stream().filter(v -> v.number() == xliff.version()).findFirst();
        List<SegmentText> changed = changedSegments(xliff, article, draft, exported);
        List<Integer> positions = new ArrayList<>();
        for (SegmentText segment : changed) {
            editing.editSegment(draft.id(), segment.position(), xliff.targets().get("s" + segment.position()), segment.revision());
            positions.add(segment.position());
        }
        audit.record("xliff.imported", article.id(), output.key(), positions.size() + " changed segments " + positions);
        return new XliffImportResult(article.id(), output, draft.id(), positions);
    }

    private static List<SegmentText> changedSegments(XliffReader.Contents xliff, Article article, Draft draft, Optional<ApprovedVersion> exported) {
        List<String> sources = article.segments();
        List<SegmentText> changed = new ArrayList<>();
        for (Map.Entry<String, String> unit : xliff.sources().entrySet()) {
            Matcher id = UNIT_ID.matcher(unit.getKey());
            int position = id.matches() ? Integer.parseInt(id.group(1)) : -1;
            if (position < 0 || position >= draft.segments().size() || position >= sources.size()) {
                throw new ExportException("Unknown unit id '" + unit.getKey() + "': this article's " + draft.output().label()
                        + " draft has units s0 to s" + (draft.segments().size() - 1) + ".");
            }
            if (!unit.getValue().strip().equals(sources.get(position).strip())) {
                throw new ExportException("The source text of unit " + unit.getKey() + " was changed in the file; only targets may change.");
            }
            String target = xliff.targets().get(unit.getKey());
            SegmentText current = draft.segments().get(position);
            if (target == null || target.strip().equals(current.text())) {
                continue;
            }
            if (target.isBlank()) {
                throw new ExportException("The target of unit " + unit.getKey() + " is empty: leave it out of the file to keep the current text.");
            }
            if (exported.isPresent() && position < exported.get().segments().size()
                    && !exported.get().segments().get(position).equals(current.text())) {
                throw new ExportException("Paragraph " + position + " was edited in Transdesk after version " + exported.get().number()
                        + " was exported; export again so those edits are not overwritten.");
            }
            changed.add(current);
        }
        return changed;
    }
}
