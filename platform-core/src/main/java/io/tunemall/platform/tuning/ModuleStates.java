package io.tunemall.platform.tuning;

import io.tunemall.platform.time.ShopClock;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code tuning_module} table: which modules this shop installed, at which version, and whether they are on. */
@Component
class ModuleStates {

    enum State { ENABLED, DISABLED }

    /** @param disabledReason why the platform switched the module off by itself, or null */
    record Row(String id, String version, State state, String disabledReason) {
    }

    private static final int MAX_REASON = 1000;

    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    ModuleStates(JdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<String, Row> all() {
        return jdbc.query("SELECT id, version, state, disabled_reason FROM tuning_module",
                        (rs, n) -> new Row(rs.getString("id"), rs.getString("version"), State.valueOf(rs.getString("state")),
                                rs.getString("disabled_reason")))
                .stream().collect(Collectors.toMap(Row::id, row -> row));
    }

    Optional<Row> find(String id) {
        return Optional.ofNullable(all().get(id));
    }

    void installed(String id, String version) {
        Timestamp now = Timestamp.from(clock.now());
        jdbc.update("INSERT INTO tuning_module (id, version, state, installed_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                id, version, State.ENABLED.name(), now, now);
    }

    void set(String id, State state) {
        int changed = jdbc.update("UPDATE tuning_module SET state = ?, disabled_reason = NULL, updated_at = ? WHERE id = ?",
                state.name(), Timestamp.from(clock.now()), id);
        if (changed == 0) {
            throw new IllegalStateException("Module " + id + " is not installed");
        }
    }

    void disabledAutomatically(String id, String reason) {
        String shown = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
        jdbc.update("UPDATE tuning_module SET state = ?, disabled_reason = ?, updated_at = ? WHERE id = ?",
                State.DISABLED.name(), shown, Timestamp.from(clock.now()), id);
    }

    void removed(String id) {
        jdbc.update("DELETE FROM tuning_module WHERE id = ?", id);
    }

    List<String> enabledIds() {
        return jdbc.queryForList("SELECT id FROM tuning_module WHERE state = ?", String.class, State.ENABLED.name());
    }
}
