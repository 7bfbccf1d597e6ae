package org.transdesk.api.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address clients reach Transdesk at ({@code transdesk.public-url}, e.g.
 * {@code https://transdesk.example.org}), for the absolute URLs the API hands out: the OpenAPI
 * {@code servers} entry and paging links. Never taken from the request's Host header, which a
 * client chooses. Unset, the API answers with root-relative addresses ({@code /api/v1/...}).
 */
@Component
class PublicUrl {

    private final String base;

    PublicUrl(@Value("${transdesk.public-url:}") String configured) {
        String url = configured == null ? "" : configured.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (!url.isEmpty() && !url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalStateException("transdesk.public-url must be an http(s) address such as https://transdesk.example.org, not '" + configured + "'.");
        }
        this.base = url;
    }

    /** The public base address without a trailing slash, or "" when none is configured. */
    String base() {
        return base;
    }

    /** The absolute address of a root-relative path ("/api/v1/articles?cursor=..."), or the path itself when no public URL is set. */
    String of(String path) {
        return base + path;
    }
}
