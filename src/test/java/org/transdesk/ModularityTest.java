package org.transdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Feature boundaries: no cycles, no reaching into another feature's internal or ui packages. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void feature_boundaries_hold() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_diagram() {
        new Documenter(MODULES).writeModulesAsPlantUml();
    }
}
