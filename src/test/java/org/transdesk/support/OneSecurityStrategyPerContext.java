package org.transdesk.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own security-context strategy (with its own thread-local) each time a Spring
 * context starts, and static code such as {@code CurrentUser} reads whichever was installed last.
 * When a test class reuses a cached context after another context started, both would disagree:
 * {@code @WithMockUser} fills one, {@code CurrentUser} reads the other. Before each test this puts
 * the test's own context's strategy back. Registered for all tests in META-INF/spring.factories.
 */
public class OneSecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // before WithSecurityContextTestExecutionListener (10000), which fills the strategy
        return 9000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
