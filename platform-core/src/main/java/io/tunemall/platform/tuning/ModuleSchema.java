package io.tunemall.platform.tuning;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A module's own tables: created by its own Flyway migrations (in its jar under {@code tuning/{id}/db/migration}),
 * recorded in its own history table, and named with its own prefix so that uninstalling can find and drop exactly
 * them. The platform's tables are never touched.
 */
class ModuleSchema {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    ModuleSchema(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** {@code acme.fit-finder} owns the tables {@code tm_acme_fit_finder_*}. */
    static String tablePrefix(String moduleId) {
        return ModuleTables.prefix(moduleId);
    }

    static String historyTable(String moduleId) {
        return tablePrefix(moduleId) + "schema_history";
    }

    /**
     * Runs the module's migrations. Tables it creates outside its prefix are dropped again and the install fails:
     * a module that could write into the platform's namespace could not be uninstalled cleanly.
     */
    int migrate(LoadedModule module) {
        Set<String> before = tables();
        MigrateResult result;
        try {
            result = Flyway.configure(module.module().getClass().getClassLoader())
                    .dataSource(dataSource)
                    .table(historyTable(module.id()))
                    .locations("classpath:tuning/" + module.id() + "/db/migration")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
        } catch (RuntimeException failure) {
            dropTablesCreatedSince(before);
            throw new IllegalStateException("The migrations of module " + module.id() + " failed: " + failure.getMessage(),
                    failure);
        }
        Set<String> foreign = new HashSet<>(tables());
        foreign.removeAll(before);
        foreign.removeIf(table -> owned(table, module.id()));
        if (!foreign.isEmpty()) {
            dropTablesCreatedSince(before);
            throw new IllegalStateException("Module " + module.id() + " created tables outside its prefix "
                    + tablePrefix(module.id()) + ": " + foreign + ". They were dropped and the module is not installed.");
        }
        return result.migrationsExecuted;
    }

    /** Drops every table of the module, its history table included. */
    void drop(String moduleId) {
        tables().stream().filter(table -> owned(table, moduleId)).forEach(this::dropTable);
    }

    private static boolean owned(String table, String moduleId) {
        return table.toLowerCase(Locale.ROOT).startsWith(tablePrefix(moduleId));
    }

    private void dropTablesCreatedSince(Set<String> before) {
        tables().stream().filter(table -> !before.contains(table)).forEach(this::dropTable);
    }

    private void dropTable(String table) {
        jdbc.execute("DROP TABLE " + table);
    }

    private Set<String> tables() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Set<String> names = new HashSet<>();
            try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rows.next()) {
                    names.add(rows.getString("TABLE_NAME"));
                }
            }
            return names;
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot list the database tables", failure);
        }
    }
}
