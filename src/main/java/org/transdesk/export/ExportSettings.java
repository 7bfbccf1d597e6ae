package org.transdesk.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code transdesk.export.root}: where exported files land, relative to the working directory unless absolute. */
@ConfigurationProperties("transdesk.export")
public record ExportSettings(String root) {

    public ExportSettings {
        root = root == null || root.isBlank() ? "translations" : root;
    }
}
