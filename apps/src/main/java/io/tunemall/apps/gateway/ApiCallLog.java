package io.tunemall.apps.gateway;

import io.tunemall.apps.api.ApiCall;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_api_call} table: every call an app made, for the owner to read in admin. */
@Repository
public class ApiCallLog {

    private final JdbcClient jdbc;

    ApiCallLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long appId, String method, String path, int status, Instant calledAt, int durationMs) {
        jdbc.sql("INSERT INTO app_api_call (app_id, method, path, status, called_at, duration_ms) VALUES (?, ?, ?, ?, ?, ?)")
                .params(appId, method, path.length() > 500 ? path.substring(0, 500) : path, status,
                        Timestamp.from(calledAt), durationMs)
                .update();
    }

    public List<ApiCall> recent(long appId, int limit) {
        return jdbc.sql("SELECT id, app_id, method, path, status, called_at, duration_ms FROM app_api_call"
                        + " WHERE app_id = ? ORDER BY id DESC LIMIT ?")
                .params(appId, Math.max(1, Math.min(limit, 500)))
                .query((row, n) -> new ApiCall(row.getLong("id"), row.getLong("app_id"), row.getString("method"),
                        row.getString("path"), row.getInt("status"), row.getTimestamp("called_at").toInstant(),
                        row.getInt("duration_ms")))
                .list();
    }
}
