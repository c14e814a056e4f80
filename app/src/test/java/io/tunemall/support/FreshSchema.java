package io.tunemall.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * The first context of a test run drops everything in the test database and migrates from V1, so every run proves
 * the whole migration sequence on MariaDB and starts from the same data. Later contexts in the same run (a second
 * node, say) migrate normally and share that schema.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("it")
class FreshSchema {

    private static final AtomicBoolean CLEANED_THIS_RUN = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOncePerRun() {
        return flyway -> {
            if (CLEANED_THIS_RUN.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
