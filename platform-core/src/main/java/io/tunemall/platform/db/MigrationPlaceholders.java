package io.tunemall.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * The few column types MySQL, MariaDB and H2 cannot agree on, given to the migrations as placeholders so that
 * db/migrations stays one sequence for all three.
 *
 * <p>{@code ${uuid_type}}: Spring Modulith stores event publication ids as a native UUID on H2 and as text on
 * MySQL/MariaDB, and checks the type it reads back.
 */
@Component
class MigrationPlaceholders implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.placeholders(Map.of("uuid_type", isH2(configuration) ? "UUID" : "VARCHAR(36)"));
    }

    private static boolean isH2(FluentConfiguration configuration) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        } catch (SQLException failure) {
            throw new CannotGetJdbcConnectionException("Cannot open a connection to run the migrations", failure);
        }
    }
}
