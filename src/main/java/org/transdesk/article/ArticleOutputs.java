package org.transdesk.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transdesk.article.internal.ArticleOutputRepository;
import org.transdesk.article.internal.ArticleRepository;
import org.transdesk.audit.AuditLog;
import org.transdesk.base.Phrase;
import org.transdesk.base.UserFacingException;
import org.transdesk.security.CurrentUser;

/**
 * The outputs of one article: the configured ones ({@link Outputs}) less those dropped from it. An editor adds an
 * output (asking for more work is an editor's call, as generating drafts is); a reviewer or admin drops one (what an
 * article is published as is the reviewer's call, as approving is). Dropping deletes nothing: the output's drafts,
 * versions and findings stay, readable through exports and the API, and come back with their history when the
 * output is added again. Only configured outputs can be added: a route and checks exist for them.
 */
@Service
public class ArticleOutputs {

    private final Outputs configured;
    private final ArticleOutputRepository decisions;
    private final ArticleRepository articles;
    private final AuditLog audit;

    ArticleOutputs(Outputs configured, ArticleOutputRepository decisions, ArticleRepository articles, AuditLog audit) {
        this.configured = configured;
        this.decisions = decisions;
        this.articles = articles;
        this.audit = audit;
    }

    /** The article's outputs, in configuration order. Not role-checked: which outputs exist is no secret, and runs read it. */
    public List<Output> of(long articleId) {
        Set<Output> dropped = dropped(articleId);
        return configured.all().stream().filter(o -> !dropped.contains(o)).toList();
    }

    /** The configured outputs dropped from the article. */
    public Set<Output> dropped(long articleId) {
        return dropped(List.of(articleId)).getOrDefault(articleId, Set.of());
    }

    /** Per article, the configured outputs dropped from it (the library's read: one query for a page); absent when none. */
    public Map<Long, Set<Output>> dropped(Collection<Long> articleIds) {
        Map<Long, Set<Output>> out = new HashMap<>();
        decisions.decisions(articleIds).forEach((id, byKey) -> {
            Set<Output> dropped = new LinkedHashSet<>();
            byKey.forEach((key, included) -> {
                if (!included) {
                    configured.configured(key).ifPresent(dropped::add);
                }
            });
            if (!dropped.isEmpty()) {
                out.put(id, Set.copyOf(dropped));
            }
        });
        return out;
    }

    /** The articles that dropped {@code output}: a library filter on that output leaves them out. */
    public Set<Long> articlesThatDropped(Output output) {
        return decisions.droppedBy(output.key());
    }

    public boolean has(long articleId, Output output) {
        return of(articleId).contains(output);
    }

    /** Adds a configured output to the article (again); its earlier drafts and versions are back with it. Returns the article's outputs. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public List<Output> add(long articleId, String outputKey) {
        Article article = article(articleId);
        Output output = configured.configured(outputKey).orElseThrow(() -> new UserFacingException(
                Phrase.of("refusal.article-outputs.not-configured", String.valueOf(outputKey), String.join(", ", configured.keys()))));
        if (dropped(articleId).contains(output)) {
            decisions.decide(articleId, output.key(), true, CurrentUser.name().orElseThrow());
            audit.record("article.output-added", articleId, output.key(), "\"" + article.title() + "\": " + output.label() + " added");
        }
        return of(articleId);
    }

    /** Drops an output from the article: not drafted, listed or shown for it any more; nothing of it is deleted. Returns the article's outputs. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public List<Output> drop(long articleId, String outputKey) {
        Article article = article(articleId);
        List<Output> outputs = of(articleId);
        Output output = configured.configured(outputKey).orElse(null);
        if (output == null || !outputs.contains(output)) {
            if (output != null) {
                return outputs; // dropped already
            }
            throw new UserFacingException(Phrase.of("refusal.article-outputs.not-an-output", String.valueOf(outputKey),
                    String.join(", ", outputs.stream().map(Output::key).toList())));
        }
        if (outputs.size() == 1) {
            throw new UserFacingException(Phrase.of("refusal.article-outputs.last-one", output.key()));
        }
        decisions.decide(articleId, output.key(), false, CurrentUser.name().orElseThrow());
        audit.record("article.output-dropped", articleId, output.key(), "\"" + article.title() + "\": " + output.label()
                + " dropped (drafts and versions kept)");
        return of(articleId);
    }

    private Article article(long articleId) {
        return articles.find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
    }
}
