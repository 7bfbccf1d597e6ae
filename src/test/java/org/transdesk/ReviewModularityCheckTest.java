package org.transdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ReviewModularityCheckTest {

    @Test
    void modules_respect_their_boundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
