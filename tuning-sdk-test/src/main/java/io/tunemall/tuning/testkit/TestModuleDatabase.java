package io.tunemall.tuning.testkit;

import io.tunemall.platform.tuning.data.ModuleDatabases;
import io.tunemall.sdk.data.ModuleDatabase;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory database (H2 in MySQL mode) with the module's own migrations applied, as the platform applies
 * them at install ({@code tuning/{module-id}/db/migration} on the test's classpath), behind the platform's own
 * {@link ModuleDatabase}, guard included. One per test: nothing is shared.
 *
 * <pre>{@code
 * ModuleDatabase db = TestModuleDatabase.of("examples.product-certificates");
 * FakeModuleContext context = new FakeModuleContext("examples.product-certificates").with(ModuleDatabase.class, db);
 * }</pre>
 */
public final class TestModuleDatabase {

    private TestModuleDatabase() {
    }

    public static ModuleDatabase of(String moduleId) {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(database)
                .table("tm_" + moduleId.replace('.', '_').replace('-', '_') + "_schema_history")
                .locations("classpath:tuning/" + moduleId + "/db/migration")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        return new ModuleDatabases(new JdbcTemplate(database), new DataSourceTransactionManager(database))
                .forModule(moduleId);
    }
}
