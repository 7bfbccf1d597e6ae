package org.transdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages touched by interchange (memory, export, article, api) keep to their public types. */
class InterchangeModulesTest {

    @Test
    void featureModulesOnlyUseEachOthersPublicTypes() {
        ApplicationModules.of(Application.class).verify();
    }
}
