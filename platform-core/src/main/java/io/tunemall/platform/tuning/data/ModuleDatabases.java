package io.tunemall.platform.tuning.data;

import io.tunemall.platform.tuning.ModuleFacade;
import io.tunemall.platform.tuning.ModuleTables;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.data.Row;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ModuleDatabase} for each module: plain SQL on the module's own tables only. A statement naming a table
 * outside the module's prefix is refused before it runs, so platform data is reached through facades alone.
 */
@Component
public class ModuleDatabases implements ModuleFacade<ModuleDatabase> {

    /** The table names a statement touches: after FROM, JOIN, INTO, UPDATE (and TABLE, for DDL a module should not run). */
    static final Pattern TABLES = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+[`\"]?([A-Za-z0-9_$.]+)");

    private final Supplier<JdbcTemplate> jdbc;
    private final Supplier<TransactionTemplate> transaction;

    /** Looked up when first used: modules take their database while the platform is still being built. */
    @Autowired
    ModuleDatabases(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<PlatformTransactionManager> transactions) {
        this.jdbc = jdbc::getObject;
        this.transaction = () -> new TransactionTemplate(transactions.getObject());
    }

    /** For the tuning-sdk-test kit, over a test database. */
    public ModuleDatabases(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        this.jdbc = () -> jdbc;
        this.transaction = () -> template;
    }

    @Override
    public Class<ModuleDatabase> type() {
        return ModuleDatabase.class;
    }

    @Override
    public ModuleDatabase forModule(String moduleId) {
        String prefix = ModuleTables.prefix(moduleId);
        return new ModuleDatabase() {

            @Override
            public String table(String name) {
                return prefix + name;
            }

            @Override
            public <T> List<T> query(String sql, Function<Row, T> reader, Object... parameters) {
                return jdbc.get().query(checked(sql, prefix, moduleId), (rows, number) -> reader.apply(new ResultRow(rows)),
                        values(parameters));
            }

            @Override
            public <T> Optional<T> queryOne(String sql, Function<Row, T> reader, Object... parameters) {
                List<T> rows = query(sql, reader, parameters);
                return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
            }

            @Override
            public int update(String sql, Object... parameters) {
                return jdbc.get().update(checked(sql, prefix, moduleId), values(parameters));
            }

            @Override
            public long insert(String sql, Object... parameters) {
                String statement = checked(sql, prefix, moduleId);
                Object[] values = values(parameters);
                GeneratedKeyHolder key = new GeneratedKeyHolder();
                jdbc.get().update(connection -> {
                    PreparedStatement prepared = connection.prepareStatement(statement, Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < values.length; i++) {
                        prepared.setObject(i + 1, values[i]);
                    }
                    return prepared;
                }, key);
                return key.getKeyList().isEmpty() ? 0 : ((Number) key.getKeyList().get(0).values().iterator().next()).longValue();
            }

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return transaction.get().execute(status -> work.get());
            }
        };
    }

    static String checked(String sql, String prefix, String moduleId) {
        Matcher tables = TABLES.matcher(sql);
        while (tables.find()) {
            String table = tables.group(1).toLowerCase(Locale.ROOT);
            if (!table.startsWith(prefix)) {
                throw new IllegalArgumentException("Module " + moduleId + " may use its own tables (" + prefix
                        + "*) only, not " + tables.group(1) + "; platform data is read through the SDK's facades");
            }
        }
        return sql;
    }

    private static Object[] values(Object[] parameters) {
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            values[i] = value instanceof Instant instant ? Timestamp.from(instant)
                    : value instanceof LocalDate day ? java.sql.Date.valueOf(day) : value;
        }
        return values;
    }

    private record ResultRow(ResultSet rows) implements Row {

        @Override
        public String text(String column) {
            return read(() -> rows.getString(column));
        }

        @Override
        public long integer(String column) {
            return read(() -> rows.getLong(column));
        }

        @Override
        public BigDecimal decimal(String column) {
            return read(() -> rows.getBigDecimal(column));
        }

        @Override
        public boolean flag(String column) {
            return read(() -> rows.getBoolean(column));
        }

        @Override
        public Instant instant(String column) {
            Timestamp moment = read(() -> rows.getTimestamp(column));
            return moment == null ? null : moment.toInstant();
        }

        @Override
        public LocalDate date(String column) {
            java.sql.Date day = read(() -> rows.getDate(column));
            return day == null ? null : day.toLocalDate();
        }

        @Override
        public byte[] bytes(String column) {
            return read(() -> rows.getBytes(column));
        }

        @Override
        public boolean isNull(String column) {
            return read(() -> rows.getObject(column) == null);
        }

        private interface Read<T> {
            T get() throws SQLException;
        }

        private static <T> T read(Read<T> read) {
            try {
                return read.get();
            } catch (SQLException failure) {
                throw new IllegalArgumentException("Cannot read the column: " + failure.getMessage(), failure);
            }
        }
    }
}
