package io.tunemall.apps.webhooks;

import io.tunemall.apps.api.WebhookAttemptView;
import io.tunemall.apps.api.WebhookDeliveryView;
import io.tunemall.apps.api.WebhookEndpointView;
import io.tunemall.platform.privacy.PiiCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The webhook tables: endpoints, deliveries and attempts. */
@Repository
class WebhookStore {

    /** A delivery due to be sent, with what signing and sending it needs. */
    record Due(long id, String messageId, long endpointId, String url, String secret, String payload, int attempts) {
    }

    private static final String ENDPOINT = "SELECT e.id, e.app_id, a.name AS app_name, a.owner_email, e.url, e.secret,"
            + " e.event_types, e.enabled, e.disabled_at, e.disabled_reason, e.created_at"
            + " FROM webhook_endpoint e JOIN app a ON a.id = e.app_id";
    private static final String DELIVERY = "SELECT id, message_id, endpoint_id, event_type, payload, state, attempts,"
            + " next_attempt_at, created_at, delivered_at FROM webhook_delivery";

    /** Secrets written before they were sealed start with this; {@link WebhookSecretSealing} seals them. */
    static final String PLAIN_SECRET_PREFIX = "whsec_";

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    WebhookStore(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insertEndpoint(long appId, String url, String secret, Set<String> types, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO webhook_endpoint (app_id, url, secret, event_types, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(appId, url, cipher.encrypt(secret), String.join(" ", types), Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<WebhookEndpointView> endpoints() {
        return jdbc.sql(ENDPOINT + " ORDER BY e.id DESC").query(WebhookStore::endpoint).list();
    }

    Optional<WebhookEndpointView> endpoint(long id) {
        return jdbc.sql(ENDPOINT + " WHERE e.id = ?").param(id).query(WebhookStore::endpoint).optional();
    }

    /**
     * Endpoints of active apps subscribed to the type, disabled ones included: their deliveries wait until the owner
     * enables the endpoint again, so that no event is missing when it comes back.
     */
    List<WebhookEndpointView> subscribers(String type) {
        return jdbc.sql(ENDPOINT + " WHERE a.revoked_at IS NULL").query(WebhookStore::endpoint)
                .list().stream().filter(endpoint -> endpoint.eventTypes().contains(type)).toList();
    }

    List<WebhookEndpointView> disabledUnacknowledged() {
        return jdbc.sql(ENDPOINT + " WHERE e.enabled = FALSE AND e.notice_seen_at IS NULL ORDER BY e.disabled_at DESC")
                .query(WebhookStore::endpoint).list();
    }

    Optional<String> ownerEmail(long endpointId) {
        return jdbc.sql("SELECT a.owner_email FROM webhook_endpoint e JOIN app a ON a.id = e.app_id WHERE e.id = ?")
                .param(endpointId).query(String.class).optional();
    }

    void disable(long endpointId, String reason, Instant now) {
        jdbc.sql("UPDATE webhook_endpoint SET enabled = FALSE, disabled_at = ?, disabled_reason = ?, notice_seen_at = NULL"
                        + " WHERE id = ?")
                .params(Timestamp.from(now), reason.length() > 500 ? reason.substring(0, 500) : reason, endpointId)
                .update();
    }

    void enable(long endpointId) {
        jdbc.sql("UPDATE webhook_endpoint SET enabled = TRUE, disabled_at = NULL, disabled_reason = NULL WHERE id = ?")
                .param(endpointId).update();
    }

    void acknowledge(long endpointId, Instant now) {
        jdbc.sql("UPDATE webhook_endpoint SET notice_seen_at = ? WHERE id = ?").params(Timestamp.from(now), endpointId)
                .update();
    }

    /** Adds a delivery; false when this message was already queued for the endpoint (an event delivered twice). */
    boolean insertDelivery(String messageId, long endpointId, String type, String payload, Instant now) {
        try {
            jdbc.sql("INSERT INTO webhook_delivery (message_id, endpoint_id, event_type, payload, state, attempts,"
                            + " next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                    .params(messageId, endpointId, type, payload, Timestamp.from(now), Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }

    /** Pending deliveries whose time has come, to enabled endpoints, oldest first so no message overtakes another. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("SELECT d.id, d.message_id, d.endpoint_id, e.url, e.secret, d.payload, d.attempts"
                        + " FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                        + " WHERE d.state = 'PENDING' AND d.next_attempt_at <= ? AND e.enabled = TRUE"
                        + " ORDER BY d.next_attempt_at, d.id LIMIT ?")
                .params(Timestamp.from(now), limit)
                .query((row, n) -> new Due(row.getLong("id"), row.getString("message_id"), row.getLong("endpoint_id"),
                        row.getString("url"), open(row.getString("secret")), row.getString("payload"),
                        row.getInt("attempts")))
                .list();
    }

    void recordAttempt(long deliveryId, Instant at, Integer status, String error, int durationMs) {
        jdbc.sql("INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(deliveryId, Timestamp.from(at), status,
                        error == null || error.length() <= 500 ? error : error.substring(0, 500), durationMs)
                .update();
    }

    void delivered(long deliveryId, int attempts, Instant at) {
        jdbc.sql("UPDATE webhook_delivery SET state = 'DELIVERED', attempts = ?, delivered_at = ?, next_attempt_at = NULL"
                        + " WHERE id = ?")
                .params(attempts, Timestamp.from(at), deliveryId).update();
    }

    void retryLater(long deliveryId, int attempts, Instant next) {
        jdbc.sql("UPDATE webhook_delivery SET attempts = ?, next_attempt_at = ? WHERE id = ?")
                .params(attempts, Timestamp.from(next), deliveryId).update();
    }

    void failed(long deliveryId, int attempts) {
        jdbc.sql("UPDATE webhook_delivery SET state = 'FAILED', attempts = ?, next_attempt_at = NULL WHERE id = ?")
                .params(attempts, deliveryId).update();
    }

    /** Queues a delivery again from the first attempt; it keeps its message id, so the receiver can deduplicate. */
    int replay(long deliveryId, Instant now) {
        return jdbc.sql("UPDATE webhook_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?,"
                        + " delivered_at = NULL WHERE id = ?")
                .params(Timestamp.from(now), deliveryId).update();
    }

    List<WebhookDeliveryView> recentDeliveries(Long endpointId, int limit) {
        int capped = Math.max(1, Math.min(limit, 500));
        return endpointId == null
                ? jdbc.sql(DELIVERY + " ORDER BY id DESC LIMIT ?").param(capped).query(WebhookStore::delivery).list()
                : jdbc.sql(DELIVERY + " WHERE endpoint_id = ? ORDER BY id DESC LIMIT ?").params(endpointId, capped)
                        .query(WebhookStore::delivery).list();
    }

    Optional<WebhookDeliveryView> delivery(long id) {
        return jdbc.sql(DELIVERY + " WHERE id = ?").param(id).query(WebhookStore::delivery).optional();
    }

    List<WebhookAttemptView> attempts(long deliveryId) {
        return jdbc.sql("SELECT id, delivery_id, attempted_at, status_code, error, duration_ms FROM webhook_attempt"
                        + " WHERE delivery_id = ? ORDER BY id")
                .param(deliveryId)
                .query((row, n) -> new WebhookAttemptView(row.getLong("id"), row.getLong("delivery_id"),
                        row.getTimestamp("attempted_at").toInstant(), (Integer) row.getObject("status_code", Integer.class),
                        row.getString("error"), row.getInt("duration_ms")))
                .list();
    }

    /** The signing secret in clear, for signing; stored sealed with the shop's data key (docs/api.md). */
    private String open(String stored) {
        return stored.startsWith(PLAIN_SECRET_PREFIX) ? stored : cipher.decrypt(stored);
    }

    /** Seals secrets stored in clear by earlier versions; returns how many. */
    int sealPlainSecrets() {
        List<Map<String, Object>> plain = jdbc.sql("SELECT id, secret FROM webhook_endpoint WHERE secret LIKE ?")
                .param(PLAIN_SECRET_PREFIX + "%").query().listOfRows();
        for (Map<String, Object> row : plain) {
            jdbc.sql("UPDATE webhook_endpoint SET secret = ? WHERE id = ? AND secret = ?")
                    .params(cipher.encrypt((String) row.get("secret")), ((Number) row.get("id")).longValue(),
                            row.get("secret"))
                    .update();
        }
        return plain.size();
    }

    private static WebhookEndpointView endpoint(ResultSet row, int n) throws SQLException {
        return new WebhookEndpointView(row.getLong("id"), row.getLong("app_id"), row.getString("app_name"),
                row.getString("url"), types(row.getString("event_types")), row.getBoolean("enabled"),
                instant(row.getTimestamp("disabled_at")), row.getString("disabled_reason"),
                instant(row.getTimestamp("created_at")));
    }

    private static WebhookDeliveryView delivery(ResultSet row, int n) throws SQLException {
        return new WebhookDeliveryView(row.getLong("id"), row.getString("message_id"), row.getLong("endpoint_id"),
                row.getString("event_type"), row.getString("payload"), row.getString("state"), row.getInt("attempts"),
                instant(row.getTimestamp("next_attempt_at")), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("delivered_at")));
    }

    private static Set<String> types(String spaced) {
        return spaced == null || spaced.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(spaced.trim().split("\\s+")));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
