package org.transdesk.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own security-context strategy as the JVM-wide default when a context starts.
 * Tests keep several application contexts cached, so the last one started would own the default
 * while a test runs against another: this puts the running test's context's strategy back first.
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        beforeTestMethod(testContext);
    }

    /** Before Spring Security's {@code WithSecurityContextTestExecutionListener} (10000). */
    @Override
    public int getOrder() {
        return 5000;
    }
}
