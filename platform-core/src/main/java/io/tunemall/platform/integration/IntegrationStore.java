package io.tunemall.platform.integration;

import io.tunemall.platform.db.DbTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The app store's switches and settings (V130). Read through the platform's two-level cache, because storefront
 * pages ask whether their scripts are on; a change evicts it after commit on every node.
 */
@Component
class IntegrationStore {

    static final String CACHE = "platform.integrations";

    private final JdbcTemplate jdbc;

    IntegrationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(value = CACHE, key = "#id")
    public StoredIntegration read(String id) {
        List<StoredIntegration> rows = jdbc.query(
                "SELECT switched_on, changed_at, changed_by FROM app_integration WHERE integration_id = ?",
                (row, i) -> new StoredIntegration(row.getBoolean("switched_on"), Map.of(),
                        DbTime.read(row, "changed_at"), row.getString("changed_by")), id);
        if (rows.isEmpty()) {
            return StoredIntegration.NEVER_SET;
        }
        Map<String, String> values = new HashMap<>();
        jdbc.query("SELECT setting_key, setting_value FROM app_integration_setting WHERE integration_id = ?",
                row -> {
                    values.put(row.getString("setting_key"), row.getString("setting_value"));
                }, id);
        StoredIntegration stored = rows.get(0);
        return new StoredIntegration(stored.on(), values, stored.changedAt(), stored.changedBy());
    }

    @CacheEvict(value = CACHE, key = "#id")
    public void write(String id, StoredIntegration integration) {
        int updated = jdbc.update("UPDATE app_integration SET switched_on = ?, changed_at = ?, changed_by = ?"
                + " WHERE integration_id = ?", integration.on(), DbTime.param(integration.changedAt()),
                integration.changedBy(), id);
        if (updated == 0) {
            jdbc.update("INSERT INTO app_integration (integration_id, switched_on, changed_at, changed_by)"
                    + " VALUES (?, ?, ?, ?)", id, integration.on(), DbTime.param(integration.changedAt()),
                    integration.changedBy());
        }
        jdbc.update("DELETE FROM app_integration_setting WHERE integration_id = ?", id);
        integration.values().forEach((key, value) -> jdbc.update("INSERT INTO app_integration_setting"
                + " (integration_id, setting_key, setting_value) VALUES (?, ?, ?)", id, key, value));
    }
}
