package io.tunemall.platform.tuning.field;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.field.FieldType;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code custom_field_value} table: one row per entity, module and field, the value in the column of its type.
 * Values of many entities are read in one query (Magento's extension attributes cost a query per item; these do not),
 * and every read is counted ({@code tunemall.custom_fields.queries}) so that a regression shows.
 */
@Component
class CustomFieldStore {

    /** Entities per query; a page of any size the shop serves fits in one. */
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ShopClock clock;
    private final Counter queries;

    CustomFieldStore(JdbcTemplate jdbc, ShopClock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.queries = Counter.builder("tunemall.custom_fields.queries")
                .description("Queries reading custom field values (one per page of entities, never one per entity)")
                .register(meters);
    }

    /**
     * The stored values of the entities, by entity id and qualified key, for the fields asked about (values of
     * fields no longer declared are left out).
     */
    Map<String, Map<String, Object>> load(EntityType entity, Collection<String> ids,
            Function<String, DeclaredField> declared) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> values = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<Object> args = new ArrayList<>();
            args.add(entity.name());
            args.addAll(batch);
            queries.increment();
            jdbc.query("SELECT entity_id, module_id, field_key, text_value, number_value, boolean_value, date_value "
                    + "FROM custom_field_value WHERE entity_type = ? AND entity_id IN ("
                    + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")", rows -> {
                        DeclaredField field = declared.apply(DeclaredField.qualified(rows.getString("module_id"),
                                rows.getString("field_key")));
                        if (field != null) {
                            Object value = read(rows, field.field().type());
                            if (value != null) {
                                values.computeIfAbsent(rows.getString("entity_id"), id -> new HashMap<>())
                                        .put(field.qualifiedKey(), value);
                            }
                        }
                    }, args.toArray());
        }
        return values;
    }

    /** Stores one value; null removes it. */
    void save(EntityType entity, String id, DeclaredField field, Object value) {
        jdbc.update("DELETE FROM custom_field_value WHERE entity_type = ? AND entity_id = ? AND module_id = ? "
                + "AND field_key = ?", entity.name(), id, field.module(), field.field().key());
        if (value == null) {
            return;
        }
        FieldType type = field.field().type();
        jdbc.update("INSERT INTO custom_field_value (entity_type, entity_id, module_id, field_key, text_value, "
                        + "number_value, boolean_value, date_value, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entity.name(), id, field.module(), field.field().key(),
                type == FieldType.STRING || type == FieldType.ENUM ? value : null,
                type == FieldType.NUMBER ? value : null,
                type == FieldType.BOOLEAN ? value : null,
                type == FieldType.DATE ? Date.valueOf((LocalDate) value) : null,
                Timestamp.from(clock.now()));
    }

    /** Removes every value of a module's fields, when it is uninstalled with its data. */
    int dropModule(String module) {
        return jdbc.update("DELETE FROM custom_field_value WHERE module_id = ?", module);
    }

    /** 12.5000 as stored reads back as 12.5, and 40.0000 as 40 (not 4E+1). */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Object read(ResultSet row, FieldType type) throws SQLException {
        return switch (type) {
            case STRING, ENUM -> row.getString("text_value");
            case NUMBER -> {
                BigDecimal number = row.getBigDecimal("number_value");
                yield number == null ? null : plain(number);
            }
            case BOOLEAN -> {
                boolean flag = row.getBoolean("boolean_value");
                yield row.wasNull() ? null : flag;
            }
            case DATE -> {
                Date day = row.getDate("date_value");
                yield day == null ? null : day.toLocalDate();
            }
        };
    }
}
