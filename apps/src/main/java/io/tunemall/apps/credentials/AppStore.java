package io.tunemall.apps.credentials;

import io.tunemall.apps.api.AppSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code app} table. */
@Repository
class AppStore {

    /** An app with its secret hash, for the token endpoint. */
    record StoredApp(AppSummary summary, String secretHash) {
    }

    private static final String COLUMNS = "id, client_id, name, scopes, secret_hash, owner_email, requests_per_minute,"
            + " created_by, created_at, secret_rotated_at, revoked_at";

    private final JdbcClient jdbc;

    AppStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String clientId, String name, Set<String> scopes, String secretHash, String ownerEmail,
            int requestsPerMinute, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app (client_id, name, scopes, secret_hash, owner_email, requests_per_minute, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(clientId, name, String.join(" ", scopes), secretHash, ownerEmail, requestsPerMinute, createdBy,
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void replaceSecret(long id, String secretHash, Instant now) {
        jdbc.sql("UPDATE app SET secret_hash = ?, secret_rotated_at = ? WHERE id = ?")
                .params(secretHash, Timestamp.from(now), id).update();
    }

    void revoke(long id, Instant now) {
        jdbc.sql("UPDATE app SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").params(Timestamp.from(now), id)
                .update();
    }

    Optional<StoredApp> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app WHERE id = ?").param(id).query(AppStore::stored).optional();
    }

    Optional<StoredApp> byClientId(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app WHERE client_id = ?").param(clientId).query(AppStore::stored)
                .optional();
    }

    List<AppSummary> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app ORDER BY id DESC").query(AppStore::stored).list().stream()
                .map(StoredApp::summary).toList();
    }

    private static StoredApp stored(ResultSet row, int n) throws SQLException {
        return new StoredApp(new AppSummary(row.getLong("id"), row.getString("client_id"), row.getString("name"),
                scopes(row.getString("scopes")), row.getString("owner_email"), row.getInt("requests_per_minute"),
                row.getString("created_by"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("secret_rotated_at")), instant(row.getTimestamp("revoked_at"))),
                row.getString("secret_hash"));
    }

    static Set<String> scopes(String spaced) {
        return spaced == null || spaced.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(spaced.trim().split("\\s+")));
    }

    static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
