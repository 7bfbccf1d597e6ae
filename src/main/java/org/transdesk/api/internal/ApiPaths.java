package org.transdesk.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/** Which requests are the REST API's: everything under {@code /api/}. */
final class ApiPaths {

    static final String PREFIX = "/api/";
    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    private ApiPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request).startsWith(PREFIX);
    }
}
