package io.tunemall.shipping.policy;

import io.tunemall.sdk.Money;
import io.tunemall.shipping.api.RemoteArea;
import io.tunemall.shipping.api.ShippingPolicy;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The policy's one row and its remote areas (V70). Read through the platform's cache, because every cart page and
 * checkout prices shipping; a change evicts it after commit on every node.
 */
@Component
class StoredPolicy {

    static final String CACHE = "shipping.policy";

    private final JdbcTemplate jdbc;

    StoredPolicy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(value = CACHE, key = "'current'")
    public ShippingPolicy read() {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT base_fee, free_over, updated_at, updated_by FROM shipping_policy WHERE id = 1");
        List<RemoteArea> areas = jdbc.query("SELECT name, postal_from, postal_to, surcharge FROM shipping_remote_area"
                + " ORDER BY sort_order, id", (area, i) -> new RemoteArea(area.getString("name"),
                area.getString("postal_from"), area.getString("postal_to"), Money.won(area.getLong("surcharge"))));
        Number freeOver = (Number) row.get("free_over");
        return new ShippingPolicy(Money.won(((Number) row.get("base_fee")).longValue()),
                freeOver == null ? null : Money.won(freeOver.longValue()), areas, moment(row.get("updated_at")),
                (String) row.get("updated_by"));
    }

    @CacheEvict(value = CACHE, key = "'current'")
    public void write(ShippingPolicy policy) {
        jdbc.update("UPDATE shipping_policy SET base_fee = ?, free_over = ?, updated_at = ?, updated_by = ? WHERE id = 1",
                policy.baseFee().won(), policy.freeOver() == null ? null : policy.freeOver().won(),
                LocalDateTime.ofInstant(policy.updatedAt(), ZoneOffset.UTC), policy.updatedBy());
        jdbc.update("DELETE FROM shipping_remote_area");
        for (int i = 0; i < policy.remoteAreas().size(); i++) {
            RemoteArea area = policy.remoteAreas().get(i);
            jdbc.update("INSERT INTO shipping_remote_area (name, postal_from, postal_to, surcharge, sort_order)"
                    + " VALUES (?, ?, ?, ?, ?)", area.name(), area.fromPostalCode(), area.toPostalCode(),
                    area.surcharge().won(), i);
        }
    }

    /** Moments are stored as UTC wall-clock time, as Hibernate writes them elsewhere (hibernate.jdbc.time_zone). */
    private static Instant moment(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime utc = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }
}
