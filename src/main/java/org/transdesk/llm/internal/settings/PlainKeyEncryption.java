package org.transdesk.llm.internal.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.transdesk.base.EmbeddedDatabaseFile;

/**
 * At every start, once the schema is migrated: provider API keys that an older version stored in plain
 * text (or that a restored old backup brought back) are encrypted in place, so the database and every
 * backup made from now on hold none. On an embedded H2 database the file is then rewritten, so the old
 * plain-text values do not linger in its unused pages. The log counts them, never names a key.
 */
@Component
class PlainKeyEncryption implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PlainKeyEncryption.class);

    private final SettingsStore store;
    private final EmbeddedDatabaseFile databaseFile;

    PlainKeyEncryption(SettingsStore store, EmbeddedDatabaseFile databaseFile) {
        this.store = store;
        this.databaseFile = databaseFile;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int encrypted = store.encryptPlainKeys();
        if (encrypted > 0) {
            log.info("Encrypted {} provider API key(s) that were stored in plain text (docs/security.md: 'Secrets at rest')", encrypted);
            databaseFile.rewrite("no copy of the plain-text keys is left in unused pages");
        }
    }
}
