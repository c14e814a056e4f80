package io.tunemall.sdk.data;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The asking module's own tables, from {@link io.tunemall.sdk.module.ModuleContext#facade(Class)}. Plain SQL with
 * {@code ?} parameters, in the SQL that MySQL 8, MariaDB and H2 (MySQL mode) all accept.
 *
 * <p>Every table a statement names must be one of the module's ({@link #table(String)}): the platform refuses a
 * statement that names another table (after {@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE}), so that
 * platform data is only ever reached through facades, which keep their promises across updates. Statements run in the
 * caller's transaction when there is one. Parameters may be {@code String}, numbers, {@code Boolean},
 * {@code BigDecimal}, {@code Instant}, {@code LocalDate}, {@code byte[]} or null.
 *
 * @since 1.0.0
 */
public interface ModuleDatabase {

    /** The full name of one of the module's tables: {@code table("note")} is {@code tm_acme_notes_note}. */
    String table(String name);

    <T> List<T> query(String sql, Function<Row, T> reader, Object... parameters);

    /** The first row's reading; empty when there is no row or the reading is null. */
    <T> Optional<T> queryOne(String sql, Function<Row, T> reader, Object... parameters);

    /** Runs an INSERT, UPDATE or DELETE and answers the rows it changed. */
    int update(String sql, Object... parameters);

    /** Runs an INSERT into a table with an auto-increment key and answers the key. */
    long insert(String sql, Object... parameters);

    /** Runs the work in one transaction (joining the caller's when there is one). */
    <T> T inTransaction(Supplier<T> work);
}
