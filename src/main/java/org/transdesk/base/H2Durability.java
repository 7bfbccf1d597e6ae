package org.transdesk.base;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * An embedded H2 database writes each commit to its file before the commit returns
 * ({@code WRITE_DELAY=0}), so a save the app acknowledged survives {@code kill -9} or a crash of the
 * JVM: by default H2 writes commits up to 500 ms later, and an approval answered with its version
 * number was lost when the process was killed right after. Set for every H2 URL that does not choose
 * its own write delay (the default URL names it too); other databases never see the setting. The
 * operating system still buffers the file: power loss is a matter for the server's storage (PostgreSQL:
 * {@code synchronous_commit=on}, its default).
 */
@Component
class H2Durability implements BeanPostProcessor {

    static final String SETTING = "WRITE_DELAY";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:h2:")
                && !pool.getJdbcUrl().toUpperCase(Locale.ROOT).contains(SETTING)
                && !pool.getDataSourceProperties().containsKey(SETTING)) {
            // as text: H2 reads connection properties with getProperty, which skips non-String values
            pool.addDataSourceProperty(SETTING, "0");
        }
        return bean;
    }
}
