package io.tunemall.apps.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code app_token} table: opaque access tokens by their SHA-256 (a leaked table gives no usable token). A lookup
 * joins the app, so a revoked app's tokens are dead on the very next request.
 */
@Repository
class TokenStore {

    /** A live token: the app it belongs to and the scopes it carries. */
    record LiveToken(long appId, String clientId, Set<String> scopes, int requestsPerMinute) {
    }

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String token, long appId, Set<String> scopes, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO app_token (token_hash, app_id, scopes, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), appId, String.join(" ", scopes), Timestamp.from(issuedAt), Timestamp.from(expiresAt))
                .update();
    }

    Optional<LiveToken> live(String token, Instant now) {
        return jdbc.sql("SELECT t.app_id, a.client_id, t.scopes, a.requests_per_minute FROM app_token t"
                        + " JOIN app a ON a.id = t.app_id"
                        + " WHERE t.token_hash = ? AND t.expires_at > ? AND a.revoked_at IS NULL")
                .params(hash(token), Timestamp.from(now))
                .query((row, n) -> new LiveToken(row.getLong("app_id"), row.getString("client_id"),
                        AppStore.scopes(row.getString("scopes")), row.getInt("requests_per_minute")))
                .optional();
    }

    void removeAllOf(long appId) {
        jdbc.sql("DELETE FROM app_token WHERE app_id = ?").param(appId).update();
    }

    void remove(String token) {
        jdbc.sql("DELETE FROM app_token WHERE token_hash = ?").param(hash(token)).update();
    }

    int removeExpired(Instant now) {
        return jdbc.sql("DELETE FROM app_token WHERE expires_at < ?").param(Timestamp.from(now)).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
